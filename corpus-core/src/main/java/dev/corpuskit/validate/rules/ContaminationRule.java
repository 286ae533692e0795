package dev.corpuskit.validate.rules;

import dev.corpuskit.contamination.ContaminationIndex;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.parse.Format;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;
import java.util.Locale;

/**
 * A document must not copy a document of the corpora it is checked against (evaluation sets): neither
 * as a near-duplicate (exact Jaccard similarity of the word shingles at least 'threshold') nor by a
 * verbatim run of at least 'words' consecutive words. Without corpora to check against the rule has
 * nothing to do; the run builds their {@link ContaminationIndex} only when the rule is on. Stateless
 * and thread-safe: the index is only read.
 */
public final class ContaminationRule implements DocumentRule {

  public static final String ID = "contamination";
  /** The shortest verbatim run that counts, in words. */
  public static final String WORDS = "words";
  /** The Jaccard similarity from which a document is a near-copy. */
  public static final String THRESHOLD = "threshold";

  private static final int MAX_WORDS = 100_000;

  private final int words;
  private final double threshold;
  private final ContaminationIndex index;

  public ContaminationRule(RuleParameters parameters) {
    this(words(parameters), parameters.getDouble(THRESHOLD, NearDuplicateConfig.DEFAULTS.threshold(), 0.01, 1),
        null);
  }

  /** The 'words' parameter: 5 (shorter runs are common phrases) to 100,000. */
  private static int words(RuleParameters parameters) {
    long words = parameters.getLong(WORDS, ContaminationIndex.DEFAULT_RUN_WORDS, 5);
    if (words > MAX_WORDS) {
      throw new InvalidRuleConfigException(ID, WORDS, "must be at most " + MAX_WORDS + ", was " + words);
    }
    return (int) words;
  }

  private ContaminationRule(int words, double threshold, ContaminationIndex index) {
    this.words = words;
    this.threshold = threshold;
    this.index = index;
  }

  /** The shortest verbatim run that counts, in words. */
  public int words() {
    return words;
  }

  /** The near-duplicate parameters of this rule: the defaults with its threshold. */
  public NearDuplicateConfig nearDuplicates() {
    NearDuplicateConfig defaults = NearDuplicateConfig.DEFAULTS;
    return new NearDuplicateConfig(defaults.shingleWords(), defaults.bands(), defaults.rows(), threshold);
  }

  /** This rule checking against {@code index}, built with {@link #words} and {@link #nearDuplicates}. */
  public ContaminationRule against(ContaminationIndex index) {
    return new ContaminationRule(words, threshold, index);
  }

  /** Whether there is anything to check against. */
  public boolean active() {
    return index != null && index.documents() > 0;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    if (!active()) {
      return;
    }
    boolean lines = document.format() == Format.TEXT; // an HTML page's main text has no lines of the file
    for (ContaminationIndex.Match match : index.matches(document.text())) {
      int line = lines ? match.runLine() : 0;
      reporter.report(line, 0, message(match, lines));
    }
  }

  /** "contains a copy of jar!id (Jaccard 0.91; a verbatim run of 73 words at line 4); remove it, ...". */
  static String message(ContaminationIndex.Match match, boolean lines) {
    StringBuilder why = new StringBuilder();
    if (match.nearDuplicate()) {
      why.append(String.format(Locale.ROOT, "Jaccard %.2f", match.jaccard()));
    }
    if (match.runWords() > 0) {
      if (why.length() > 0) {
        why.append("; ");
      }
      why.append("a verbatim run of ").append(match.runWords()).append(" words ")
          .append(lines ? "at line " + match.runLine() : "in the main text");
    }
    return "contains a copy of " + match.corpus() + "!" + match.document() + " (" + why + "); remove it, or drop "
        + match.corpus() + " from 'against'";
  }
}
