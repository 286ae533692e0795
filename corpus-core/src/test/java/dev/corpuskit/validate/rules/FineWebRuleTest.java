package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.QualityHarness.unique;
import static dev.corpuskit.validate.rules.RuleHarness.parameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.validate.InvalidRuleConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-made documents on both sides of every threshold of the FineWeb quality filter. */
class FineWebRuleTest {

  static final List<String> ORDER = List.of("line-punct-ratio", "short-line-ratio", "char-dup-ratio",
      "list-ratio");

  /** {@code count} distinct lines of six words, {@code punct} of them ending with a period. */
  static String punctLines(int count, int punct) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add("the quiet " + unique("r", i) + " and the green " + unique("v", i) + (i < punct ? "." : ""));
    }
    return String.join("\n", lines);
  }

  /** 100 distinct lines ending with a period, {@code shortCount} of them at most 30 characters. */
  static String shortLines(int shortCount) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String words = "one " + unique("a", i) + " two " + unique("b", i);
      lines.add(i < shortCount ? words + "." : words + " and the quiet green valley.");
    }
    return String.join("\n", lines);
  }

  /** Long distinct lines and one line of {@code dup} characters twice; 1000 characters less breaks. */
  static String dupChars(int dup) {
    String repeated = "x".repeat(dup - 1) + ".";
    List<String> lines = new ArrayList<>(List.of(repeated, repeated));
    int remaining = 1000 - 2 * dup;
    int i = 0;
    while (remaining > 0) {
      String line = ("the quiet " + unique("r", i++) + " and the green valley stone house river.");
      if (remaining - line.length() < 40 && remaining != line.length()) {
        line = (line + "y".repeat(Math.max(0, remaining - line.length()))).substring(0, remaining - 1) + ".";
      }
      lines.add(line);
      remaining -= line.length();
    }
    String text = String.join("\n", lines);
    assertThat(text.replace("\n", "")).hasSize(1000);
    return text;
  }

  /** 10 lines of two words and a period (3 tokens each), the last {@code withoutPeriod} without one. */
  static String listLines(int withoutPeriod) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      lines.add("Remarkable " + unique("extraordinarydocumentation", i) + (i >= 10 - withoutPeriod ? "" : "."));
    }
    return String.join("\n", lines);
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("13 of 100 lines end in punctuation", punctLines(100, 13), "", "line-punct-ratio", false),
        Arguments.of("12 of 100 lines end in punctuation", punctLines(100, 12), "", "line-punct-ratio", true),
        Arguments.of("no line ends in punctuation", punctLines(100, 0), "", "line-punct-ratio", true),
        Arguments.of("zero excluded", punctLines(100, 0), "linePunctExcludeZero=true", "line-punct-ratio", false),
        Arguments.of("66 of 100 lines short", shortLines(66), "", "short-line-ratio", false),
        Arguments.of("67 of 100 lines short", shortLines(67), "", "short-line-ratio", true),
        Arguments.of("9 of 1000 characters repeated", dupChars(9), "", "char-dup-ratio", false),
        Arguments.of("10 of 1000 characters repeated", dupChars(10), "", "char-dup-ratio", true),
        Arguments.of("9 breaks for 30 words", listLines(0), "", "list-ratio", false),
        Arguments.of("9 breaks for 29 words", listLines(1), "", "list-ratio", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void eachThresholdFromBothSides(String name, String text, String params, String reason, boolean fails) {
    FineWebRule rule = new FineWebRule(parameters(FineWebRule.ID, GopherQualityRuleTest.split(params)));
    QualityHarness.Outcome outcome = QualityHarness.run(rule, text);

    assertThat(outcome.measures()).hasSizeLessThanOrEqualTo(1);
    if (fails) {
      assertThat(outcome.reason()).as(outcome.signals().toString()).isEqualTo(reason);
    } else if (outcome.reason() != null) {
      assertThat(ORDER.indexOf(outcome.reason())).as(outcome.reason() + " " + outcome.signals())
          .isGreaterThan(ORDER.indexOf(reason));
    }
  }

  @Test
  void signalsOfAPassingDocument() {
    QualityHarness.Outcome outcome = QualityHarness.run(new FineWebRule(parameters(FineWebRule.ID)), listLines(0));

    assertThat(outcome.measures()).isEmpty();
    assertThat(outcome.signals()).containsEntry("line-punct-ratio", 1.0).containsEntry("list-ratio", 0.3)
        .containsEntry("char-dup-ratio", 0.0).containsKey("short-line-ratio");
  }

  @Test
  void badBooleanIsNamed() {
    assertThatThrownBy(() -> new FineWebRule(parameters(FineWebRule.ID, "linePunctExcludeZero", "yes")))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("linePunctExcludeZero");
  }
}
