package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.validate.RuleAction;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ConfigurationsTest {

  private static RuleConfiguration rule(String id, String severity, Map<String, String> parameters) {
    RuleConfiguration rule = new RuleConfiguration();
    rule.setId(id);
    rule.setSeverity(severity);
    rule.setParameters(parameters);
    return rule;
  }

  @Test
  void mapsSeverityAndParametersOntoTheCoreRules() throws Exception {
    ValidationConfig config = Configurations.validation("windows-1252", List.of(
        rule("min-words", "error", Map.of("min", "10")),
        rule("mojibake", "OFF", Map.of()),
        rule("file-name", null, Map.of("pattern", "[a-z]+\\.txt"))));

    assertThat(config.charset().name()).isEqualTo("windows-1252");
    assertThat(config.rules().severityOf(RuleCatalog.find("min-words").orElseThrow())).isEqualTo(Severity.ERROR);
    assertThat(config.rules().severityOf(RuleCatalog.find("mojibake").orElseThrow())).isEqualTo(Severity.OFF);
    assertThat(config.rules().severityOf(RuleCatalog.find("file-name").orElseThrow())).isEqualTo(Severity.ERROR);
  }

  @Test
  void namesTheNearDuplicateRuleAndTheParameterForABadValue() {
    assertThatThrownBy(() -> Configurations.validation(null,
        List.of(rule("near-duplicate", null, Map.of("threshold", "1.5")))))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("Invalid <rules> configuration: rule 'near-duplicate', threshold: must be between 0.0 and 1.0,"
            + " was 1.5. Fix the <rule> element with <id>near-duplicate</id> in the plugin configuration.");
    assertThatThrownBy(() -> Configurations.validation(null,
        List.of(rule("near-duplicate", null, Map.of("bands", "2000")))))
        .hasMessageContaining("rule 'near-duplicate', bands: must be at most 1024, was 2000");
    assertThatThrownBy(() -> Configurations.validation(null,
        List.of(rule("near-duplicate", null, Map.of("rows", "0")))))
        .hasMessageContaining("rule 'near-duplicate', rows: must be at least 1, was 0");
    assertThatThrownBy(() -> Configurations.validation(null,
        List.of(rule("near-duplicate", null, Map.of("shingles", "5")))))
        .hasMessageContaining("it takes bands, rows, shingleWords, threshold");
  }

  @Test
  void nearDuplicatesTakesReportOrKeepRepresentative() throws Exception {
    assertThat(Configurations.nearDuplicates(null)).isEqualTo(NearDuplicateHandling.REPORT);
    assertThat(Configurations.nearDuplicates(" Keep-Representative ")).isEqualTo(NearDuplicateHandling.KEEP_REPRESENTATIVE);
    assertThatThrownBy(() -> Configurations.nearDuplicates("drop"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("Invalid <nearDuplicates> (corpus.nearDuplicates): 'drop' is not one of report,"
            + " keep-representative. Use report (the default) or keep-representative; keep-representative needs"
            + " the near-duplicate rule on.");
  }

  @Test
  void defaultsToUtf8WhenNoEncodingIsSet() throws Exception {
    assertThat(Configurations.validation(null, null).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void namesThePomElementAndTheKnownRulesForAnUnknownRule() {
    assertThatThrownBy(() -> Configurations.validation(null, List.of(rule("no-such-rule", null, Map.of()))))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("Invalid <rules> configuration")
        .hasMessageContaining("<id>no-such-rule</id>")
        .hasMessageContaining("min-words");
  }

  @Test
  void anActionDropsOrReportsAndABadOneNamesTheRulesElementAndTheValues() throws Exception {
    RuleConfiguration drop = rule("min-words", "WARNING", Map.of());
    drop.setAction("drop");
    ValidationConfig config = Configurations.validation(null, List.of(drop));
    assertThat(config.rules().actionOf(RuleCatalog.find("min-words").orElseThrow())).isEqualTo(RuleAction.DROP);
    assertThat(config.rules().actionOf(RuleCatalog.find("bom").orElseThrow())).isEqualTo(RuleAction.REPORT);

    RuleConfiguration bad = rule("min-words", null, Map.of());
    bad.setAction("delete");
    assertThatThrownBy(() -> Configurations.validation(null, List.of(bad)))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("Invalid <rules> configuration")
        .hasMessageContaining("'delete' is not an action; use report (the default) or drop")
        .hasMessageContaining("<id>min-words</id>");
  }

  @Test
  void rejectsABadParameterValueBeforeAnythingRuns() {
    assertThatThrownBy(() -> Configurations.validation(null, List.of(rule("min-words", null, Map.of("min", "many")))))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("min")
        .hasMessageContaining("'many'");
  }

  @Test
  void rejectsAnUnknownEncodingAndAnUnknownStep() {
    assertThatThrownBy(() -> Configurations.validation("klingon-8", null))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("<encoding>");
    assertThatThrownBy(() -> Configurations.cleaning(List.of("polish")))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("<disabledSteps>")
        .hasMessageContaining("boilerplate");
  }

  @Test
  void maxLoggedFindingsIsACountOrMinusOne() throws Exception {
    assertThat(Configurations.maxLoggedFindings(-1)).isEqualTo(-1);
    assertThat(Configurations.maxLoggedFindings(0)).isZero();
    assertThatThrownBy(() -> Configurations.maxLoggedFindings(-2))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("<maxLoggedFindings>")
        .hasMessageContaining("-1 to log them all");
  }
}
