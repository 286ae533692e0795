package dev.corpuskit.maven;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code <rule>} element of the plugin configuration.
 *
 * <pre>{@code
 * <rule>
 *   <id>file-name</id>
 *   <severity>ERROR</severity>            <!-- ERROR, WARNING, INFO or OFF; omit to keep the default -->
 *   <parameters><pattern>[0-9]{3}_[0-9a-f]{16}\.txt</pattern></parameters>
 *   <action>report</action>               <!-- report (the default) or drop: leave what it reports out -->
 * </rule>
 * }</pre>
 */
public class RuleConfiguration {

  /** The rule id, for example {@code min-words}. */
  private String id;

  /** ERROR, WARNING, INFO or OFF. */
  private String severity;

  /**
   * What clean and package do with a document the rule reports: {@code report} (the default) keeps
   * it, {@code drop} leaves it out of the corpus; validate only reports.
   */
  private String action;

  /** The rule's parameters by name. */
  private Map<String, String> parameters = new LinkedHashMap<>();

  /** The {@code <rule>} element that configures {@code rule}, as the configuration file gives it. */
  static RuleConfiguration of(dev.corpuskit.validate.RuleSetting rule) {
    RuleConfiguration configuration = new RuleConfiguration();
    configuration.setId(rule.id());
    configuration.setSeverity(rule.severity().map(Enum::name).orElse(null));
    configuration.setAction(rule.action().name().toLowerCase(java.util.Locale.ROOT));
    configuration.setParameters(new LinkedHashMap<>(rule.parameters()));
    return configuration;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public Map<String, String> getParameters() {
    return parameters;
  }

  public void setParameters(Map<String, String> parameters) {
    this.parameters = parameters;
  }
}
