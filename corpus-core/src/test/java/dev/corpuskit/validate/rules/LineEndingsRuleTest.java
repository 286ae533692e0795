package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.html;
import static dev.corpuskit.validate.rules.RuleHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineEndingsRuleTest {

  private final LineEndingsRule rule = new LineEndingsRule();

  @Test
  void lfOnlyIsFine() {
    assertThat(check(rule, text("a\nb\n"))).isEmpty();
  }

  @Test
  void crlf() {
    assertThat(check(rule, text("ab\r\ncd\r\n"))).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.column()).isEqualTo(3);
      assertThat(f.message()).startsWith("CRLF line endings;").contains("LF line endings");
    });
  }

  @Test
  void loneCr() {
    assertThat(check(rule, text("ab\rcd"))).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("CR line endings;"));
  }

  @Test
  void mixedEndingsReportTheFirstCr() {
    assertThat(check(rule, text("a\nb\r\nc\rd\n"))).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.column()).isEqualTo(2);
      assertThat(f.message()).contains("mixed line endings (2 LF, 1 CRLF, 1 CR)");
    });
  }

  @Test
  void markupLineBreaksOfHtmlPagesAreIgnored() {
    assertThat(check(rule, html("<html>\r\n<body><p>Text</p>\r\n</body></html>\r\n"))).isEmpty();
  }
}
