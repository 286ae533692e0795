package dev.corpuskit.validate;

import dev.corpuskit.validate.rules.ContaminationRule;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a validation run needs to know.
 *
 * @param charset the encoding of files that declare none (no BOM, no HTML meta charset)
 * @param rules the rule settings
 * @param against the jars of the corpora the {@code contamination} rule checks documents against (an
 *     evaluation set that a training corpus must not copy); empty for none
 */
public record ValidationConfig(Charset charset, RuleConfig rules, List<Path> against) {

  public ValidationConfig {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(rules, "rules");
    against = List.copyOf(against);
  }

  /** A configuration that checks against no other corpus. */
  public ValidationConfig(Charset charset, RuleConfig rules) {
    this(charset, rules, List.of());
  }

  /** This configuration checking against the corpus jars {@code jars}. */
  public ValidationConfig withAgainst(List<Path> jars) {
    return new ValidationConfig(charset, rules, jars);
  }

  /**
   * What per-file findings depend on in this configuration, as the text of a cache key: the encoding,
   * then each rule of the catalog with its level, its action when it drops, and parameters, a line each. Equal configurations
   * give equal text; a setting that changes any finding changes it. The corpora checked {@linkplain
   * #against against} are not in it (their paths are machine-specific): a run adds their SHA-256
   * to its keys once it has read them.
   */
  public String cacheKey() {
    StringBuilder key = new StringBuilder().append(charset.name()).append('\n');
    for (RuleDefinition rule : RuleCatalog.all()) {
      if (rule.id().equals(ContaminationRule.ID) && against.isEmpty()) {
        continue; // finds nothing without corpora to check against: the keys stay as they were
      }
      if (!rules.listed(rule)) {
        continue; // an opt-in rule left off finds nothing: the keys of earlier versions stay valid
      }
      key.append(rule.id()).append('=').append(rules.severityOf(rule));
      if (rules.actionOf(rule) == RuleAction.DROP) {
        key.append(" drop"); // what goes into the corpus; report, the default, leaves the keys as they were
      }
      for (RuleSetting setting : rules.settings()) {
        if (setting.id().equals(rule.id())) {
          key.append(' ').append(new TreeMap<>(setting.parameters()));
        }
      }
      key.append('\n');
    }
    return key.toString();
  }

  /** UTF-8 and every rule at its default. */
  public static ValidationConfig defaults() {
    return new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.defaults());
  }
}
