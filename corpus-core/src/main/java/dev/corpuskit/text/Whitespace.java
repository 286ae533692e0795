package dev.corpuskit.text;

/**
 * Whitespace collapsing shared by the steps, written as a loop so that a line with nothing to collapse
 * costs one scan and no allocation.
 */
public final class Whitespace {

  private Whitespace() {}

  /**
   * Whether {@code c} is in the regex class {@code [\h\s]}: a horizontal space (tab, space, no-break and
   * other Unicode spaces, U+180E) or one of {@code \n \u000B \f \r}.
   */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < 0x00A0) {
      return false; // the common case: printable ASCII
    }
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x00A0 || c == 0x1680 || c == 0x180E
        || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  /**
   * {@code text} with every run of {@link #isSpace} characters replaced by one space, exactly as
   * replacing the regex {@code [\h\s]+} with a space does; {@code text} itself when nothing changes.
   */
  public static String collapse(String text) {
    int first = firstToCollapse(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    boolean inRun = false;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
        inRun = false;
      } else if (!inRun) {
        out.append(' ');
        inRun = true;
      }
    }
    return out.toString();
  }

  /** The index of the first space character that is not a lone plain space, or -1. */
  private static int firstToCollapse(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
        return i;
      }
    }
    return -1;
  }
}
