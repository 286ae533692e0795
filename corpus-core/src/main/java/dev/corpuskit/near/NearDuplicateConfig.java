package dev.corpuskit.near;

import dev.corpuskit.format.InvalidConfigurationException;

/**
 * The parameters of near-duplicate detection. The defaults follow the pipelines users compare us with
 * (datatrove, text-dedup): 5-word shingles, 112 MinHash values as 14 bands of 8 rows, and a Jaccard
 * threshold of 0.8 that every reported pair is checked against exactly.
 *
 * <p>With {@code b} bands of {@code r} rows, a pair of Jaccard similarity {@code s} becomes a candidate
 * with probability {@code 1 - (1 - s^r)^b}: about 0.92 at 0.8 and 0.99 at 0.85 with the defaults.
 *
 * @param shingleWords words per shingle, 1 to 64
 * @param bands LSH bands, 1 to 1,024
 * @param rows MinHash values per band, 1 to 64
 * @param threshold the exact Jaccard similarity a pair must reach to count, in (0, 1]
 * @throws InvalidConfigurationException with the setting {@code near-duplicate} if a value is out of
 *     range
 */
public record NearDuplicateConfig(int shingleWords, int bands, int rows, double threshold) {

  /** The setting key of every error raised here. */
  public static final String SETTING = "near-duplicate";

  /** The defaults: 5-word shingles, 14 bands × 8 rows, threshold 0.8. */
  public static final NearDuplicateConfig DEFAULTS = new NearDuplicateConfig(5, 14, 8, 0.8);

  public NearDuplicateConfig {
    check(shingleWords >= 1 && shingleWords <= 64,
        "shingle words must be 1 to 64, not " + shingleWords);
    check(bands >= 1 && bands <= 1024, "bands must be 1 to 1024, not " + bands);
    check(rows >= 1 && rows <= 64, "rows must be 1 to 64, not " + rows);
    check(threshold > 0 && threshold <= 1,
        "threshold must be a Jaccard similarity above 0 and at most 1, not " + threshold);
  }

  /**
   * The configuration for {@code threshold} when only it (and the shingle length) is set: the same
   * budget of MinHash values as the defaults ({@code 14 × 8 = 112}) cut into the most rows per band
   * (so the fewest chance candidates) that still make a pair at exactly the threshold a candidate
   * at least as often as the defaults make one at 0.8 ({@link #candidateProbability}, about 0.92).
   * At 0.8 that is the defaults' 14 × 8; at 0.7, 22 × 5; at 0.9, 9 × 12. Candidates are confirmed by
   * their exact Jaccard, so more candidates cost time, never precision.
   */
  public static NearDuplicateConfig forThreshold(int shingleWords, double threshold) {
    double target = DEFAULTS.candidateProbability(DEFAULTS.threshold());
    int budget = DEFAULTS.signatureSize();
    for (int rows = Math.min(64, budget); rows > 1; rows--) {
      int bands = budget / rows;
      NearDuplicateConfig config = new NearDuplicateConfig(shingleWords, bands, rows, threshold);
      if (config.candidateProbability(threshold) >= target - 1e-12) {
        return config;
      }
    }
    return new NearDuplicateConfig(shingleWords, budget, 1, threshold);
  }

  /**
   * The probability that a pair of Jaccard similarity {@code jaccard} becomes a candidate: {@code
   * 1 - (1 - jaccard^rows)^bands}.
   */
  public double candidateProbability(double jaccard) {
    return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
  }

  /** The MinHash values per signature: bands × rows. */
  public int signatureSize() {
    return bands * rows;
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new InvalidConfigurationException(SETTING, problem);
    }
  }
}
