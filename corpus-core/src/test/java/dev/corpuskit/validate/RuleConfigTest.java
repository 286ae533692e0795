package dev.corpuskit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.validate.rules.FileNameRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleConfigTest {

  @Test
  void everyRuleHasAStableIdAndDefaultSeverity() {
    assertThat(RuleCatalog.ids()).containsExactly("symlink", "unreadable", "unsafe-name", "file-type", "file-name",
        "max-bytes", "binary",
        "encoding", "html-encoding", "bom", "empty", "min-words", "language", "control-chars", "mojibake",
        "line-endings", "markup", "duplicate", "same-extraction", "near-duplicate", "contamination", "portable-name", "internal-error");
    for (RuleDefinition definition : RuleCatalog.all()) {
      Rule rule = definition.factory().apply(new RuleParameters(definition.id(),
          definition.id().equals(FileNameRule.ID) ? Map.of("pattern", ".*") : Map.of()));
      assertThat(rule.id()).isEqualTo(definition.id());
      assertThat(definition.description()).isNotBlank();
    }
  }

  @Test
  void defaultsSwitchOnEveryRuleButFileNameAndLanguage() {
    RuleConfig config = RuleConfig.defaults();

    assertThat(config.enabledIds()).hasSize(RuleCatalog.ids().size() - 2).doesNotContain("file-name", "language");
    assertThat(config.severityOf(definition("encoding"))).isEqualTo(Severity.ERROR);
    assertThat(config.severityOf(definition("bom"))).isEqualTo(Severity.WARNING);
  }

  @Test
  void unknownRuleIdListsTheKnownIds() {
    assertThatThrownBy(() -> RuleConfig.of(List.of(RuleSetting.severity("encodng", Severity.OFF))))
        .isInstanceOfSatisfying(InvalidRuleConfigException.class, e -> {
          assertThat(e.ruleId()).isEqualTo("encodng");
          assertThat(e.setting()).isEqualTo("id");
          assertThat(e.getMessage()).contains("no such rule", "encoding", "min-words", "duplicate");
        });
  }

  @Test
  void unknownParameterNamesTheKnownOnes() {
    assertThatThrownBy(() -> RuleConfig.of(List.of(RuleSetting.parameters("min-words", Map.of("minimum", "3")))))
        .isInstanceOfSatisfying(InvalidRuleConfigException.class, e -> {
          assertThat(e.setting()).isEqualTo("minimum");
          assertThat(e.getMessage()).contains("no such parameter", "it takes min");
        });
    assertThatThrownBy(() -> RuleConfig.of(List.of(RuleSetting.parameters("bom", Map.of("x", "1")))))
        .hasMessageContaining("this rule takes none");
  }

  @Test
  void badSeverityNameIsRejected() {
    assertThat(Severity.parse("bom", " Warning ")).isEqualTo(Severity.WARNING);
    assertThat(Severity.parse("bom", "off")).isEqualTo(Severity.OFF);
    assertThatThrownBy(() -> Severity.parse("bom", "fatal"))
        .isInstanceOfSatisfying(InvalidRuleConfigException.class, e -> {
          assertThat(e.setting()).isEqualTo("severity");
          assertThat(e.getMessage()).contains("'fatal'", "ERROR, WARNING, INFO or OFF");
        });
  }

  @Test
  void badParameterValueIsRejectedWhenConfigured() {
    assertThatThrownBy(() -> RuleConfig.of(List.of(RuleSetting.parameters("min-words", Map.of("min", "ten")))))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> RuleConfig.of(List.of(RuleSetting.parameters("file-name", Map.of("pattern", "(")))))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("invalid RE2 pattern");
    assertThatThrownBy(() -> RuleConfig.of(List.of(RuleSetting.severity("file-name", Severity.WARNING))))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("no pattern");
  }

  @Test
  void ruleConfiguredTwiceIsRejected() {
    assertThatThrownBy(() -> RuleConfig.of(List.of(RuleSetting.severity("bom", Severity.OFF),
        RuleSetting.severity("bom", Severity.INFO))))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("configured twice");
  }

  @Test
  void configuringTheFileNamePatternSwitchesThatRuleOnAtError() {
    RuleConfig config = RuleConfig.of(List.of(RuleSetting.parameters("file-name", Map.of("pattern", "[a-z]+\\.txt"))));

    assertThat(config.severityOf(definition("file-name"))).isEqualTo(Severity.ERROR);
    assertThat(config.enabledIds()).contains("file-name");
    assertThat(config.parametersOf(definition("file-name")).getString("pattern")).hasValue("[a-z]+\\.txt");
  }

  @Test
  void explicitSeverityWinsAndOffDisables() {
    RuleConfig config = RuleConfig.of(List.of(
        RuleSetting.severity("encoding", Severity.OFF),
        RuleSetting.severity("bom", Severity.INFO),
        new RuleSetting("file-name", java.util.Optional.of(Severity.OFF), Map.of("pattern", "x")),
        new RuleSetting("min-words", java.util.Optional.of(Severity.ERROR), Map.of("min", "10"))));

    assertThat(config.enabledIds()).doesNotContain("encoding", "file-name").contains("bom", "min-words");
    assertThat(config.severityOf(definition("bom"))).isEqualTo(Severity.INFO);
    assertThat(config.severityOf(definition("min-words"))).isEqualTo(Severity.ERROR);
    assertThat(config.settings()).hasSize(4);
  }

  private static RuleDefinition definition(String id) {
    return RuleCatalog.find(id).orElseThrow();
  }
}
