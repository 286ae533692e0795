package dev.corpuskit.validate;

import java.util.Locale;

/** How much a finding matters. {@link #OFF} switches a rule off and never appears on a finding. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  OFF;

  /**
   * Parses a severity name, ignoring case.
   *
   * @throws InvalidRuleConfigException when the name is not one of error, warning, info, off
   */
  public static Severity parse(String ruleId, String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRuleConfigException(
          ruleId, "severity", "'" + name + "' is not a severity; use ERROR, WARNING, INFO or OFF");
    }
  }
}
