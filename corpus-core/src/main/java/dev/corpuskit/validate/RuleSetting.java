package dev.corpuskit.validate;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configuration of one rule: a severity that replaces the default (or {@link Severity#OFF}),
 * parameters by name, and what a cleaning run does with the documents it reports.
 *
 * @param id the rule id
 * @param severity the configured severity; empty keeps the rule's default
 * @param parameters parameter values by name, as written in the configuration
 * @param action what a cleaning run does with a document the rule reports ({@link RuleAction#REPORT}
 *     by default)
 */
public record RuleSetting(String id, Optional<Severity> severity, Map<String, String> parameters,
    RuleAction action) {

  public RuleSetting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    parameters = Map.copyOf(new TreeMap<>(parameters));
    action = action == null ? RuleAction.REPORT : action;
  }

  /** A setting whose action is {@link RuleAction#REPORT}. */
  public RuleSetting(String id, Optional<Severity> severity, Map<String, String> parameters) {
    this(id, severity, parameters, RuleAction.REPORT);
  }

  /** This setting with {@code newAction}. */
  public RuleSetting withAction(RuleAction newAction) {
    return new RuleSetting(id, severity, parameters, newAction);
  }

  /** A setting that only changes the severity. */
  public static RuleSetting severity(String id, Severity severity) {
    return new RuleSetting(id, Optional.of(severity), Map.of());
  }

  /** A setting that only sets parameters. */
  public static RuleSetting parameters(String id, Map<String, String> parameters) {
    return new RuleSetting(id, Optional.empty(), parameters);
  }
}
