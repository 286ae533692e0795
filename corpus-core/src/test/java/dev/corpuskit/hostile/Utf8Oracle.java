package dev.corpuskit.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent UTF-8 checker (Unicode Table 3-7, well-formed byte sequences), used as the oracle for
 * the decoder. An ill-formed "maximal subpart" counts as one bad sequence, as the Unicode Standard
 * recommends and as the JDK decoder replaces them, except that the JDK takes an encoded surrogate
 * ({@code ED A0..BF xx}) as one bad sequence.
 */
final class Utf8Oracle {

  /** One bad sequence: byte offset, and the 1-based column in code points within its line. */
  record Bad(int offset, int line, int column) {}

  private Utf8Oracle() {}

  static List<Bad> badSequences(byte[] b) {
    List<Bad> bad = new ArrayList<>();
    int line = 1;
    int column = 1;
    int i = 0;
    while (i < b.length) {
      int length = wellFormedLength(b, i);
      if (length > 0) {
        if (b[i] == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
        i += length;
      } else {
        bad.add(new Bad(i, line, column));
        column++; // the decoder puts one U+FFFD in its place
        i += Math.max(1, -length);
      }
    }
    return bad;
  }

  /** The length of the well-formed sequence at {@code i}; otherwise minus the maximal subpart's length. */
  private static int wellFormedLength(byte[] b, int i) {
    int b0 = b[i] & 0xFF;
    if (b0 < 0x80) {
      return 1;
    }
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      n = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      n = 3;
      lo = b0 == 0xE0 ? 0xA0 : 0x80;
      hi = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      n = 4;
      lo = b0 == 0xF0 ? 0x90 : 0x80;
      hi = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    if (b0 == 0xED && i + 2 < b.length && (b[i + 1] & 0xE0) == 0xA0 && (b[i + 2] & 0xC0) == 0x80) {
      return -3; // an encoded surrogate: the JDK replaces it whole, Unicode suggests three U+FFFD
    }
    for (int k = 1; k < n; k++) {
      if (i + k >= b.length) {
        return -k;
      }
      int c = b[i + k] & 0xFF;
      int min = k == 1 ? lo : 0x80;
      int max = k == 1 ? hi : 0xBF;
      if (c < min || c > max) {
        return -k;
      }
    }
    return n;
  }
}
