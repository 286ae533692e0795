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
    long hash = 0xcbf29ce484222325L;
    boolean pendingSpace = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = any;
        continue;
      }
      if (pendingSpace) {
        hash = mix(hash, ' ');
        pendingSpace = false;
      }
      boolean digit = Character.isDigit(c);
      if (!(digit && i > 0 && Character.isDigit(line.charAt(i - 1)))) {
        hash = mix(hash, digit ? '0' : Character.toLowerCase(c));
      }
      any = true;
    }
    return any ? finish(hash) : 0;
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
