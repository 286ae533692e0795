package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.text.Words;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;

/**
 * A document must have a minimum number of words; empty documents are left to the empty rule. It
 * signals every document's word count ({@code words}), and its findings carry it with the minimum.
 */
public final class MinWordsRule implements DocumentRule {

  public static final String ID = "min-words";
  public static final String MIN = "min";
  public static final long DEFAULT_MIN = 50;
  /** The name of what the rule measures, as a signal and on its findings: the document's words. */
  public static final String MEASURE = "words";

  private final long min;

  public MinWordsRule(RuleParameters parameters) {
    this.min = parameters.getLong(MIN, DEFAULT_MIN, 0);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    if (EmptyRule.isBlank(document.text())) {
      return;
    }
    int words = Words.count(document.text());
    reporter.signal(MEASURE, words);
    if (words < min) {
      reporter.reportMeasured(0, 0, "only " + words + " words, fewer than the minimum of " + min
          + "; complete the document, remove it, or lower the rule's 'min' parameter",
          new Measure(MEASURE, words, min));
    }
  }
}
