package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.parameters;
import static dev.corpuskit.validate.rules.RuleHarness.parse;
import static dev.corpuskit.validate.rules.RuleHarness.text;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.validate.InvalidRuleConfigException;
import org.junit.jupiter.api.Test;

class BinaryContentRuleTest {

  private final BinaryContentRule rule = new BinaryContentRule(parameters(BinaryContentRule.ID));

  @Test
  void ordinaryTextIsNotBinary() {
    assertThat(check(rule, text("Tabs\tand\r\nline breaks are text.\n"))).isEmpty();
    assertThat(check(rule, text(""))).isEmpty();
  }

  @Test
  void nulCharacterIsBinaryAtItsPosition() {
    assertThat(check(rule, parse("doc.txt", new byte[] {'a', '\n', 'b', 'c', 0, 'd'})))
        .singleElement().satisfies(f -> {
          assertThat(f.line()).isEqualTo(2);
          assertThat(f.column()).isEqualTo(3);
          assertThat(f.message()).contains("NUL", "the excludes setting");
        });
  }

  @Test
  void utf16WithoutBomGetsAHint() {
    byte[] bytes = "This was saved as UTF-16.\n".getBytes(UTF_16LE);

    assertThat(check(rule, parse("doc.txt", bytes))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("UTF-16 without a byte-order mark"));
  }

  @Test
  void shareOfControlCharactersAboveLimitIsBinary() {
    String many = "ab\u0001\u0002cdefgh\n"; // 2 of 11 characters
    String few = "ab\u0001" + "c".repeat(40) + "\n"; // 1 of 44

    assertThat(check(rule, text(many))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("18.2%", "limit 5.0%"));
    assertThat(check(rule, text(few))).isEmpty();
    assertThat(check(new BinaryContentRule(parameters(BinaryContentRule.ID, "maxControlShare", "0.5")),
        text(many))).isEmpty();
  }

  @Test
  void whitespaceControlsSuchAsPageBreaksAreNotBinary() {
    assertThat(check(rule, text("page\fbreak\u000B\n"))).isEmpty();
    assertThat(check(rule, text(" \u000B\n"))).isEmpty();
  }

  @Test
  void rejectsShareOutsideZeroToOne() {
    assertThatThrownBy(() -> new BinaryContentRule(parameters(BinaryContentRule.ID, "maxControlShare", "2")))
        .isInstanceOf(InvalidRuleConfigException.class)
        .hasMessageContaining("maxControlShare");
  }

  @Test
  void stopsLaterRules() {
    assertThat(rule.stopsChecking()).isTrue();
  }
}
