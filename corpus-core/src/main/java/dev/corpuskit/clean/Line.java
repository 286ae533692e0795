package dev.corpuskit.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a document being cleaned, with the number it had in the source so that every change
 * in the audit points at the source.
 *
 * @param number 1-based line number in the source text
 * @param text the line's text, without its terminator
 * @param terminator {@code \n}, {@code \r\n}, {@code \r}, or empty for a last line without one
 */
public record Line(int number, String text, String terminator) {

  public Line {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(terminator, "terminator");
  }

  /** This line with other text. */
  public Line withText(String newText) {
    return new Line(number, newText, terminator);
  }

  /** Whether the line holds only horizontal whitespace. */
  public boolean isBlank() {
    return isBlank(text);
  }

  /** Whether {@code text} holds only horizontal whitespace, as a {@link #isBlank blank} line does. */
  public static boolean isBlank(String text) {
    // Char by char: no supplementary code point and no surrogate is whitespace or a space character.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** Splits {@code text} into lines at {@code \n}, {@code \r\n} and lone {@code \r}. */
  public static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int length = text.length();
    int start = 0;
    int number = 1;
    // The next terminators are found with indexOf, which scans far faster than a charAt loop; each
    // is searched again only once passed, so a text of lone \r or of \n alone is scanned once.
    int newline = text.indexOf('\n');
    int nextReturn = text.indexOf('\r');
    while (start < length) {
      if (newline >= 0 && newline < start) {
        newline = text.indexOf('\n', start);
      }
      if (nextReturn >= 0 && nextReturn < start) {
        nextReturn = text.indexOf('\r', start);
      }
      int end = nextReturn >= 0 && (newline < 0 || nextReturn < newline) ? nextReturn : newline;
      if (end < 0) {
        break;
      }
      int after = end + 1;
      if (text.charAt(end) == '\r' && after < length && text.charAt(after) == '\n') {
        after++;
      }
      lines.add(new Line(number++, text.substring(start, end), terminator(text, end, after)));
      start = after;
    }
    if (start < length) {
      lines.add(new Line(number, text.substring(start), ""));
    }
    return lines;
  }

  /** The terminator at {@code text[start, end)}, shared rather than copied for the common ones. */
  private static String terminator(String text, int start, int end) {
    if (end - start == 2) {
      return "\r\n";
    }
    return text.charAt(start) == '\n' ? "\n" : "\r";
  }

  /** Joins lines back into text, each with its terminator. */
  public static String join(List<Line> lines) {
    int length = 0;
    for (Line line : lines) {
      length += line.text.length() + line.terminator.length();
    }
    StringBuilder text = new StringBuilder(length);
    for (Line line : lines) {
      text.append(line.text).append(line.terminator);
    }
    return text.toString();
  }
}
