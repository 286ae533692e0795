package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import java.util.ArrayList;
import java.util.List;

/** Ends every line with LF; CRLF and lone CR become LF. The last line keeps having no terminator. */
public final class LineEndingsStep implements CleaningStep {

  public static final String ID = "line-endings";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      if (line.terminator().isEmpty() || line.terminator().equals("\n")) {
        out.add(line);
      } else {
        audit.changed(ID, line, line.text());
        out.add(new Line(line.number(), line.text(), "\n"));
      }
    }
    return out;
  }
}
