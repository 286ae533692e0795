package dev.corpuskit.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** OpenNLP's detector, its codes mapped to ISO 639-1, read once and used from any thread. */
class LanguageIdentifierTest {

  @Test
  void identifiesParagraphsInSeveralLanguages() {
    assertThat(LanguageIdentifier.identify(Texts.ENGLISH).code()).isEqualTo("en");
    assertThat(LanguageIdentifier.identify(Texts.GERMAN).code()).isEqualTo("de");
    assertThat(LanguageIdentifier.identify(Texts.FRENCH).code()).isEqualTo("fr");
    assertThat(LanguageIdentifier.identify(Texts.SPANISH).code()).isEqualTo("es");
    assertThat(LanguageIdentifier.identify(Texts.ENGLISH).score()).isGreaterThan(0.9);
  }

  @Test
  void aShortTextScoresLowerThanAParagraph() {
    DetectedLanguage sentence = LanguageIdentifier.identify("The council met on Tuesday evening.");
    assertThat(sentence.score()).isLessThan(0.65).isLessThan(LanguageIdentifier.identify(Texts.ENGLISH).score());
  }

  @Test
  void mapsTheModelsCodesToIso639One() {
    assertThat(LanguageIdentifier.iso639_1("deu")).isEqualTo("de");
    assertThat(LanguageIdentifier.iso639_1("cmn")).isEqualTo("zh");
    assertThat(LanguageIdentifier.iso639_1("pes")).isEqualTo("fa");
    assertThat(LanguageIdentifier.iso639_1("nob")).isEqualTo("nb");
    assertThat(LanguageIdentifier.iso639_1("ceb")).isEqualTo("ceb");
    assertThat(LanguageIdentifier.supported()).contains("en", "de", "zh", "nb", "nn", "ceb").doesNotContain("deu");
    assertThat(LanguageIdentifier.isSupported("xx")).isFalse();
  }

  @Test
  void groupsTheModelsLanguagesByIsoMacrolanguage() {
    assertThat(LanguageIdentifier.macrolanguage("bs")).isEqualTo("hbs");
    assertThat(LanguageIdentifier.macrolanguage("hr")).isEqualTo("hbs");
    assertThat(LanguageIdentifier.macrolanguage("sr")).isEqualTo("hbs");
    assertThat(LanguageIdentifier.macrolanguage("id")).isEqualTo("ms");
    assertThat(LanguageIdentifier.macrolanguage("min")).isEqualTo("ms");
    assertThat(LanguageIdentifier.macrolanguage("nb")).isEqualTo("no");
    assertThat(LanguageIdentifier.macrolanguage("nan")).isEqualTo("zh");
    assertThat(LanguageIdentifier.macrolanguage("su")).isEqualTo("su");
    assertThat(LanguageIdentifier.macrolanguage("sl")).isEqualTo("sl");
    assertThat(LanguageIdentifier.sameMacrolanguage("hr", "bs")).isTrue();
    assertThat(LanguageIdentifier.sameMacrolanguage("ms", "su")).isFalse();
    assertThat(LanguageIdentifier.sameMacrolanguage("en", "en")).isTrue();
    // every member is a language the model knows
    assertThat(LanguageIdentifier.supported()).contains("bs", "hr", "sr", "ms", "id", "min", "nb", "nn", "zh", "nan");
  }

  @Test
  void readsOnlyTheFirstCharactersAndNeverSplitsAPair() {
    String text = "a".repeat(LanguageIdentifier.MAX_CHARS - 1) + "😀" + "b".repeat(50);
    CharSequence capped = LanguageIdentifier.capped(text);
    assertThat(capped).hasSize(LanguageIdentifier.MAX_CHARS - 1);
    assertThat(LanguageIdentifier.capped("short")).isEqualTo("short");
    // What lies beyond the cap does not change the answer.
    String long1 = Texts.GERMAN.repeat(60);
    assertThat(LanguageIdentifier.identify(long1 + Texts.ENGLISH.repeat(200)))
        .isEqualTo(LanguageIdentifier.identify(long1));
  }

  @Test
  void givesTheSameAnswerOnEveryThread() throws Exception {
    List<String> texts = List.of(Texts.ENGLISH, Texts.GERMAN, Texts.FRENCH, Texts.SPANISH);
    List<DetectedLanguage> alone = texts.stream().map(LanguageIdentifier::identify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 20; round++) {
        List<Future<DetectedLanguage>> answers =
            texts.stream().map(t -> pool.submit(() -> LanguageIdentifier.identify(t))).toList();
        for (int i = 0; i < texts.size(); i++) {
          assertThat(answers.get(i).get()).isEqualTo(alone.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
