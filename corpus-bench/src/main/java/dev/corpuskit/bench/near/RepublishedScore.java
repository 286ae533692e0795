package dev.corpuskit.bench.near;

import dev.corpuskit.bench.near.BruteForce.ExactPair;
import dev.corpuskit.bench.near.Republished.Version;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.near.Shingles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores what the index found among originals and their copies against the ground truth of
 * {@link Republished}: pairs of different articles are false positives, pairs of one article within
 * the bound are to be found, pairs of one article beyond the bound count neither way.
 */
public final class RepublishedScore {

  /** The class of a pair to find, for the breakdown. */
  public enum PairClass { TOUCHED_COPY_ORIGINAL, CUT_COPY_ORIGINAL, COPY_COPY }

  /**
   * The pairs to find of one class.
   *
   * @param pairs how many
   * @param meanJaccard their mean exact Jaccard
   * @param minJaccard the lowest
   * @param atThreshold those whose exact Jaccard reaches the threshold (the most any exact check finds)
   * @param found those the index reported
   */
  public record ClassRow(PairClass pairClass, int pairs, double meanJaccard, double minJaccard, int atThreshold,
      int found) {}

  /** The whole score and its breakdown. */
  public record Score(PairScore pairs, int reported, int beyondBound, List<ClassRow> classes) {}

  private RepublishedScore() {}

  /** Scores {@code result} of {@code versions} at {@code threshold}. */
  public static Score score(List<Version> versions, NearDuplicateIndex.Result result, int shingleWords,
      double threshold) {
    Map<String, Version> byId = new HashMap<>();
    versions.forEach(v -> byId.put(v.doc().id(), v));
    Set<String> reported = new HashSet<>();
    long falsePositives = 0;
    int beyond = 0;
    for (NearDuplicateIndex.Pair pair : result.pairs()) {
      Version a = byId.get(pair.first());
      Version b = byId.get(pair.second());
      reported.add(ExactPair.key(pair.first(), pair.second()));
      if (a.article() != b.article()) {
        falsePositives++;
      } else if (!a.shouldPair(b)) {
        beyond++;
      }
    }
    Map<Integer, List<Version>> byArticle = new HashMap<>();
    versions.forEach(v -> byArticle.computeIfAbsent(v.article(), k -> new ArrayList<>()).add(v));
    Map<String, long[]> shingles = new HashMap<>();
    int[] pairs = new int[PairClass.values().length];
    double[] sum = new double[pairs.length];
    double[] min = new double[pairs.length];
    java.util.Arrays.fill(min, 1);
    int[] atThreshold = new int[pairs.length];
    int[] found = new int[pairs.length];
    for (List<Version> group : byArticle.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          Version a = group.get(i);
          Version b = group.get(j);
          if (!a.shouldPair(b)) {
            continue;
          }
          int c = pairClass(a, b).ordinal();
          double jaccard = Shingles.jaccard(shingles(a, shingles, shingleWords), shingles(b, shingles, shingleWords));
          pairs[c]++;
          sum[c] += jaccard;
          min[c] = Math.min(min[c], jaccard);
          atThreshold[c] += jaccard >= threshold ? 1 : 0;
          found[c] += reported.contains(ExactPair.key(a.doc().id(), b.doc().id())) ? 1 : 0;
        }
      }
    }
    List<ClassRow> classes = new ArrayList<>();
    int allPairs = 0;
    int allFound = 0;
    for (PairClass c : PairClass.values()) {
      int k = c.ordinal();
      classes.add(new ClassRow(c, pairs[k], pairs[k] == 0 ? 0 : sum[k] / pairs[k], pairs[k] == 0 ? 0 : min[k],
          atThreshold[k], found[k]));
      allPairs += pairs[k];
      allFound += found[k];
    }
    return new Score(new PairScore(allFound, falsePositives, allPairs - allFound), result.pairs().size(), beyond,
        classes);
  }

  /** The class of a pair to find: an original with a touched or a cut copy, or two copies. */
  static PairClass pairClass(Version a, Version b) {
    boolean aOriginal = a.edit() == Republished.Edit.ORIGINAL;
    if (aOriginal == (b.edit() == Republished.Edit.ORIGINAL)) {
      return PairClass.COPY_COPY;
    }
    Version copy = aOriginal ? b : a;
    return copy.edit() == Republished.Edit.CUT ? PairClass.CUT_COPY_ORIGINAL : PairClass.TOUCHED_COPY_ORIGINAL;
  }

  private static long[] shingles(Version v, Map<String, long[]> cache, int shingleWords) {
    return cache.computeIfAbsent(v.doc().id(), id -> Shingles.hashes(v.doc().text(), shingleWords));
  }
}
