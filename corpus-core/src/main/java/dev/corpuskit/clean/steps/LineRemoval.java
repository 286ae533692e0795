package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The loop of a step that judges each line alone and removes those it names. */
final class LineRemoval {

  private LineRemoval() {}

  /** The lines whose text {@code remove} does not accept; each removed line is audited as {@code auditId}. */
  static List<Line> removeIf(List<Line> lines, Audit audit, String auditId, Predicate<String> remove) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      if (remove.test(line.text())) {
        audit.removed(auditId, line);
      } else {
        out.add(line);
      }
    }
    return out;
  }
}
