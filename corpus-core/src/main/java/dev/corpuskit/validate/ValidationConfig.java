package dev.corpuskit.validate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

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

  /** UTF-8 and every rule at its default. */
  public static ValidationConfig defaults() {
    return new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.defaults());
  }
}
