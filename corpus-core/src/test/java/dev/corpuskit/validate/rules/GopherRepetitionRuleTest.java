package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.QualityHarness.padTo;
import static dev.corpuskit.validate.rules.QualityHarness.unique;
import static dev.corpuskit.validate.rules.RuleHarness.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-made documents on both sides of every threshold of the Gopher repetition filter; shares are
 * built to sit exactly on the threshold (which passes) and just above it.
 */
class GopherRepetitionRuleTest {

  static final List<String> ORDER = List.of("dup-para-frac", "dup-para-char-frac", "dup-line-frac",
      "dup-line-char-frac", "top-2-gram", "top-3-gram", "top-4-gram", "duplicated-5-n-grams",
      "duplicated-6-n-grams", "duplicated-7-n-grams", "duplicated-8-n-grams", "duplicated-9-n-grams",
      "duplicated-10-n-grams");

  /** A line of distinct words, about 120 characters. */
  static String longLine(int seed) {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      w.add(unique("w", seed * 100 + i));
    }
    return String.join(" ", w);
  }

  /** {@code unique} long pieces and then {@code repeats} copies of one short piece (repeats - 1 repeated), joined by {@code sep}. */
  static String pieces(int unique, int repeats, String sep) {
    List<String> p = new ArrayList<>();
    for (int i = 0; i < unique; i++) {
      p.add(longLine(i));
    }
    for (int i = 0; i < repeats; i++) {
      p.add("Short one");
    }
    return String.join(sep, p);
  }

  /** A piece of {@code a} letters, then four fillers, then the piece again; {@code length} in all. */
  static String repeatedPiece(int a, String sep, int length) {
    String piece = "b".repeat(a);
    int fill = (length - 2 * a - 5 * sep.length()) / 4;
    List<String> p = new ArrayList<>(List.of(piece));
    StringBuilder used = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      int len = i < 3 ? fill : length - 2 * a - 5 * sep.length() - 3 * fill;
      String f = (unique("f", i) + "y".repeat(len)).substring(0, len);
      p.add(f);
      used.append(f);
    }
    p.add(piece);
    String text = String.join(sep, p);
    assertThat(text).hasSize(length);
    return text;
  }

  /** {@code count} copies of {@code gram}, each followed by a distinct word, padded to {@code length}. */
  static String topGram(String gram, int count, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(gram).append(' ').append(unique("u", i));
    }
    return padTo(text.toString(), length);
  }

  /** n - 1 one-letter tokens and a long one, {@code chars} letters in all, twice, padded to 200. */
  static String dupGram(int n, int chars) {
    List<String> gram = new ArrayList<>();
    for (int i = 0; i < n - 1; i++) {
      gram.add(String.valueOf((char) ('a' + i)));
    }
    gram.add("z".repeat(chars - (n - 1)));
    String g = String.join(" ", gram);
    return padTo(g + " u1 u2 " + g + " u3", 200);
  }

  static Stream<Arguments> table() {
    List<Arguments> rows = new ArrayList<>(List.of(
        Arguments.of("3 of 10 paragraphs repeated", pieces(6, 4, "\n\n"), "dup-para-frac", false),
        Arguments.of("4 of 10 paragraphs repeated", pieces(5, 5, "\n\n"), "dup-para-frac", true),
        Arguments.of("paragraph characters 0.2", repeatedPiece(200, "\n\n", 1000), "dup-para-char-frac", false),
        Arguments.of("paragraph characters 0.201", repeatedPiece(201, "\n\n", 1000), "dup-para-char-frac", true),
        Arguments.of("3 of 10 lines repeated", pieces(6, 4, "\n"), "dup-line-frac", false),
        Arguments.of("4 of 10 lines repeated", pieces(5, 5, "\n"), "dup-line-frac", true),
        Arguments.of("runs of line breaks are one break", pieces(5, 5, "\n\n\n"), "dup-para-frac", true),
        Arguments.of("line characters 0.2", repeatedPiece(200, "\n", 1000), "dup-line-char-frac", false),
        Arguments.of("line characters 0.201", repeatedPiece(201, "\n", 1000), "dup-line-char-frac", true),
        Arguments.of("top 2-gram 0.2", topGram("ab cd", 40, 1000), "top-2-gram", false),
        Arguments.of("top 2-gram 0.205", topGram("ab cd", 41, 1000), "top-2-gram", true),
        Arguments.of("top 3-gram 0.18", topGram("ab cd ef", 9, 400), "top-3-gram", false),
        Arguments.of("top 3-gram 0.2", topGram("ab cd ef", 10, 400), "top-3-gram", true),
        Arguments.of("top 4-gram 0.16", topGram("ab cd ef gh", 4, 275), "top-4-gram", false),
        Arguments.of("top 4-gram 0.2", topGram("ab cd ef gh", 5, 275), "top-4-gram", true)));
    double[] limits = {0.15, 0.14, 0.13, 0.12, 0.11, 0.10};
    for (int n = 5; n <= 10; n++) {
      int chars = (int) Math.round(limits[n - 5] * 200);
      rows.add(Arguments.of("repeated " + n + "-gram " + chars + " of 200", dupGram(n, chars),
          "duplicated-" + n + "-n-grams", false));
      rows.add(Arguments.of("repeated " + n + "-gram " + (chars + 1) + " of 200", dupGram(n, chars + 1),
          "duplicated-" + n + "-n-grams", true));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void eachThresholdFromBothSides(String name, String text, String reason, boolean fails) {
    QualityHarness.Outcome outcome =
        QualityHarness.run(new GopherRepetitionRule(parameters(GopherRepetitionRule.ID)), text);

    assertThat(outcome.measures()).hasSizeLessThanOrEqualTo(1);
    if (fails) {
      assertThat(outcome.reason()).as(outcome.signals().toString()).isEqualTo(reason);
    } else if (outcome.reason() != null) {
      assertThat(ORDER.indexOf(outcome.reason())).as(outcome.reason() + " " + outcome.signals())
          .isGreaterThan(ORDER.indexOf(reason));
    }
  }

  @Test
  void exactShareOnTheThresholdPasses() {
    QualityHarness.Outcome outcome = QualityHarness.run(
        new GopherRepetitionRule(parameters(GopherRepetitionRule.ID)), topGram("ab cd", 40, 1000));

    assertThat(outcome.signals()).containsEntry("top-2-gram", 0.2).containsKeys(ORDER.toArray(String[]::new));
  }

  @Test
  void thresholdsAreParameters() {
    String text = pieces(6, 4, "\n");
    assertThat(QualityHarness.run(new GopherRepetitionRule(
        parameters(GopherRepetitionRule.ID, "dupLineFrac", "0.29")), text).reason()).isEqualTo("dup-line-frac");
  }

  @Test
  void emptyTextHasNoVerdict() {
    assertThat(QualityHarness.run(new GopherRepetitionRule(parameters(GopherRepetitionRule.ID)), "").measures())
        .isEmpty();
  }
}
