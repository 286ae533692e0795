package dev.corpuskit.validate;

/** A rule configuration names an unknown rule, severity or parameter, or gives a bad value. */
public final class InvalidRuleConfigException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final String setting;

  public InvalidRuleConfigException(String ruleId, String setting, String message) {
    super("rule '" + ruleId + "', " + setting + ": " + message);
    this.ruleId = ruleId;
    this.setting = setting;
  }

  /** The rule id as configured. */
  public String ruleId() {
    return ruleId;
  }

  /** The setting at fault: {@code id}, {@code severity} or a parameter name. */
  public String setting() {
    return setting;
  }
}
