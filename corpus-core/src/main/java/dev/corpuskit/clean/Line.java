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
    int start = 0;
    int number = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int end = i;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        lines.add(new Line(number++, text.substring(start, end), terminator(text, end, i + 1)));
        start = i + 1;
      }
    }
    if (start < text.length()) {
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
    StringBuilder text = new StringBuilder();
    for (Line line : lines) {
      text.append(line.text).append(line.terminator);
    }
    return text.toString();
  }
}
