package dev.corpuskit.text;

/** Counts words the same way everywhere: in the min-words rule, in manifests and in reports. */
public final class Words {

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
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        if (inToken && tokenHasWordChar) {
          words++;
        }
        inToken = false;
        tokenHasWordChar = false;
      } else {
        inToken = true;
        tokenHasWordChar |= Character.isLetterOrDigit(cp);
      }
    }
    return inToken && tokenHasWordChar ? words + 1 : words;
  }
}
