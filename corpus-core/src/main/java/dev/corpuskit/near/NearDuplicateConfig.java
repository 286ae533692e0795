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
