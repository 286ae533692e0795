package dev.corpuskit.density;

import java.util.List;

/**
 * Whether a page is written in the cleaner's language at all. Sentences of the language hold about a
 * third of stop words or more; a page whose sentences hold almost none (a Spanish article cleaned with
 * the English stop words) would lose its article to the stop-word test. On such a page stop words say
 * nothing, as for a paragraph in another script, and paragraphs are judged by their length alone.
 */
final class PageLanguage {

  /** Below this share of stop words in the page's sentences, the page is in another language. */
  static final double MIN_STOP_WORDS = 0.15;

  /** The page's sentences must hold at least this many words for a verdict. */
  static final int MIN_WORDS = 50;

  private PageLanguage() {}

  /**
   * Whether the sentences of {@code paragraphs} (at least {@code minChars} characters, ending a
   * sentence, in the language's script) hold too few stop words to be in the language.
   */
  static boolean isOther(List<Paragraph> paragraphs, int minChars) {
    long words = 0;
    double stopWords = 0;
    for (Paragraph paragraph : paragraphs) {
      if (paragraph.chars() >= minChars && paragraph.endsSentence() && !paragraph.foreignScript()) {
        words += paragraph.words();
        stopWords += paragraph.stopWordDensity() * paragraph.words();
      }
    }
    return words >= MIN_WORDS && stopWords < MIN_STOP_WORDS * words;
  }

  /** {@code paragraph} with its stop-word density marked meaningless, as for another script. */
  static Paragraph withoutStopWords(Paragraph paragraph) {
    return new Paragraph(paragraph.chars(), paragraph.words(), paragraph.stopWordDensity(),
        paragraph.linkDensity(), paragraph.endsSentence(), paragraph.heading(), paragraph.copyright(),
        true);
  }
}
