package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.html;
import static dev.corpuskit.validate.rules.RuleHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkupRuleTest {

  private final MarkupRule rule = new MarkupRule();

  @ParameterizedTest
  @ValueSource(strings = {"<p>", "</div>", "<br/>", "<a href=\"x\">", "&amp;", "&nbsp;", "&#8217;", "&#x2019;"})
  void detectsLeftoverTagsAndEntities(String markup) {
    assertThat(check(rule, text("Some text\nthen " + markup + " here\n"))).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.column()).isEqualTo(6);
      assertThat(f.message()).contains("'" + markup + "'", "; ");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"Privacy & Cookies", "AT&T", "R&D; costs", "3 < 4 > 2", "a <-> b", "x & y;",
      "Connecting to %s", "<Enter>"})
  void acceptsOrdinaryText(String sample) {
    assertThat(check(rule, text(sample + "\n"))).isEmpty();
  }

  @Test
  void countsEveryOccurrence() {
    assertThat(check(rule, text("<p>One</p> &amp;\n"))).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'<p>'", "3 in all"));
  }

  @Test
  void htmlPagesAreMarkupByDesign() {
    assertThat(check(rule, html("<p>Hello &amp; welcome</p>"))).isEmpty();
  }
}
