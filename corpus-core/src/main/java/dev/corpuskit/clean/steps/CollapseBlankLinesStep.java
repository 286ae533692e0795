package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps at most one blank line between paragraphs and none before the first or after the last.
 * Blank means only whitespace; a kept blank line is emptied.
 */
public final class CollapseBlankLinesStep implements CleaningStep {

  public static final String ID = "collapse-blank-lines";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    int last = lines.size() - 1;
    while (last >= 0 && lines.get(last).isBlank()) {
      last--;
    }
    List<Line> out = new ArrayList<>(lines.size());
    boolean previousBlank = true; // no blank line at the start
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean blank = line.isBlank();
      if (blank && (previousBlank || i > last)) {
        audit.removed(ID, line);
        continue;
      }
      if (blank && !line.text().isEmpty()) {
        audit.changed(ID, line, "");
        line = line.withText("");
      }
      out.add(line);
      previousBlank = blank;
    }
    return out;
  }
}
