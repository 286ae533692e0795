package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersRuleTest {

  private final ControlCharactersRule rule = new ControlCharactersRule();

  @Test
  void tabAndLineBreaksAreAllowed() {
    assertThat(check(rule, text("a\tb\r\nc\rd\n"))).isEmpty();
  }

  @Test
  void reportsFirstControlCharacterAndCount() {
    assertThat(check(rule, text("ok\nab\u0007c\u0085d\u007F\n"))).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.column()).isEqualTo(3);
      assertThat(f.message()).contains("U+0007", "3 in all", "; ");
    });
  }

  @Test
  void nulIsLeftToTheBinaryRule() {
    assertThat(check(rule, text("a\u0000\u0007"))).isEmpty();
  }
}
