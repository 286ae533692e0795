package dev.corpuskit.validate.rules;

import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;
import java.util.Locale;
import java.util.Set;

/**
 * No two documents are near-copies: MinHash over word shingles of the normalised text, candidate pairs
 * from LSH bands, each confirmed by its exact Jaccard similarity, clusters by union-find
 * ({@link dev.corpuskit.near.NearDuplicateIndex}). Every member of a cluster but its representative
 * (the smallest source path) is reported, naming the representative.
 *
 * <p>A corpus-level rule that needs every document first: a run computes each document's signature on
 * its worker (from the parsed text, a page's main text, in both goals) and
 * clusters them once the last document is in; this rule checks nothing per document. Its parameters
 * are those of {@link NearDuplicateConfig}: {@code shingleWords}, {@code bands}, {@code rows} and
 * {@code threshold}.
 */
public final class NearDuplicateRule implements DocumentRule {

  public static final String ID = "near-duplicate";
  public static final String SHINGLE_WORDS = "shingleWords";
  public static final String BANDS = "bands";
  public static final String ROWS = "rows";
  public static final String THRESHOLD = "threshold";
  public static final Set<String> PARAMETERS = Set.of(SHINGLE_WORDS, BANDS, ROWS, THRESHOLD);

  private final NearDuplicateConfig config;

  /**
   * The rule with {@code parameters}, each defaulting to {@link NearDuplicateConfig#DEFAULTS}; when
   * neither {@code bands} nor {@code rows} is given, they follow the threshold
   * ({@link NearDuplicateConfig#forThreshold}: 14 × 8 at 0.8, 22 × 5 at 0.7).
   *
   * @throws InvalidRuleConfigException naming the parameter when a value is not a number or out of range
   */
  public NearDuplicateRule(RuleParameters parameters) {
    NearDuplicateConfig defaults = NearDuplicateConfig.DEFAULTS;
    int shingleWords = (int) within(parameters, SHINGLE_WORDS, defaults.shingleWords(), 64);
    int bands = (int) within(parameters, BANDS, defaults.bands(), 1024);
    int rows = (int) within(parameters, ROWS, defaults.rows(), 64);
    double threshold = parameters.getDouble(THRESHOLD, defaults.threshold(), 0, 1);
    if (threshold == 0) {
      throw new InvalidRuleConfigException(ID, THRESHOLD,
          "must be a Jaccard similarity above 0 and at most 1, was 0.0");
    }
    boolean bandsGiven = parameters.getString(BANDS).isPresent() || parameters.getString(ROWS).isPresent();
    try {
      // With only the threshold set, the bands follow it, so that setting 0.7 alone finds pairs at 0.7.
      this.config = bandsGiven ? new NearDuplicateConfig(shingleWords, bands, rows, threshold)
          : NearDuplicateConfig.forThreshold(shingleWords, threshold);
    } catch (InvalidConfigurationException e) {
      throw new InvalidRuleConfigException(ID, "parameters", e.getMessage()); // checked above: not reached
    }
  }

  private static long within(RuleParameters parameters, String name, long defaultValue, long max) {
    long value = parameters.getLong(name, defaultValue, 1);
    if (value > max) {
      throw new InvalidRuleConfigException(ID, name, "must be at most " + max + ", was " + value);
    }
    return value;
  }

  /** The detection's parameters. */
  public NearDuplicateConfig config() {
    return config;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    // Judged once the whole corpus is signed: see the class comment.
  }

  /**
   * The finding's message for a document whose shingles are {@code jaccard} alike to those of
   * {@code representative}, under {@code config}.
   */
  public static String message(String representative, double jaccard, NearDuplicateConfig config) {
    return String.format(Locale.ROOT, "near-duplicate of %s (Jaccard %.2f over %d-word shingles); keep one,"
        + " or set nearDuplicates to keep-representative", representative,
        Math.floor(jaccard * 100) / 100, config.shingleWords());
  }
}
