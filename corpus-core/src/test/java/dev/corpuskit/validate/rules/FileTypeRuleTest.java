package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileTypeRuleTest {

  private final FileTypeRule rule = new FileTypeRule();

  @Test
  void supportedExtensionsIgnoringCase() {
    assertThat(check(rule, "a.txt", 1)).isEmpty();
    assertThat(check(rule, "b/c.HTML", 1)).isEmpty();
    assertThat(check(rule, "d.htm", 1)).isEmpty();
  }

  @Test
  void otherTypesAreErrorsThatStopReading() {
    assertThat(check(rule, "report.pdf", 1)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'.pdf'", "supported: .htm, .html, .txt", "<excludes>"));
    assertThat(check(rule, "dir.v2/README", 1)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("no extension"));
    assertThat(rule.stopsReading()).isTrue();
  }
}
