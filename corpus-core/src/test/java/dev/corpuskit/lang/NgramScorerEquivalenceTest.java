package dev.corpuskit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;

/**
 * {@link LanguageIdentifier#identify}'s own scoring of OpenNLP's model gives OpenNLP's probabilities to
 * the last bit, for every language of the model: on hand-made edge cases, random texts, and every text
 * of the shared bench (the full texts of news-extraction and web-extraction, and Lingua's test
 * sentences, alone and as documents) when it exists.
 */
class NgramScorerEquivalenceTest {

  private static final Path BENCH = Path.of("../../shared/bench");

  private static void assertSameAsOpenNlp(String text) {
    Language[] expected = LanguageIdentifier.identifyWithOpenNlp(text, LanguageIdentifier.MAX_CHARS);
    String[] outcomes = Model.outcomes();
    double[] actual = LanguageIdentifier.probabilities(text, LanguageIdentifier.MAX_CHARS);
    assertThat(actual).hasSize(expected.length);
    for (Language language : expected) {
      int index = List.of(outcomes).indexOf(language.getLang());
      assertThat(actual[index]).as("%s of [%.80s]", language.getLang(), text).isEqualTo(language.getConfidence());
    }
    assertThat(LanguageIdentifier.identify(text)).as("[%.80s]", text).isEqualTo(new DetectedLanguage(
        LanguageIdentifier.iso639_1(expected[0].getLang()), Math.min(1, Math.max(0, expected[0].getConfidence()))));
  }

  /** The model's outcomes, as the scorer names them. */
  private static final class Model {
    static String[] outcomes() {
      return LanguageIdentifier.outcomes();
    }
  }

  @Test
  void handMadeTextsAgree() {
    for (String text : List.of("", " ", "a", "ab", "abc", "The council met on Tuesday evening.",
        "İSTANBUL'DA BÜYÜK ŞEHİR", "ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ", "Straße STRASSE ǅemal ǈ", "😀😀 a 😀 b \uD83D",
        "\uDC00 lone low \uD800", "𐐀𐐁𐐂 Deseret 𐐨𐐩", "see https://example.com/a?b=1 and www.test.org now",
        "@user #tag RT hello there", "http:\uDC00//example.com 4\uDE002 mail@\uDFFFexample.org",
        "123 4567 89,00 € 1.000.000", "aaaaaaaaaaaaa!!!!!!!! hmmmmm",
        "中文文本，没有空格。日本語のテキスト。한국어 텍스트", "\u0000\u0001 control \t\n\r chars",
        Texts.ENGLISH, Texts.GERMAN, Texts.FRENCH, Texts.SPANISH, Texts.GERMAN.repeat(40))) {
      assertSameAsOpenNlp(text);
    }
  }

  @Test
  void textsWhoseNgramsCrowdOneHashMapBinAgree() {
    // Nine ideographs 16 apart: their 1-grams share a slot of a 16-slot table, so OpenNLP's HashMap
    // grows early and the order comes from real HashMaps.
    StringBuilder crowded = new StringBuilder();
    for (int k = 0; k < 9; k++) {
      crowded.append((char) (0x4E00 + 16 * k));
    }
    assertThat(LanguageIdentifier.plainOrder(crowded)).isFalse();
    assertSameAsOpenNlp(crowded.toString());
    assertSameAsOpenNlp(crowded + " " + Texts.ENGLISH);
    assertSameAsOpenNlp(Texts.ENGLISH + crowded.reverse());
    assertThat(LanguageIdentifier.plainOrder(Texts.ENGLISH)).isTrue();
  }

  @Test
  void randomTextsAgree() {
    Random random = new Random(21);
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"-()@#/://@@"
        + "äöüßéèêçñ İıŞşĞğΣσςДдЖж中文日本語😀\uD800\uDC00\n\t";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(1 + (i % 50) * 60);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSameAsOpenNlp(text.toString());
      assertThat(NgramScorer.normalize(text).toString()).isEqualTo(OPENNLP_NORMALIZER.normalize(text).toString());
    }
  }

  /** The normalisers of OpenNLP's {@code LanguageDetectorFactory}, in its order. */
  private static final CharSequenceNormalizer OPENNLP_NORMALIZER = new AggregateCharSequenceNormalizer(
      EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
      TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
      ShrinkCharSequenceNormalizer.getInstance());

  @Test
  void benchTextsAgree() throws IOException {
    assumeTrue(Files.isDirectory(BENCH.resolve("language-id")),
        () -> "Skipped: no bench data at " + BENCH.toAbsolutePath().normalize());
    List<String> texts = new ArrayList<>();
    for (String set : List.of("news-extraction", "web-extraction")) {
      try (Stream<Path> files = Files.list(BENCH.resolve(set).resolve("text"))) {
        for (Path file : files.sorted().toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    try (Stream<Path> files = Files.list(BENCH.resolve("language-id").resolve("sentences"))) {
      for (Path file : files.sorted().toList()) {
        List<String> sentences = Files.readAllLines(file, StandardCharsets.UTF_8);
        texts.addAll(sentences.subList(0, Math.min(100, sentences.size())));
        for (int from = 0; from + 50 <= sentences.size(); from += 250) {
          texts.add(String.join(" ", sentences.subList(from, from + 50)));
        }
      }
    }
    for (String text : texts) {
      assertSameAsOpenNlp(text);
    }
    assertThat(texts).hasSizeGreaterThan(8_000);
  }
}
