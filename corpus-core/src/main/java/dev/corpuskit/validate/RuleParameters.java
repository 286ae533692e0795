package dev.corpuskit.validate;

import java.util.Map;
import java.util.Optional;

/** Typed access to a rule's configured parameters, with defaults. */
public final class RuleParameters {

  private final String ruleId;
  private final Map<String, String> values;

  public RuleParameters(String ruleId, Map<String, String> values) {
    this.ruleId = ruleId;
    this.values = Map.copyOf(values);
  }

  /** An integer parameter, at least {@code min}. */
  public long getLong(String name, long defaultValue, long min) {
    String raw = values.get(name);
    if (raw == null) {
      return defaultValue;
    }
    try {
      long value = Long.parseLong(raw.trim());
      if (value < min) {
        throw new InvalidRuleConfigException(ruleId, name, "must be at least " + min + ", was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidRuleConfigException(ruleId, name, "'" + raw + "' is not a whole number");
    }
  }

  /** A decimal parameter in {@code [min, max]}. */
  public double getDouble(String name, double defaultValue, double min, double max) {
    String raw = values.get(name);
    if (raw == null) {
      return defaultValue;
    }
    try {
      double value = Double.parseDouble(raw.trim());
      if (!(value >= min && value <= max)) {
        throw new InvalidRuleConfigException(
            ruleId, name, "must be between " + min + " and " + max + ", was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidRuleConfigException(ruleId, name, "'" + raw + "' is not a number");
    }
  }

  /** A text parameter, if set. */
  public Optional<String> getString(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The rule these parameters belong to, for error messages. */
  public String ruleId() {
    return ruleId;
  }
}
