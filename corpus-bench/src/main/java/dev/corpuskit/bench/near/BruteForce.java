package dev.corpuskit.bench.near;

import dev.corpuskit.near.Shingles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The ground truth of the index: the exact Jaccard similarity of the shingle sets ({@link
 * Shingles#hashes}, the index's own shingling) of every pair of documents, with no blocking, no size
 * filter and no sampling, so that a pair the index misses cannot be missing here too.
 */
public final class BruteForce {

  /** A pair of documents, {@code first < second} by id, and their exact Jaccard similarity. */
  public record ExactPair(String first, String second, double jaccard) {

    /** The pair's key, the same whichever order the ids come in. */
    public static String key(String a, String b) {
      return a.compareTo(b) < 0 ? a + '\n' + b : b + '\n' + a;
    }

    public String key() {
      return key(first, second);
    }
  }

  private BruteForce() {}

  /** The shingle sets of {@code docs}, in order. */
  public static long[][] shingles(List<Doc> docs, int shingleWords) {
    return docs.parallelStream().map(d -> Shingles.hashes(d.text(), shingleWords)).toArray(long[][]::new);
  }

  /**
   * Every pair of {@code docs} whose exact Jaccard similarity is at least {@code minJaccard}, sorted by
   * first then second id. Compares all {@code n(n-1)/2} pairs (in parallel); the result does not
   * depend on the thread count.
   */
  public static List<ExactPair> pairs(List<Doc> docs, int shingleWords, double minJaccard) {
    long[][] shingles = shingles(docs, shingleWords);
    int n = docs.size();
    List<ExactPair> pairs = new ArrayList<>(IntStream.range(0, n).parallel().boxed().flatMap(i -> {
      List<ExactPair> row = new ArrayList<>();
      for (int j = i + 1; j < n; j++) {
        double jaccard = Shingles.jaccard(shingles[i], shingles[j]);
        if (jaccard >= minJaccard) {
          String a = docs.get(i).id();
          String b = docs.get(j).id();
          row.add(a.compareTo(b) < 0 ? new ExactPair(a, b, jaccard) : new ExactPair(b, a, jaccard));
        }
      }
      return row.stream();
    }).toList());
    pairs.sort(Comparator.comparing(ExactPair::first).thenComparing(ExactPair::second));
    return pairs;
  }
}
