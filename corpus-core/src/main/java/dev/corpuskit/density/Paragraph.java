package dev.corpuskit.density;

import dev.corpuskit.lang.Language;
import dev.corpuskit.text.Whitespace;

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

  /** The features of {@code source} with {@code linkChars} of it inside links. */
  public static Paragraph of(String source, int linkChars, boolean heading, Language language) {
    // The features are those of the text stripped and with whitespace collapsed, read in place: a run
    // of Whitespace.isSpace characters counts as one space, and no word holds a space.
    char[] text = source.toCharArray();
    int from = 0;
    int to = text.length;
    while (from < to && Character.isWhitespace(text[from])) {
      from++; // no supplementary code point is whitespace, so strip() goes char by char
    }
    while (to > from && Character.isWhitespace(text[to - 1])) {
      to--;
    }
    StopWordTable stopWords = StopWordTable.of(language);
    char[] buffer = new char[stopWords.maxLength()];
    boolean latin = language.script() == Character.UnicodeScript.LATIN;
    int chars = 0;
    int words = 0;
    int stop = 0;
    int foreign = 0;
    int i = from;
    while (i < to) {
      char first = text[i];
      if (Whitespace.isSpace(first)) {
        chars++;
        do {
          i++;
        } while (i < to && Whitespace.isSpace(text[i]));
        continue;
      }
      // Only a high surrogate starts a code point of two chars.
      int c = Character.isHighSurrogate(first) ? Character.codePointAt(text, i, to) : first;
      if (!isLetterOrDigit(c)) {
        int n = Character.charCount(c);
        i += n;
        chars += n;
        continue;
      }
      int start = i;
      if (c < 0x80 ? !latin && isAsciiLetter(c) // every ASCII letter is Latin
          : Character.isLetter(c) && Character.UnicodeScript.of(c) != language.script()) {
        foreign++;
      }
      // The common word, ASCII letters and digits, is lower-cased and summed for the stop-word table
      // as it is read; a word that goes on past them is looked up the exact way.
      int sum = 0;
      while (i < to && text[i] < 0x80 && isAsciiLetterOrDigit(text[i])) {
        char lower = text[i] >= 'A' && text[i] <= 'Z' ? (char) (text[i] + ('a' - 'A')) : text[i];
        if (i - start < buffer.length) {
          buffer[i - start] = lower;
        }
        sum = 31 * sum + lower;
        i++;
      }
      int end = wordEnd(text, i, from, to);
      boolean isStop = end == i
          ? stopWords.containsLowerCased(buffer, end - start, sum)
          : stopWords.contains(text, start, end, buffer);
      i = end;
      chars += i - start;
      words++;
      if (isStop) {
        stop++;
      }
    }
    double linkDensity = chars == 0 ? 0 : Math.min(1, (double) linkChars / chars);
    return new Paragraph(chars, words, words == 0 ? 0 : (double) stop / words, linkDensity,
        endsSentence(text, from, to), heading, source.indexOf('\u00A9') >= 0, foreign * 2 > words);
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isLetterOrDigit(int c) {
    if (c < 0x80) {
      return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
    if (c >= 0x2000 && c <= 0x206F) {
      return false; // General Punctuation (curly quotes, dashes): no letters or digits, no table look-up
    }
    return Character.isLetterOrDigit(c);
  }

  /** The end of the word starting at {@code at}: letters and digits, and apostrophes between letters. */
  private static int wordEnd(char[] text, int at, int from, int to) {
    while (at < to) {
      char c = text[at];
      if (c < 0x80 ? isAsciiLetter(c) || (c >= '0' && c <= '9')
          : isLetterOrDigit(Character.isHighSurrogate(c) ? Character.codePointAt(text, at, to) : c)) {
        at += Character.isHighSurrogate(c) && at + 1 < to && Character.isLowSurrogate(text[at + 1]) ? 2 : 1;
      } else if ((c == '\'' || c == '\u2019') && at + 1 < to && at > from
          && Character.isLetter(text[at + 1]) && Character.isLetter(text[at - 1])) {
        at++; // an apostrophe inside a word: don't, it's
      } else {
        return at;
      }
    }
    return at;
  }

  /** Whether {@code text[from, to)} ends a sentence; a whitespace character reads as a space. */
  private static boolean endsSentence(char[] text, int from, int to) {
    int end = to;
    while (end > from && "\"'\u201D\u2019)]*".indexOf(text[end - 1]) >= 0) {
      end--;
    }
    // A space (or whitespace collapsing to one) is in neither set, so it needs no mapping.
    return end > from && ".!?\u2026:;".indexOf(text[end - 1]) >= 0;
  }
}
