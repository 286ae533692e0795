package dev.corpuskit.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * The few Python {@code str} operations the reference filters are written with, with Python's meaning:
 * lengths in code points (Python's {@code len}, not UTF-16 units), whitespace as {@code str.isspace}
 * (which, unlike Java's {@code trim()} or {@code \s}, includes U+00A0 and U+001C to U+001F), line
 * boundaries as {@code str.splitlines}.
 */
public final class PyText {

  private PyText() {}

  /** Python's {@code str.isspace} for one code point. */
  public static boolean isSpace(int c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || Character.isSpaceChar(c);
  }

  /** Python's {@code len(s)}: the number of code points. */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Python's {@code s.strip()}. */
  public static String strip(String s) {
    int start = leadingSpace(s);
    return start == s.length() ? "" : s.substring(start, trailingEnd(s));
  }

  /** Python's {@code s.lstrip()}. */
  public static String lstrip(String s) {
    return s.substring(leadingSpace(s));
  }

  /** Python's {@code s.rstrip()}. */
  public static String rstrip(String s) {
    return s.substring(0, trailingEnd(s));
  }

  /** Whether {@code s} holds only whitespace (Python's {@code s.strip() == ""}). */
  public static boolean isBlank(String s) {
    return leadingSpace(s) == s.length();
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (!isSpace(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  private static int trailingEnd(String s) {
    int end = s.length();
    while (end > 0) {
      int c = s.codePointBefore(end);
      if (!isSpace(c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return end;
  }

  /** Python's {@code s.count(sub)}: non-overlapping occurrences, from the left. */
  public static int count(String s, String sub) {
    int n = 0;
    int from = 0;
    while (true) {
      int at = s.indexOf(sub, from);
      if (at < 0) {
        return n;
      }
      n++;
      from = at + sub.length();
    }
  }

  /** Python's {@code s.count(c)} for one BMP character. */
  public static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * Python's {@code s.splitlines()}: breaks at LF, CR, CR LF, VT, FF, U+001C to U+001E, U+0085,
   * U+2028 and U+2029; no empty line after a final break; no line at all for an empty string.
   */
  public static List<String> splitLines(String s) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isLineBoundary(c)) {
        lines.add(s.substring(start, i));
        i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < n) {
      lines.add(s.substring(start));
    }
    return lines;
  }

  private static boolean isLineBoundary(char c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85
        || c == 0x2028 || c == 0x2029;
  }

  /** Python's {@code s.split(sep)} for one character: every piece, empty ones included. */
  public static List<String> split(String s, char sep) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == sep) {
        pieces.add(s.substring(start, i));
        start = i + 1;
      }
    }
    pieces.add(s.substring(start));
    return pieces;
  }

  /**
   * Python's {@code re.split(sep + "{" + min + ",}", s)}: splits at every run of at least {@code min}
   * {@code sep} characters, keeping empty pieces at the ends.
   */
  public static List<String> splitRuns(String s, char sep, int min) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) != sep) {
        i++;
        continue;
      }
      int run = i;
      while (i < s.length() && s.charAt(i) == sep) {
        i++;
      }
      if (i - run >= min) {
        pieces.add(s.substring(start, run));
        start = i;
      }
    }
    pieces.add(s.substring(start));
    return pieces;
  }

  /** Whether any code point of {@code s} is a letter (Python's {@code any(c.isalpha() for c in s)}). */
  public static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isLetter(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }
}
