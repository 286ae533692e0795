package dev.corpuskit.describe;

import dev.corpuskit.format.ManifestEntry;
import java.util.Arrays;
import java.util.List;

/**
 * The distribution of document lengths in words: quartiles, mean and a histogram over fixed buckets.
 *
 * @param count documents
 * @param total words in all
 * @param min the shortest document
 * @param p25 the first quartile (nearest rank)
 * @param median the median (nearest rank)
 * @param p75 the third quartile (nearest rank)
 * @param max the longest document
 * @param histogram documents per bucket of {@link #BUCKETS}
 */
public record LengthStats(int count, long total, int min, int p25, int median, int p75, int max, long[] histogram) {

  /** Lower bounds of the histogram's buckets, in words. */
  public static final int[] BUCKETS = {0, 50, 100, 200, 500, 1000, 2000, 5000, 10000};

  /** The statistics of the word counts of {@code entries}. */
  public static LengthStats of(List<ManifestEntry> entries) {
    int[] words = entries.stream().mapToInt(ManifestEntry::words).toArray();
    return of(words, words.length);
  }

  /** The statistics of the word counts {@code words[0..count)}, which this sorts in place. */
  public static LengthStats of(int[] words, int count) {
    Arrays.sort(words, 0, count);
    words = count == words.length ? words : Arrays.copyOf(words, count);
    long[] histogram = new long[BUCKETS.length];
    for (int w : words) {
      int bucket = BUCKETS.length - 1;
      while (w < BUCKETS[bucket]) {
        bucket--;
      }
      histogram[bucket]++;
    }
    if (words.length == 0) {
      return new LengthStats(0, 0, 0, 0, 0, 0, 0, histogram);
    }
    return new LengthStats(words.length, Arrays.stream(words).asLongStream().sum(), words[0],
        rank(words, 0.25), rank(words, 0.5), rank(words, 0.75), words[words.length - 1], histogram);
  }

  /** The mean length, rounded. */
  public long mean() {
    return count == 0 ? 0 : Math.round((double) total / count);
  }

  /** A bucket's label, such as {@code 100–199} or {@code ≥ 10000}. */
  public static String bucketLabel(int bucket) {
    return bucket == BUCKETS.length - 1 ? "≥ " + BUCKETS[bucket]
        : BUCKETS[bucket] + "–" + (BUCKETS[bucket + 1] - 1);
  }

  private static int rank(int[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LengthStats s && count == s.count && total == s.total && min == s.min
        && p25 == s.p25 && median == s.median && p75 == s.p75 && max == s.max
        && Arrays.equals(histogram, s.histogram);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new long[] {count, total, min, p25, median, p75, max}) * 31 + Arrays.hashCode(histogram);
  }

  @Override
  public String toString() {
    return "LengthStats[count=" + count + ", total=" + total + ", min=" + min + ", median=" + median
        + ", max=" + max + ", histogram=" + Arrays.toString(histogram) + "]";
  }
}
