package dev.corpuskit.validate.rules;

import dev.corpuskit.quality.QualityVerdict;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;
import java.util.Locale;
import java.util.Map;

/** What the quality-filter rules share: passing a verdict to the reporter, and reading parameters. */
final class QualityVerdicts {

  private QualityVerdicts() {}

  /**
   * Records every measured value as a signal and, when the document fails, reports the first failed
   * check with its reason code as the measure's name.
   */
  static void report(String ruleId, QualityVerdict verdict, Reporter reporter) {
    for (Map.Entry<String, Double> signal : verdict.signals().entrySet()) {
      reporter.signal(signal.getKey(), signal.getValue());
    }
    verdict.failure().ifPresent(f -> reporter.reportMeasured(0, 0,
        f.reason() + ": " + f.message() + "; this document fails the " + ruleId
            + " filter: remove or rewrite it, or change the rule's threshold",
        new Measure(f.reason(), f.value(), f.threshold())));
  }

  /** A true/false parameter. */
  static boolean getBoolean(RuleParameters parameters, String name, boolean defaultValue) {
    String raw = parameters.getString(name).orElse(null);
    if (raw == null) {
      return defaultValue;
    }
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidRuleConfigException(parameters.ruleId(), name, "'" + raw
          + "' is not true or false");
    };
  }
}
