package dev.corpuskit.text;

/**
 * A 1-based line and column in a text. Columns count Unicode code points, so a position matches what
 * an editor shows. {@code \n}, {@code \r\n} and a lone {@code \r} each end a line.
 *
 * @param line 1-based line
 * @param column 1-based column, in code points
 */
public record TextPosition(int line, int column) {

  /** The position of the first line's first character. */
  public static final TextPosition START = new TextPosition(1, 1);

  /** Computes the position of the character at {@code index} in {@code text}. */
  public static TextPosition of(CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = Character.codePointCount(text, lineStart, index) + 1;
    return new TextPosition(line, column);
  }
}
