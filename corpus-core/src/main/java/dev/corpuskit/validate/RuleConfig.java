package dev.corpuskit.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule settings of a validation run, checked against the {@link RuleCatalog}: an unknown rule
 * id or parameter name fails at once, naming what is known.
 */
public final class RuleConfig {

  private final Map<String, RuleSetting> settings;

  private RuleConfig(Map<String, RuleSetting> settings) {
    this.settings = settings;
  }

  /** Every rule at its default severity and parameters. */
  public static RuleConfig defaults() {
    return new RuleConfig(Map.of());
  }

  /**
   * Checks and keeps {@code settings}.
   *
   * @throws InvalidRuleConfigException for an unknown rule id or parameter, a bad parameter value or a
   *     rule given twice
   */
  public static RuleConfig of(List<RuleSetting> settings) {
    Map<String, RuleSetting> byId = new LinkedHashMap<>();
    for (RuleSetting setting : settings) {
      RuleDefinition definition =
          RuleCatalog.find(setting.id())
              .orElseThrow(
                  () -> new InvalidRuleConfigException(setting.id(), "id",
                      "no such rule; known rules are " + String.join(", ", RuleCatalog.ids())));
      for (String name : setting.parameters().keySet()) {
        if (!definition.parameters().contains(name)) {
          throw new InvalidRuleConfigException(setting.id(), name,
              "no such parameter; " + (definition.parameters().isEmpty()
                  ? "this rule takes none"
                  : "it takes " + String.join(", ", new TreeSet<>(definition.parameters()))));
        }
      }
      if (byId.put(setting.id(), setting) != null) {
        throw new InvalidRuleConfigException(setting.id(), "id", "configured twice; merge the two settings");
      }
    }
    RuleConfig config = new RuleConfig(Collections.unmodifiableMap(byId));
    for (RuleSetting setting : byId.values()) {
      RuleDefinition definition = RuleCatalog.find(setting.id()).orElseThrow();
      if (config.severityOf(definition) != Severity.OFF) {
        definition.factory().apply(config.parametersOf(definition)); // fails on a bad value now
      }
    }
    return config;
  }

  /** The severity in force for {@code definition}. */
  public Severity severityOf(RuleDefinition definition) {
    RuleSetting setting = settings.get(definition.id());
    if (setting == null || setting.severity().isEmpty()) {
      boolean configured = setting != null && !setting.parameters().isEmpty();
      // A rule that is off by default is switched on at ERROR by configuring its parameters.
      return definition.defaultSeverity() == Severity.OFF && configured
          ? Severity.ERROR
          : definition.defaultSeverity();
    }
    return setting.severity().get();
  }

  /**
   * Whether {@code definition} belongs in the cache keys and the reports of this configuration: every
   * rule does but an {@linkplain RuleCatalog#isOptIn opt-in} one that is off and not configured.
   */
  public boolean listed(RuleDefinition definition) {
    return !RuleCatalog.isOptIn(definition.id()) || severityOf(definition) != Severity.OFF
        || settings.containsKey(definition.id());
  }

  /** The parameters configured for {@code definition}. */
  public RuleParameters parametersOf(RuleDefinition definition) {
    RuleSetting setting = settings.get(definition.id());
    return new RuleParameters(definition.id(), setting == null ? Map.of() : setting.parameters());
  }

  /** What a cleaning run does with the documents {@code definition} reports. */
  public RuleAction actionOf(RuleDefinition definition) {
    RuleSetting setting = settings.get(definition.id());
    return setting == null ? RuleAction.REPORT : setting.action();
  }

  /**
   * The ids of the rules that are switched on with the action {@link RuleAction#DROP}, sorted: a
   * cleaning run leaves the documents they report out of the corpus.
   */
  public Set<String> dropping() {
    Set<String> ids = new TreeSet<>();
    for (RuleDefinition definition : RuleCatalog.all()) {
      if (severityOf(definition) != Severity.OFF && actionOf(definition) == RuleAction.DROP) {
        ids.add(definition.id());
      }
    }
    return ids;
  }

  /** The settings as given, for reports and cache keys. */
  public List<RuleSetting> settings() {
    return List.copyOf(settings.values());
  }

  /** The ids of rules that are switched on. */
  public Set<String> enabledIds() {
    Set<String> ids = new TreeSet<>();
    for (RuleDefinition definition : RuleCatalog.all()) {
      if (severityOf(definition) != Severity.OFF) {
        ids.add(definition.id());
      }
    }
    return ids;
  }
}
