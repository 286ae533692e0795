package dev.corpuskit.bench.near;

import dev.corpuskit.bench.near.BruteForce.ExactPair;
import dev.corpuskit.near.NearDuplicateIndex;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index's pairs scored against the brute-force truth of the same documents: which pairs at or
 * above the threshold it found, and whether it reported any below.
 */
public final class Comparison {

  /** Lower bounds of the exact-Jaccard buckets of {@link Row#bucketPairs}; the last runs to 1. */
  public static final double[] BUCKETS = {0.70, 0.75, 0.80, 0.85, 0.90, 0.95};

  /**
   * One set at one threshold.
   *
   * @param expected the pairs at or above the threshold by brute force
   * @param found those among them the index reported
   * @param sameCluster those whose two documents ended in one cluster (found directly or through others)
   * @param reportedBelow pairs the index reported whose exact Jaccard is below the threshold
   * @param candidates the distinct candidate pairs of the LSH bands
   * @param bucketPairs the expected pairs per bucket of {@link #BUCKETS}
   * @param bucketFound the found pairs per bucket
   */
  public record Row(String set, int documents, double threshold, int expected, int found, int sameCluster,
      int reportedBelow, long candidates, int[] bucketPairs, int[] bucketFound) {

    public double recall() {
      return new PairScore(found, 0, expected - found).recall();
    }
  }

  private Comparison() {}

  /**
   * Scores {@code result}, found over {@code documents} documents with {@code threshold}, against
   * {@code truth}: every pair of the same documents with exact Jaccard at or above {@code threshold} (or
   * lower: the pairs below are left out here).
   */
  public static Row compare(String set, int documents, List<ExactPair> truth,
      NearDuplicateIndex.Result result, double threshold) {
    Set<String> reported = new HashSet<>();
    result.pairs().forEach(p -> reported.add(ExactPair.key(p.first(), p.second())));
    Map<String, String> clusterOf = new HashMap<>();
    for (NearDuplicateIndex.Cluster cluster : result.clusters()) {
      cluster.members().forEach(m -> clusterOf.put(m.id(), cluster.representative()));
    }
    int expected = 0;
    int found = 0;
    int sameCluster = 0;
    int[] bucketPairs = new int[BUCKETS.length];
    int[] bucketFound = new int[BUCKETS.length];
    for (ExactPair pair : truth) {
      if (pair.jaccard() < threshold) {
        continue;
      }
      expected++;
      boolean hit = reported.contains(pair.key());
      found += hit ? 1 : 0;
      String cluster = clusterOf.get(pair.first());
      sameCluster += cluster != null && cluster.equals(clusterOf.get(pair.second())) ? 1 : 0;
      int bucket = bucket(pair.jaccard());
      if (bucket >= 0) {
        bucketPairs[bucket]++;
        bucketFound[bucket] += hit ? 1 : 0;
      }
    }
    // Every pair at or above the threshold is expected, so a reported pair that is not is below it.
    return new Row(set, documents, threshold, expected, found, sameCluster, reported.size() - found,
        result.candidates(), bucketPairs, bucketFound);
  }

  /** The bucket of {@code jaccard}; -1 below the first. */
  static int bucket(double jaccard) {
    for (int b = BUCKETS.length - 1; b >= 0; b--) {
      if (jaccard >= BUCKETS[b]) {
        return b;
      }
    }
    return -1;
  }

  /** The probability that a pair of Jaccard {@code s} shares a band: {@code 1 - (1 - s^rows)^bands}. */
  public static double candidateProbability(double s, int bands, int rows) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
