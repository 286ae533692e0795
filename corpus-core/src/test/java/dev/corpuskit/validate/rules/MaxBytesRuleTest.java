package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.parameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.validate.InvalidRuleConfigException;
import org.junit.jupiter.api.Test;

class MaxBytesRuleTest {

  @Test
  void defaultLimitIsTenMebibytes() {
    MaxBytesRule rule = new MaxBytesRule(parameters(MaxBytesRule.ID));

    assertThat(check(rule, "a.txt", 10L * 1024 * 1024)).isEmpty();
    assertThat(check(rule, "a.txt", 10L * 1024 * 1024 + 1)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("10485761 bytes", "maximum of 10485760", "'max'"));
    assertThat(rule.stopsReading()).isTrue();
  }

  @Test
  void configuredLimit() {
    MaxBytesRule rule = new MaxBytesRule(parameters(MaxBytesRule.ID, "max", "100"));

    assertThat(check(rule, "a.txt", 100)).isEmpty();
    assertThat(check(rule, "a.txt", 101)).hasSize(1);
  }

  @Test
  void rejectsZeroLimit() {
    assertThatThrownBy(() -> new MaxBytesRule(parameters(MaxBytesRule.ID, "max", "0")))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("'max-bytes', max");
  }
}
