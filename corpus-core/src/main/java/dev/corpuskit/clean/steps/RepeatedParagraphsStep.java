package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.text.Whitespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops a line that repeats an earlier line of the same document, such as a photo caption printed
 * twice; in these plain-text documents a paragraph is a line. Lines are compared after whitespace is
 * collapsed, with case and punctuation kept. Lines shorter than {@value #MIN_LENGTH} characters (a
 * dash, a short heading) are kept, since short lines repeat legitimately.
 */
public final class RepeatedParagraphsStep implements CleaningStep {

  public static final String ID = "repeated-paragraphs";

  static final int MIN_LENGTH = 20;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    Set<String> seen = new HashSet<>();
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      if (line.text().length() < MIN_LENGTH) {
        out.add(line); // collapsing and stripping never lengthen a line
        continue;
      }
      String key = Whitespace.collapse(line.text()).strip();
      if (key.length() >= MIN_LENGTH && !seen.add(key)) {
        audit.removed(ID, line);
      } else {
        out.add(line);
      }
    }
    return out;
  }
}
