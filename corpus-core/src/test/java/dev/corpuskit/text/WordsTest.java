package dev.corpuskit.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
