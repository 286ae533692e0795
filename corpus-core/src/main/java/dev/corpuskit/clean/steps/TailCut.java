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

  private final List<Line> lines;

  /**
   * {@code after[i]}: prose characters of the lines from {@code i} on; counted at the first marker,
   * since most documents have none.
   */
  private long[] after;

  TailCut(List<Line> lines) {
    this.lines = lines;
  }

  /** Whether a marker at line index {@code i} cuts every line after it. */
  boolean cutsAt(int i) {
    if (after == null) {
      after = new long[lines.size() + 1];
      for (int k = lines.size() - 1; k >= 0; k--) {
        after[k] = after[k + 1] + prose(lines.get(k).text());
      }
    }
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
