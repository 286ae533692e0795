package dev.corpuskit.clean;

/**
 * A 64-bit key of a line for corpus-level counting: whitespace collapsed, ends trimmed, letters
 * lower-cased and every run of digits read as one 0, so that "12 Comments" and "3 comments" count as
 * one line.
 */
final class LineKey {

  private LineKey() {}

  /** The key of {@code line}, or 0 when the line is blank. */
  static long of(String line) {
    return of(line, 0, line.length());
  }

  /** The key of {@code text[from, to)}, as {@link #of(String)} of that substring. */
  static long of(String text, int from, int to) {
    long hash = 0xcbf29ce484222325L;
    boolean pendingSpace = false;
    boolean any = false;
    boolean previousDigit = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int kind = c < 0x80 ? ASCII[c] : kindOf(c);
      if ((kind & SPACE) != 0) {
        pendingSpace = any;
        previousDigit = false;
        continue;
      }
      if (pendingSpace) {
        hash = mix(hash, ' ');
        pendingSpace = false;
      }
      boolean digit = (kind & DIGIT) != 0;
      if (!(digit && previousDigit)) {
        hash = mix(hash, (char) kind);
      }
      previousDigit = digit;
      any = true;
    }
    return any ? finish(hash) : 0;
  }

  /** A char's kind: {@link #SPACE}, or the char it hashes as ('0' for any digit), with {@link #DIGIT}. */
  private static final int SPACE = 1 << 16;
  private static final int DIGIT = 1 << 17;

  /** {@link #kindOf} of each ASCII char, without the Character tables: same answers. */
  private static final int[] ASCII = new int[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      boolean space = c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
      boolean digit = c >= '0' && c <= '9';
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      ASCII[c] = space ? SPACE : digit ? DIGIT | '0' : lower;
    }
  }

  private static int kindOf(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return SPACE;
    }
    return Character.isDigit(c) ? DIGIT | '0' : Character.toLowerCase(c);
  }

  private static long mix(long hash, char c) {
    return (hash ^ c) * 0x100000001b3L;
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
