package dev.corpuskit.validate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a validation run needs to know.
 *
 * @param charset the encoding of files that declare none (no BOM, no HTML meta charset)
 * @param rules the rule settings
 */
public record ValidationConfig(Charset charset, RuleConfig rules) {

  public ValidationConfig {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(rules, "rules");
  }

  /**
   * What per-file findings depend on in this configuration, as the text of a cache key: the encoding,
   * then each rule of the catalog with its level and parameters, a line each. Equal configurations
   * give equal text; a setting that changes any finding changes it.
   */
  public String cacheKey() {
    StringBuilder key = new StringBuilder().append(charset.name()).append('\n');
    for (RuleDefinition rule : RuleCatalog.all()) {
      key.append(rule.id()).append('=').append(rules.severityOf(rule));
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
