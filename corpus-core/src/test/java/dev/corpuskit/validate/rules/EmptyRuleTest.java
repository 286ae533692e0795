package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.html;
import static dev.corpuskit.validate.rules.RuleHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmptyRuleTest {

  private final EmptyRule rule = new EmptyRule();

  @Test
  void emptyFile() {
    assertThat(check(rule, text(""))).singleElement().satisfies(f -> {
      assertThat(f.line()).isZero();
      assertThat(f.message()).startsWith("empty file;");
    });
  }

  @Test
  void whitespaceOnlyCountsNoBreakAndOtherUnicodeSpaces() {
    assertThat(check(rule, text(" \u00A0\t\n\u2003\u200B\r\n"))).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("the file holds only whitespace;"));
  }

  @Test
  void htmlPageWithoutText() {
    assertThat(check(rule, html("<html><body><nav>Menu</nav><script>x()</script></body></html>")))
        .singleElement().satisfies(f -> assertThat(f.message()).startsWith("the page has no text;"));
  }

  @Test
  void anyVisibleCharacterIsContent() {
    assertThat(check(rule, text("\u00A0.\u00A0"))).isEmpty();
    assertThat(rule.stopsChecking()).isTrue();
  }
}
