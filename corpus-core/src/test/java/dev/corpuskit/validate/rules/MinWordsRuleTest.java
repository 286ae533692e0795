package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.parameters;
import static dev.corpuskit.validate.rules.RuleHarness.text;
import static dev.corpuskit.validate.rules.RuleHarness.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.validate.InvalidRuleConfigException;
import org.junit.jupiter.api.Test;

class MinWordsRuleTest {

  private final MinWordsRule rule = new MinWordsRule(parameters(MinWordsRule.ID));

  @Test
  void defaultMinimumIsFiftyWords() {
    assertThat(check(rule, text(words(50)))).isEmpty();
    assertThat(check(rule, text(words(49)))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("only 49 words", "minimum of 50", "'min'"));
  }

  @Test
  void configuredMinimumAndNoBreakSpacesSeparateWords() {
    MinWordsRule three = new MinWordsRule(parameters(MinWordsRule.ID, "min", "3"));

    assertThat(check(three, text("one\u00A0two three"))).isEmpty();
    assertThat(check(three, text("one two – ."))).hasSize(1);
  }

  @Test
  void blankDocumentIsLeftToTheEmptyRule() {
    assertThat(check(rule, text(" \u00A0\n"))).isEmpty();
  }

  @Test
  void rejectsNegativeOrNonNumericMinimum() {
    assertThatThrownBy(() -> new MinWordsRule(parameters(MinWordsRule.ID, "min", "-1")))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("at least 0");
    assertThatThrownBy(() -> new MinWordsRule(parameters(MinWordsRule.ID, "min", "many")))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("not a whole number");
  }
}
