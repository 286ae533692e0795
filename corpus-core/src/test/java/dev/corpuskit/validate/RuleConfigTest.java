package dev.corpuskit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.validate.rules.FileNameRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleConfigTest {

  @Test
  void everyRuleHasAStableIdAndDefaultSeverity() {
    assertThat(RuleCatalog.ids()).containsExactly("symlink", "unreadable", "unsafe-name", "file-type", "file-name",
        "max-bytes", "binary",
        "encoding", "html-encoding", "bom", "empty", "min-words", "c4", "language", "control-chars", "mojibake", "line-endings",
        "markup", "gopher-quality", "gopher-repetition", "fineweb", "duplicate", "same-extraction", "near-duplicate",
        "contamination", "portable-name", "internal-error");
    for (RuleDefinition definition : RuleCatalog.all()) {
      Rule rule = definition.factory().apply(new RuleParameters(definition.id(),
          definition.id().equals(FileNameRule.ID) ? Map.of("pattern", ".*") : Map.of()));
      assertThat(rule.id()).isEqualTo(definition.id());
      assertThat(definition.description()).isNotBlank();
    }
  }

  @Test
  void defaultsSwitchOnEveryRuleButFileNameAndTheQualityRulesAndLanguage() {
    RuleConfig config = RuleConfig.defaults();

    List<String> off = new ArrayList<>();
    RuleCatalog.all().forEach(d -> {
      if (d.defaultSeverity() == Severity.OFF) {
        off.add(d.id());
      }
    });
    assertThat(off).contains("file-name", "gopher-quality", "gopher-repetition", "fineweb", "c4", "language");
    assertThat(config.enabledIds()).hasSize(RuleCatalog.ids().size() - off.size()).doesNotContainAnyElementsOf(off);
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

  @Test
  void theActionIsReportByDefaultAndDropWhereSetAndOnlyDropChangesTheCacheKey() {
    RuleConfig config = RuleConfig.of(List.of(
        RuleSetting.severity("bom", Severity.INFO),
        RuleSetting.severity("min-words", Severity.WARNING).withAction(RuleAction.DROP)));
    assertThat(config.actionOf(definition("bom"))).isEqualTo(RuleAction.REPORT);
    assertThat(config.actionOf(definition("min-words"))).isEqualTo(RuleAction.DROP);
    assertThat(config.dropping()).containsExactly("min-words");
    assertThat(RuleAction.parse("min-words", " Drop ")).isEqualTo(RuleAction.DROP);
    assertThatThrownBy(() -> RuleAction.parse("min-words", "remove"))
        .isInstanceOf(InvalidRuleConfigException.class)
        .hasMessage("rule 'min-words', action: 'remove' is not an action; use report (the default) or drop");

    // A drop changes what goes into the corpus: the key changes; report, the default, leaves it as it was.
    String plain = new ValidationConfig(java.nio.charset.StandardCharsets.UTF_8,
        RuleConfig.of(List.of(RuleSetting.severity("min-words", Severity.WARNING)))).cacheKey();
    String reported = new ValidationConfig(java.nio.charset.StandardCharsets.UTF_8, RuleConfig.of(List.of(
        RuleSetting.severity("min-words", Severity.WARNING).withAction(RuleAction.REPORT)))).cacheKey();
    String dropped = new ValidationConfig(java.nio.charset.StandardCharsets.UTF_8, RuleConfig.of(List.of(
        RuleSetting.severity("min-words", Severity.WARNING).withAction(RuleAction.DROP)))).cacheKey();
    assertThat(reported).isEqualTo(plain);
    assertThat(dropped).isNotEqualTo(plain).contains("min-words=WARNING drop");
  }

  private static RuleDefinition definition(String id) {
    return RuleCatalog.find(id).orElseThrow();
  }
}
