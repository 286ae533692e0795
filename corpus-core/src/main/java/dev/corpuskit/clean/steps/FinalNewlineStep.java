package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends a non-empty text with exactly one newline: trailing blank lines go and the last line gets an LF.
 * An empty text stays empty.
 */
public final class FinalNewlineStep implements CleaningStep {

  public static final String ID = "final-newline";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    List<Line> out = new ArrayList<>(lines);
    while (!out.isEmpty() && out.get(out.size() - 1).text().isEmpty()) {
      audit.removed(ID, out.remove(out.size() - 1));
    }
    if (!out.isEmpty()) {
      Line last = out.get(out.size() - 1);
      if (!last.terminator().equals("\n")) {
        audit.changed(ID, last, last.text());
        out.set(out.size() - 1, new Line(last.number(), last.text(), "\n"));
      }
    }
    return out;
  }
}
