package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Line;
import java.util.List;

/**
 * Where a marker of trailing boilerplate ("Related stories", "Leave a comment") may cut the rest of
 * a page: only where more prose stands before it than after it. Such a marker also appears in a menu
 * above the article and as the title of a related-stories box inside it; the article's prose then
 * still follows. Prose is counted in the characters of long lines that end a sentence.
 */
final class TailCut {

  /** A line of at least this many characters that ends a sentence is prose. */
  static final int PROSE_CHARS = 60;

  /** {@code after[i]}: prose characters of the lines from {@code i} on. */
  private final long[] after;

  TailCut(List<Line> lines) {
    after = new long[lines.size() + 1];
    for (int i = lines.size() - 1; i >= 0; i--) {
      after[i] = after[i + 1] + prose(lines.get(i).text());
    }
  }

  /** Whether a marker at line index {@code i} cuts every line after it. */
  boolean cutsAt(int i) {
    long before = after[0] - after[i];
    return before > 0 && before >= after[i + 1];
  }

  /** The prose characters of one line: its length if it is a long line ending a sentence, else 0. */
  static int prose(String text) {
    String stripped = text.strip();
    return stripped.length() >= PROSE_CHARS && endsSentence(stripped) ? stripped.length() : 0;
  }

  private static boolean endsSentence(String text) {
    int end = text.length();
    while (end > 0 && "\"'\u201D\u2019)]*".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?\u2026".indexOf(text.charAt(end - 1)) >= 0;
  }
}
