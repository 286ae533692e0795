package dev.corpuskit.density;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.lang.Language;
import dev.corpuskit.text.Whitespace;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Paragraph features are read in place; they must be those of the stripped, collapsed text. */
class ParagraphFeaturesTest {

  private static final Language EN = Language.of("en");

  @Test
  void readInPlaceLikeTheCollapsedText() {
    String[] pieces = {"The", "THE", "of", "don’t", "it's", "'tis", "x'", "İ", "Σ", "ΣΟΦΙΑ", "\uD83D\uDE00", "\uD801\uDC00",
        "\u00A0", "\t", "  ", " ", "\u2028", "\u001C", "©", ".", "!”", ")", "’", "said", "12", "٣", "é", "Straße", "\uD800"};
    Random random = new Random(5);
    for (int round = 0; round < 5000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      Paragraph actual = Paragraph.of(text.toString(), 3, false, EN);
      assertThat(actual).as(text.toString()).isEqualTo(reference(text.toString(), 3, EN));
    }
  }

  @Test
  void stopWordsAreFoundInAnyCaseAndWithACurlyApostrophe() {
    Language language = new Language("xx", Set.of("don't", "the", "straße"), java.util.List.of(),
        Character.UnicodeScript.LATIN);

    assertThat(Paragraph.of("Don’t THE Straße road", language).stopWordDensity()).isEqualTo(0.75);
  }

  /** The features computed the straightforward way: strip, collapse, then scan the copy. */
  private static Paragraph reference(String text, int linkChars, Language language) {
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
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != language.script()) {
        foreign++;
      }
      while (i < collapsed.length() && isWordChar(collapsed.codePointAt(i), collapsed, i)) {
        i += Character.charCount(collapsed.codePointAt(i));
      }
      words++;
      if (language.stopWords().contains(collapsed.substring(start, i).replace('\u2019', '\'').toLowerCase(Locale.ROOT))) {
        stop++;
      }
    }
    int chars = collapsed.length();
    int end = chars;
    while (end > 0 && "\"'\u201D\u2019)]*".indexOf(collapsed.charAt(end - 1)) >= 0) {
      end--;
    }
    boolean endsSentence = end > 0 && ".!?\u2026:;".indexOf(collapsed.charAt(end - 1)) >= 0;
    return new Paragraph(chars, words, words == 0 ? 0 : (double) stop / words,
        chars == 0 ? 0 : Math.min(1, (double) linkChars / chars), endsSentence, false,
        collapsed.contains("\u00A9"), foreign * 2 > words);
  }

  private static boolean isWordChar(int c, String text, int at) {
    return Character.isLetterOrDigit(c) || ((c == '\'' || c == '\u2019') && at + 1 < text.length() && at > 0
        && Character.isLetter(text.charAt(at + 1)) && Character.isLetter(text.charAt(at - 1)));
  }
}
