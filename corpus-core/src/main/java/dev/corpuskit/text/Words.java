package dev.corpuskit.text;

/** Counts words the same way everywhere: in the min-words rule, in manifests and in reports. */
public final class Words {

  /** For each Latin-1 character: 1 when it separates words, 2 when it is a letter or digit, else 0. */
  private static final byte[] LATIN1 = new byte[256];

  static {
    for (int c = 0; c < LATIN1.length; c++) {
      LATIN1[c] = (byte) (isSeparator(c) ? 1 : Character.isLetterOrDigit(c) ? 2 : 0);
    }
  }

  private Words() {}

  /**
   * Counts the whitespace-separated tokens of {@code text} that hold at least one letter or digit.
   * Punctuation alone (a dash, a bullet) is not a word. Any Unicode space separates words.
   */
  public static int count(CharSequence text) {
    int words = 0;
    boolean inToken = false;
    boolean tokenHasWordChar = false;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int kind;
      if (c < LATIN1.length) { // most text: a table instead of three Unicode property look-ups
        kind = LATIN1[c];
        i++;
      } else {
        int cp = Character.codePointAt(text, i);
        i += Character.charCount(cp);
        kind = isSeparator(cp) ? 1 : Character.isLetterOrDigit(cp) ? 2 : 0;
      }
      if (kind == 1) {
        if (inToken && tokenHasWordChar) {
          words++;
        }
        inToken = false;
        tokenHasWordChar = false;
      } else {
        inToken = true;
        tokenHasWordChar |= kind == 2;
      }
    }
    return inToken && tokenHasWordChar ? words + 1 : words;
  }

  private static boolean isSeparator(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }
}
