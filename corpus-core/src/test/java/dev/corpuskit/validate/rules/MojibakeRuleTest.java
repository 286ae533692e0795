package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRuleTest {

  private final MojibakeRule rule = new MojibakeRule();

  @ParameterizedTest
  @ValueSource(strings = {"Itâ€™s", "cafÃ©", "â€œquotedâ€\u009D", "noÂ\u00A0break", "Å¡koda", "ÄŒech",
      "smile ðŸ˜€"})
  void detectsDoubleEncodedUtf8(String sample) {
    assertThat(check(rule, text("Fine line.\n" + sample + "\n"))).singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"António Guterres", "För", "São Paulo", "ÅÄÖ åäö Ålesund Äpfel", "naïve café",
      "“It’s” – fine…", "Ãgua? no: Água", "ÂGE, Â la carte", "Ærø ðe"})
  void acceptsLegitimateText(String sample) {
    assertThat(check(rule, text(sample + "\n"))).isEmpty();
  }

  @Test
  void reportsPositionSampleAndCount() {
    assertThat(check(rule, text("ab Itâ€™s cafÃ©\n"))).singleElement().satisfies(f -> {
      assertThat(f.column()).isEqualTo(6);
      assertThat(f.message()).contains("'â€™'", "2 in all", "; re-fetch");
    });
  }
}
