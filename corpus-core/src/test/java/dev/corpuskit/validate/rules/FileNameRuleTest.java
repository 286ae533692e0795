package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.parameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.validate.InvalidRuleConfigException;
import org.junit.jupiter.api.Test;

class FileNameRuleTest {

  private final FileNameRule rule =
      new FileNameRule(parameters(FileNameRule.ID, "pattern", "[a-z0-9-]+\\.txt"));

  @Test
  void matchesTheWholeNameWithoutFolders() {
    assertThat(check(rule, "Cluster 1/ok-01.txt", 10)).isEmpty();
    assertThat(check(rule, "x/ok-01.txt.bak", 10)).hasSize(1);
    assertThat(check(rule, "x/Bad Name.txt", 10)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'Bad Name.txt'", "[a-z0-9-]+\\.txt", "; rename"));
  }

  @Test
  void rejectsPatternsRe2CannotRunInLinearTime() {
    assertThatThrownBy(() -> new FileNameRule(parameters(FileNameRule.ID, "pattern", "(a)\\1")))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("invalid RE2 pattern");
  }

  @Test
  void needsAPatternWhenSwitchedOn() {
    assertThatThrownBy(() -> new FileNameRule(parameters(FileNameRule.ID)))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("no pattern");
  }
}
