package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.parameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.validate.InvalidRuleConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Hand-made documents on both sides of every threshold of the Gopher quality filter. */
class GopherQualityRuleTest {

  static final List<String> ORDER = List.of("gopher-short-doc", "gopher-long-doc", "gopher-below-avg-threshold",
      "gopher-above-avg-threshold", "gopher-too-many-hashes", "gopher-too-many-ellipsis",
      "gopher-too-many-bullets", "gopher-too-many-end-ellipsis", "gopher-below-alpha-threshold",
      "gopher-enough-stop-words");

  /** {@code count} words of five and six letters, {@code stops} of them "the", separated by spaces. */
  static String words(int count, int stops) {
    List<String> w = new ArrayList<>();
    String[] fill = {"quiet", "river", "green", "valley", "stone", "house"};
    for (int i = 0; i < count; i++) {
      w.add(i < stops ? "the" : fill[i % fill.length]);
    }
    return String.join(" ", w);
  }

  /** Lines of eight words, {@code marked} of them starting or ending with {@code mark}. */
  static String lines(int count, int marked, String prefix, String suffix) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      boolean m = i < marked;
      text.append(m ? prefix : "").append("the quiet river and the green valley stone")
          .append(m ? suffix : ".").append('\n');
    }
    return text.toString();
  }

  static String symbols(int count, String symbol) {
    return words(50, 2) + (" " + symbol).repeat(count) + " .";
  }

  static String meanTen(boolean over) {
    // 2 x "the" (3) + 46 x 10 letters + 2 x 17 letters = 500 letters in 50 words: a mean of exactly 10.
    List<String> w = new ArrayList<>(List.of("the", "the"));
    for (int i = 0; i < 46; i++) {
      w.add(i == 0 && over ? "carpenterss" : "carpenters");
    }
    w.add("abcdefghijklmnopq");
    w.add("abcdefghijklmnopq");
    return String.join(" ", w);
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("50 words", words(50, 2), "", "gopher-short-doc", false),
        Arguments.of("49 words", words(49, 2), "", "gopher-short-doc", true),
        Arguments.of("punctuation is not a word", words(49, 2) + " . , ; !", "", "gopher-short-doc", true),
        Arguments.of("60 words, max 60", words(60, 2), "maxDocWords=60", "gopher-long-doc", false),
        Arguments.of("61 words, max 60", words(61, 2), "maxDocWords=60", "gopher-long-doc", true),
        Arguments.of("mean length 3", "the ".repeat(50), "", "gopher-below-avg-threshold", false),
        Arguments.of("mean length 2.98", "the ".repeat(49) + "an", "", "gopher-below-avg-threshold", true),
        Arguments.of("mean length 10", meanTen(false), "", "gopher-above-avg-threshold", false),
        Arguments.of("mean length 10.02", meanTen(true), "", "gopher-above-avg-threshold", true),
        Arguments.of("5 hashes in 56 tokens", symbols(5, "#"), "", "gopher-too-many-hashes", false),
        Arguments.of("6 hashes in 57 tokens", symbols(6, "#"), "", "gopher-too-many-hashes", true),
        Arguments.of("5 ellipses in 56 tokens", symbols(5, "..."), "", "gopher-too-many-ellipsis", false),
        Arguments.of("6 ellipses in 57 tokens", symbols(6, "…"), "", "gopher-too-many-ellipsis", true),
        Arguments.of("18 of 20 lines bulleted", lines(20, 18, "- ", "."), "", "gopher-too-many-bullets", false),
        Arguments.of("19 of 20 lines bulleted", lines(20, 19, "  • ", "."), "", "gopher-too-many-bullets", true),
        Arguments.of("3 of 10 lines end in ...", lines(10, 3, "", "..."), "", "gopher-too-many-end-ellipsis",
            false),
        Arguments.of("4 of 10 lines end in …", lines(10, 4, "", " … "), "", "gopher-too-many-end-ellipsis",
            true),
        Arguments.of("50 of 62 words alphabetic", words(50, 2) + " 1234".repeat(12), "",
            "gopher-below-alpha-threshold", false),
        Arguments.of("50 of 63 words alphabetic", words(50, 2) + " 1234".repeat(13), "",
            "gopher-below-alpha-threshold", true),
        Arguments.of("2 stop words", words(50, 2), "", "gopher-enough-stop-words", false),
        Arguments.of("1 stop word", words(50, 1), "", "gopher-enough-stop-words", true),
        Arguments.of("'The' is not 'the'", "The " + words(50, 1), "", "gopher-enough-stop-words", true),
        Arguments.of("own stop words", words(50, 0), "stopWords=quiet,river", "gopher-enough-stop-words", false),
        Arguments.of("a 0 switches a check off", words(10, 2), "minDocWords=0", "gopher-short-doc", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void eachThresholdFromBothSides(String name, String text, String params, String reason, boolean fails) {
    GopherQualityRule rule = new GopherQualityRule(parameters(GopherQualityRule.ID, split(params)));
    QualityHarness.Outcome outcome = QualityHarness.run(rule, text);

    assertThat(outcome.measures()).hasSizeLessThanOrEqualTo(1);
    if (fails) {
      assertThat(outcome.reason()).isEqualTo(reason);
      assertThat(outcome.messages().get(0)).startsWith(reason + ": ").contains("gopher-quality");
    } else if (outcome.reason() != null) {
      assertThat(ORDER.indexOf(outcome.reason())).as(outcome.reason()).isGreaterThan(ORDER.indexOf(reason));
    }
  }

  static String[] split(String params) {
    if (params.isEmpty()) {
      return new String[0];
    }
    return params.replace('=', '\u0000').split("\u0000");
  }

  @Test
  void everyValueIsASignalWhetherOrNotItFails() {
    QualityHarness.Outcome outcome = QualityHarness.run(new GopherQualityRule(parameters(GopherQualityRule.ID)),
        words(50, 2) + " 1234".repeat(13));

    assertThat(outcome.signals()).containsOnlyKeys("gopher-words", "gopher-avg-word-length", "gopher-hash-ratio",
        "gopher-ellipsis-ratio", "gopher-bullet-lines-ratio", "gopher-end-ellipsis-lines-ratio",
        "gopher-alpha-words-ratio", "gopher-stop-words");
    assertThat(outcome.signals().get("gopher-words")).isEqualTo(63.0);
    assertThat(outcome.signals().get("gopher-alpha-words-ratio")).isEqualTo(50.0 / 63);
    assertThat(outcome.measures().get(0).value()).isEqualTo(50.0 / 63);
    assertThat(outcome.measures().get(0).threshold()).isEqualTo(0.8);
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> new GopherQualityRule(parameters(GopherQualityRule.ID, "maxBulletLinesRatio", "2")))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("maxBulletLinesRatio");
    assertThatThrownBy(() -> new GopherQualityRule(parameters(GopherQualityRule.ID, "stopWords", " , ")))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("stopWords");
  }
}
