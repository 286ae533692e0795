package dev.corpuskit.bench.near;

/**
 * The pair counts of one scoring: pairs found that should be, found that should not be, and not found
 * that should be. A pair the ground truth does not care about (the same article, edits beyond the
 * bound) is in none of them.
 *
 * <p>Precision is 1 when nothing was found (nothing wrong was reported) and recall is 1 when nothing
 * was to be found, so that an empty set reads as perfect rather than as a division by zero.
 */
public record PairScore(long truePositives, long falsePositives, long falseNegatives) {

  public PairScore {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("pair counts must not be negative");
    }
  }

  /** The share of the counted found pairs that should have been found. */
  public double precision() {
    long found = truePositives + falsePositives;
    return found == 0 ? 1.0 : (double) truePositives / found;
  }

  /** The share of the pairs to find that were found. */
  public double recall() {
    long expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
