package dev.corpuskit.validate;

import java.util.Objects;

/**
 * A value a rule measured on a document, whether or not it reported a problem ({@link Reporter#signal}),
 * for the quality-signals report: users choose thresholds from the distribution of these values.
 *
 * @param rule the id of the rule that measured it
 * @param name the measured quantity, stable and in kebab case
 * @param value the value measured (may be NaN where the quantity is undefined, such as a share of no lines)
 */
public record Signal(String rule, String name, double value) {

  public Signal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(name, "name");
  }
}
