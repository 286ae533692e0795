package dev.corpuskit.validate;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Describes a rule: its id, default severity, what it checks, which parameters it takes and how to
 * create it from them.
 *
 * @param id the stable rule id
 * @param defaultSeverity the severity when configuration says nothing; {@link Severity#OFF} for rules
 *     that need configuring first
 * @param description one sentence for documentation and reports
 * @param parameters the parameter names the rule accepts
 * @param factory creates a fresh rule for one validation run
 */
public record RuleDefinition(
    String id,
    Severity defaultSeverity,
    String description,
    Set<String> parameters,
    Function<RuleParameters, ? extends Rule> factory) {

  public RuleDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(description, "description");
    parameters = Set.copyOf(parameters);
    Objects.requireNonNull(factory, "factory");
  }
}
