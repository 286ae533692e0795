package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.parameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class C4RuleTest {

  /** Three kept lines of one sentence each: exactly the default minimum of 3 sentences. */
  private static final String THREE = "The river rose fast overnight.\nThe town slept through the storm.\n"
      + "Nobody expected the water to come so high.\n";

  private static QualityHarness.Outcome check(String text, String... nameValues) {
    return QualityHarness.run(new C4Rule(parameters(C4Rule.ID, nameValues)), text);
  }

  private static String reason(String text, String... nameValues) {
    QualityHarness.Outcome seen = check(text, nameValues);
    assertThat(seen.measures()).hasSizeLessThanOrEqualTo(1);
    return seen.measures().isEmpty() ? "kept" : seen.measures().get(0).name();
  }

  @Test
  void registeredOffByDefault() {
    assertThat(RuleCatalog.find("c4")).hasValueSatisfying(d -> {
      assertThat(d.defaultSeverity()).isEqualTo(Severity.OFF);
      assertThat(d.parameters()).containsExactlyInAnyOrder("minWordsPerLine", "minSentences", "maxWordLength",
          "badWords");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // the sentence minimum (3), on both sides
      "3 sentences in 3 lines | " + "`The river rose fast overnight.\nThe town slept through the storm.\nNobody expected the water to come so high.\n`" + " | kept",
      "2 sentences | `The river rose fast overnight.\nThe town slept through the storm.\n` | too-few-sentences",
      "3 sentences in 1 line | `The river rose fast overnight. The town slept through it. Nobody expected the water.\n` | kept",
      "abbreviation is no end | `Mr. Smith went to the river. He saw the water rise.\n` | too-few-sentences",
      // lines that do not count: too short, no end mark, an ellipsis
      "a short line does not count | `The river rose fast overnight.\nThe town slept through the storm.\nIt rained.\n` | too-few-sentences",
      "no end mark does not count | `The river rose fast overnight.\nThe town slept through the storm.\nNobody expected the water to come so high\n` | too-few-sentences",
      "ellipsis does not count | `The river rose fast overnight.\nThe town slept through the storm.\nNobody expected the water to come so high...\n` | too-few-sentences",
      "a quote ends a line | `The river rose fast overnight.\nThe town slept through the storm.\nShe said \"nobody expected the water to rise.\"\n` | kept",
      // page drops: only in a line C4 would keep
      "lorem ipsum in a kept line | `The river rose fast overnight.\nLorem ipsum dolor sit amet, consectetur.\nThe town slept through the storm.\nNobody expected the water to come so high.\n` | lorem-ipsum",
      "lorem ipsum in a short line | `Lorem ipsum dolor.\nThe river rose fast overnight.\nThe town slept through the storm.\nNobody expected the water to come so high.\n` | kept",
      "curly bracket in a kept line | `The river rose fast overnight.\nfunction f() { return the river rose; }.\nThe town slept through it.\nNobody expected the water to come so high.\n` | curly-bracket",
      "curly bracket in a menu line | `{ menu }\nThe river rose fast overnight.\nThe town slept through the storm.\nNobody expected the water to come so high.\n` | kept",
      // javascript and policy lines go without dropping the page
      "javascript line removed | `Please enable JavaScript to view the comments.\nThe river rose fast overnight.\nThe town slept through the storm.\n` | too-few-sentences",
      "policy line removed | `This site uses cookies to improve your experience.\nThe river rose fast overnight.\nThe town slept through the storm.\n` | too-few-sentences",
      // bad words, on word boundaries, multi-word entries with their spaces
      "bad word | `The river rose fast overnight.\nThe town slept through the storm.\nNobody expected the shit to come so high.\n` | bad-words",
      "bad word inside a word | `The river rose fast overnight.\nThe town slept through the storm.\nThe Scunthorpe analysts saw the assessment.\n` | kept",
      "multi-word entry | `The river rose fast overnight.\nThe town slept through the storm.\nThey watched a Tied Up boat drift away.\n` | bad-words",
      "multi-word entry split by a line | `The river rose fast overnight.\nThe town slept through the storm and they tied.\nUp the river the boats drifted away.\n` | kept",
      "bad word in a removed line | `Porn ads here\nThe river rose fast overnight.\nThe town slept through the storm.\nNobody expected the water to come so high.\n` | kept",
  })
  void pageRules(String name, String text, String expected) {
    assertThat(reason(text)).as(name).isEqualTo(expected);
  }

  @Test
  void parametersMoveTheThresholds() {
    String twoLines = "The river rose fast overnight.\nThe town slept through the storm.\n";
    assertThat(reason(twoLines, "minSentences", "2")).isEqualTo("kept");
    assertThat(reason(THREE, "minSentences", "4")).isEqualTo("too-few-sentences");
    // datatrove's 3 words per line keeps a line of 3 words, the paper's 5 does not
    String short3 = THREE + "It rained hard.\n";
    assertThat(check(short3).signals().get("c4-kept-lines")).isEqualTo(3.0);
    assertThat(check(short3, "minWordsPerLine", "3").signals().get("c4-kept-lines")).isEqualTo(4.0);
    assertThat(check(short3, "minWordsPerLine", "4").signals().get("c4-kept-lines")).isEqualTo(3.0);
    String longWord = THREE + "A word of " + "x".repeat(20) + " letters is here.\n";
    assertThat(check(longWord, "maxWordLength", "20").signals().get("c4-kept-lines")).isEqualTo(4.0);
    assertThat(check(longWord, "maxWordLength", "19").signals().get("c4-kept-lines")).isEqualTo(3.0);
    String bad = THREE.replace("water", "shit");
    assertThat(reason(bad, "badWords", "none")).isEqualTo("kept");
    assertThatThrownBy(() -> check(THREE, "badWords", "fr")).isInstanceOf(InvalidRuleConfigException.class)
        .hasMessageContaining("badWords");
  }

  @Test
  void measuresAndSignals() {
    QualityHarness.Outcome seen = check("The river rose fast overnight.\nThe town slept through the storm.\n");
    assertThat(seen.measures()).containsExactly(new Measure("too-few-sentences", 2, 3));
    assertThat(seen.signals()).containsEntry("c4-sentences", 2.0).containsEntry("c4-kept-lines", 2.0)
        .containsEntry("c4-dropped", 1.0);
    QualityHarness.Outcome lorem = check("Menu\nThe lorem ipsum text is a placeholder here.\n");
    assertThat(lorem.measures()).containsExactly(new Measure("lorem-ipsum", 1, 0));
    assertThat(lorem.lines()).containsExactly(2);
    assertThat(check(THREE).signals()).containsEntry("c4-dropped", 0.0).containsEntry("c4-sentences", 3.0);
  }
}
