package dev.corpuskit.validate;

import java.util.Locale;

/**
 * What a cleaning run does with a document that a rule reports, besides reporting it: keep it
 * ({@link #REPORT}, the default) or leave it out of the cleaned corpus ({@link #DROP}), as a filter of
 * datatrove or dolma removes a document. The severity says independently whether the finding fails
 * the build; a validating run only reports, whatever the action.
 */
public enum RuleAction {
  /** Report the finding; the document stays in the corpus (unless the finding is an ERROR). */
  REPORT,
  /**
   * Report the finding and leave the document out of the cleaned corpus, its manifest and its jar,
   * audited in {@code cleaning.json} with the rule and what it measured.
   */
  DROP;

  /** The action as configured: {@code report} or {@code drop}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an action name, ignoring case and surrounding blanks.
   *
   * @throws InvalidRuleConfigException for the setting {@code action} of {@code ruleId} when the name
   *     is not report or drop
   */
  public static RuleAction parse(String ruleId, String name) {
    String wanted = name == null ? "" : name.strip();
    for (RuleAction action : values()) {
      if (action.id().equalsIgnoreCase(wanted)) {
        return action;
      }
    }
    throw new InvalidRuleConfigException(ruleId, "action",
        "'" + name + "' is not an action; use report (the default) or drop");
  }
}
