package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.quality.NltkWords;
import dev.corpuskit.quality.QualityVerdict;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;
import java.lang.ref.SoftReference;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the quality-filter rules share: a document's words, passing a verdict to the reporter, and
 * reading parameters.
 */
final class QualityVerdicts {

  /**
   * The words of the text each thread tokenised last: {@code gopher-quality}, {@code gopher-repetition}
   * and {@code fineweb} all measure the same NLTK tokens, and a worker thread runs them one after the
   * other on one document, so it tokenises that document once rather than three times. Softly held:
   * a thread that validates no more documents keeps no tokens under memory pressure.
   */
  private static final ThreadLocal<SoftReference<Words>> LAST = new ThreadLocal<>();

  /** A text and its tokens. */
  private record Words(String text, List<String> tokens) {}

  private QualityVerdicts() {}

  /**
   * {@link NltkWords#tokenize} of {@code document}'s text, unmodifiable; computed once per document on
   * each thread (the text is compared by identity: the same document gives the same string).
   */
  static List<String> words(ParsedDocument document) {
    String text = document.text();
    SoftReference<Words> held = LAST.get();
    Words last = held == null ? null : held.get();
    if (last == null || last.text() != text) {
      last = new Words(text, Collections.unmodifiableList(NltkWords.tokenize(text)));
      LAST.set(new SoftReference<>(last));
    }
    return last.tokens();
  }

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
