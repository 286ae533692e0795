package dev.corpuskit.clean.density;

import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.Whitespace;

/**
 * The features of one paragraph that the density classifier looks at.
 *
 * @param chars length in characters, spaces collapsed
 * @param words number of words (runs of letters or digits)
 * @param stopWordDensity share of the words that are stop words
 * @param linkDensity share of the characters inside links; 0 for plain text
 * @param endsSentence whether the paragraph ends in terminal punctuation (. ! ? … or a closing quote)
 * @param heading whether the markup says it is a heading; false for plain text
 * @param copyright whether it holds a copyright sign
 * @param foreignScript whether most of its words are in another script than the language's, so that
 *     its stop-word density says nothing (a Korean paragraph on an English page)
 */
public record Paragraph(int chars, int words, double stopWordDensity, double linkDensity,
    boolean endsSentence, boolean heading, boolean copyright, boolean foreignScript) {

  /** The features of plain-text {@code text}. */
  public static Paragraph of(String text, Language language) {
    return of(text, 0, false, language);
  }

  /** The features of {@code text} with {@code linkChars} of it inside links. */
  public static Paragraph of(String text, int linkChars, boolean heading, Language language) {
    String collapsed = Whitespace.collapse(text.strip());
    int words = 0;
    int stop = 0;
    int foreign = 0;
    int i = 0;
    while (i < collapsed.length()) {
      int c = collapsed.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      if (Character.isLetter(c) && scriptOf(c) != language.script()) {
        foreign++;
      }
      while (i < collapsed.length() && isWordChar(collapsed.codePointAt(i), collapsed, i)) {
        i += Character.charCount(collapsed.codePointAt(i));
      }
      words++;
      if (language.isStopWord(collapsed.substring(start, i).replace('\u2019', '\''))) {
        stop++;
      }
    }
    int chars = collapsed.length();
    double linkDensity = chars == 0 ? 0 : Math.min(1, (double) linkChars / chars);
    return new Paragraph(chars, words, words == 0 ? 0 : (double) stop / words, linkDensity,
        endsSentence(collapsed), heading, collapsed.contains("\u00A9"), foreign * 2 > words);
  }

  /** The script of letter {@code c}; every ASCII letter is Latin, which spares the table lookup. */
  private static Character.UnicodeScript scriptOf(int c) {
    return c < 0x80 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(c);
  }

  private static boolean isWordChar(int c, String text, int at) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    // An apostrophe inside a word: don't, it's.
    return (c == '\'' || c == '\u2019') && at + 1 < text.length() && at > 0
        && Character.isLetter(text.charAt(at + 1)) && Character.isLetter(text.charAt(at - 1));
  }

  private static boolean endsSentence(String text) {
    int end = text.length();
    while (end > 0 && "\"'\u201D\u2019)]*".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?\u2026:;".indexOf(text.charAt(end - 1)) >= 0;
  }
}
