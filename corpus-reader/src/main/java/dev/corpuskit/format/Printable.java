package dev.corpuskit.format;

import java.util.HexFormat;

/**
 * Text from the input (a file name, a jar entry, a line quoted in a message) made safe for one log
 * line: a line break in a file name would otherwise start a line of its own, so that a file named
 * {@code "x\n[INFO] BUILD SUCCESS"} could forge the build's verdict, and an escape sequence could
 * recolour or erase the terminal. Control characters (C0, DEL, C1), the line and paragraph separators
 * and the bidirectional marks and overrides, which can make a name read backwards, are written as
 * {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}; everything else is kept, including a
 * backslash, so that escaping twice changes nothing (the {@code unsafe-name} rule reports names with
 * a backslash or a control character).
 */
public final class Printable {

  private static final HexFormat HEX = HexFormat.of();

  private Printable() {}

  /** {@code text} with every character a log line must not carry escaped; {@code text} itself when there is none. */
  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    int first = 0;
    while (first < text.length() && !escaped(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!escaped(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append("\\u").append(HEX.toHexDigits(c));
      }
    }
    return out.toString();
  }

  /** Whether {@code c} is escaped: no supplementary character is, so a char test is exact. */
  private static boolean escaped(char c) {
    if (c >= ' ' && c < 0x7f) {
      return false; // the common case: printable ASCII
    }
    return c < ' ' || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e' || c == '\u200f' || c == '\u061c';
  }
}
