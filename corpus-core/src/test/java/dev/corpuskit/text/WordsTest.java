package dev.corpuskit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "''|0",
    "'   '|0",
    "one|1",
    "'  one   two  '|2",
    "'don''t stop-motion 2019'|3",
    "'a – b • c … d'|4",
    "'— • …'|0",
    "'tab\tline\nbreak\r\nend'|4",
    "'no\u00A0break\u2009thin\u3000ideographic'|4",
    "'Ελληνικά 日本語 😀 x'|3"
  })
  void countsTokensWithALetterOrDigit(String text, int expected) {
    assertThat(Words.count(text)).isEqualTo(expected);
  }

  /** The Latin-1 table gives the counts of the plain definition, for every Latin-1 character and beyond. */
  @Test
  void theFastPathCountsAsTheDefinition() {
    Random random = new Random(6);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        int cp = switch (random.nextInt(4)) {
          case 0 -> random.nextInt(256);
          case 1 -> " \t\n\u00A0".charAt(random.nextInt(4));
          case 2 -> 'a' + random.nextInt(26);
          default -> random.nextInt(0x30000);
        };
        if (!Character.isSurrogate((char) cp) || cp > 0xFFFF) {
          text.appendCodePoint(cp);
        }
      }
      assertThat(Words.count(text)).as(text.toString()).isEqualTo(definition(text));
    }
  }

  private static int definition(CharSequence text) {
    int words = 0;
    boolean inToken = false;
    boolean hasWordChar = false;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        words += inToken && hasWordChar ? 1 : 0;
        inToken = false;
        hasWordChar = false;
      } else {
        inToken = true;
        hasWordChar |= Character.isLetterOrDigit(cp);
      }
    }
    return inToken && hasWordChar ? words + 1 : words;
  }
}
