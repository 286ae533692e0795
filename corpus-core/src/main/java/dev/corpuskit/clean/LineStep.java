package dev.corpuskit.clean;

import java.util.ArrayList;
import java.util.List;

/** A step that rewrites each line on its own. Subclasses only say how one line's text changes. */
public abstract class LineStep implements CleaningStep {

  /** The new text of a line; return {@code text} itself when nothing changes. */
  protected abstract String clean(String text);

  /**
   * Whether the step leaves every line of printable ASCII ({@code U+0020}–{@code U+007E}) as it is, so
   * that such lines can skip it. False unless a subclass says so.
   */
  protected boolean keepsPrintableAscii() {
    return false;
  }

  @Override
  public final List<Line> apply(List<Line> lines, Audit audit) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      String cleaned = clean(line.text());
      if (cleaned.equals(line.text())) {
        out.add(line);
      } else {
        audit.changed(id(), line, cleaned);
        out.add(line.withText(cleaned));
      }
    }
    return out;
  }
}
