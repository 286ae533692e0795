package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.lang.Language;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyWordsTest {

  private final PolicyWords words = PolicyWords.of(Language.of(Language.ENGLISH));

  @ParameterizedTest
  @ValueSource(strings = {"we", "We said", "as wE said", "OUR house", "it's ours", "tell us", "(us)",
      "we’re here", "we''", "x'we", "we're", "WE'RE", "1we", "US-based", "US", "ÜS", "hour", "power",
      "jus", "", "weird"})
  void holdsPublisherAnswersAsTheCount(String text) {
    assertThat(words.holdsPublisher(text)).isEqualTo(words.count(text).publisher() > 0);
  }

  @Test
  void holdsPublisherAnswersAsTheCountOnRandomText() {
    String[] pieces = {"we", "We", "WE", "wE", "our", "Our", "OUR", "us", "Us", "US", "'", "’", "re", "ll",
        "s", "x", "é", "İ", "1", " ", " ", "-", ".", "ours", "you"};
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String line = text.toString();
      assertThat(words.holdsPublisher(line)).as(line).isEqualTo(words.count(line).publisher() > 0);
    }
  }

  @Test
  void namesItselfAnswersAsReadingTheWordsOnRandomText() {
    // the spellings that case-blind matching takes for a letter but lower-casing does not (ſ, ı, K as
    // Kelvin sign) or the reverse (İ) must not change the answer of the quick test before the words
    String[] pieces = {"this", "This", "THIS", "thİs", "thıs", "web", "WEB", "site", "Site", "SITE", "ſite",
        "sıte", "websİte", "website", "\u212A", "s", "'", "’", " ", " ", "\u00A0", ".", "-", "x"};
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String line = text.toString();
      List<String> all = PolicyWords.words(line);
      boolean phrase = false;
      for (int i = 0; i + 1 < all.size(); i++) {
        phrase |= all.get(i).equals("this") && (all.get(i + 1).equals("site") || all.get(i + 1).equals("website"));
      }
      assertThat(words.namesItself(line)).as(line).isEqualTo(phrase);
    }
  }
}
