package dev.corpuskit.near;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the clusters of near-duplicate documents among those {@linkplain #add added}. A document's
 * word shingles ({@link Shingles}) get a MinHash signature of {@code bands × rows} 64-bit values
 * (hash4j); two documents whose signatures agree on all rows of at least one band are a candidate
 * pair, and a candidate counts only once the exact Jaccard similarity of their shingle sets reaches the
 * threshold, so no pair below it is ever reported, whatever the hashes did. The confirmed pairs are
 * joined into clusters by union-find; a cluster's representative is its smallest id in {@link
 * String#compareTo} order.
 *
 * <p>The result depends only on the set of documents, not on the order they were added in: the
 * documents are sorted by id before banding and clustering, and every list in the result is sorted.
 *
 * <p>Memory: everything (the shingle sets, the signatures and the band tables) is held in memory for
 * now, about {@code 8 × (shingles + bands × rows)} bytes per document; spilling the band keys to disk
 * and sorting them there is a later step. Not thread-safe.
 */
public final class NearDuplicateIndex {

  /** A member of a cluster and its exact Jaccard similarity to the cluster's representative. */
  public record Member(String id, double jaccard) {}

  /**
   * A cluster of at least two documents.
   *
   * @param representative the smallest id of the cluster
   * @param members every document of the cluster, the representative included (with 1.0), sorted by id
   */
  public record Cluster(String representative, List<Member> members) {
    public Cluster {
      members = List.copyOf(members);
    }
  }

  /** A confirmed pair, {@code first < second}, with its exact Jaccard similarity. */
  public record Pair(String first, String second, double jaccard) {}

  /**
   * What the index found.
   *
   * @param clusters the clusters, sorted by representative
   * @param pairs the confirmed pairs, sorted by first then second id
   * @param indexed the documents that had at least one shingle
   * @param tooShort the documents skipped for having fewer words than one shingle
   * @param candidates the distinct candidate pairs the bands gave, confirmed or not
   */
  public record Result(
      List<Cluster> clusters, List<Pair> pairs, int indexed, int tooShort, long candidates) {
    public Result {
      clusters = List.copyOf(clusters);
      pairs = List.copyOf(pairs);
    }
  }

  private static final Hasher64 BAND_HASHER = Hashing.komihash5_0();

  private final NearDuplicateConfig config;
  private final SimilarityHashPolicy policy;
  private final SimilarityHasher hasher;
  private final Map<String, Document> documents = new HashMap<>();
  private final Set<String> tooShort = new HashSet<>();

  private record Document(String id, long[] shingles, byte[] signature) {}

  public NearDuplicateIndex(NearDuplicateConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.policy = SimilarityHashing.minHash(config.signatureSize(), 64);
    this.hasher = policy.createHasher();
  }

  /**
   * Adds a document. A text with fewer words than one shingle (an empty one included) is counted as
   * too short and not indexed.
   *
   * @throws IllegalArgumentException if the id was already added
   */
  public void add(String id, CharSequence text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (documents.containsKey(id) || tooShort.contains(id)) {
      throw new IllegalArgumentException("Document " + id + " was already added");
    }
    long[] shingles = Shingles.hashes(text, config.shingleWords());
    if (shingles.length == 0) {
      tooShort.add(id);
      return;
    }
    byte[] signature = hasher.compute(ElementHashProvider.ofValues(shingles));
    documents.put(id, new Document(id, shingles, signature));
  }

  /** Bands, confirms and clusters the documents added so far. */
  public Result result() {
    Document[] docs = documents.values().toArray(new Document[0]);
    Arrays.sort(docs, Comparator.comparing(Document::id));
    int n = docs.length;
    int rows = config.rows();
    Set<Long> seen = new HashSet<>();
    List<int[]> confirmed = new ArrayList<>();
    List<Double> similarities = new ArrayList<>();
    byte[] key = new byte[rows * Long.BYTES];
    for (int band = 0; band < config.bands(); band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int d = 0; d < n; d++) {
        for (int r = 0; r < rows; r++) {
          long value = policy.getComponent(docs[d].signature(), band * rows + r);
          for (int b = 0; b < Long.BYTES; b++) {
            key[r * Long.BYTES + b] = (byte) (value >>> (8 * b));
          }
        }
        buckets.computeIfAbsent(BAND_HASHER.hashBytesToLong(key), k -> new ArrayList<>()).add(d);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int i = 0; i < bucket.size(); i++) {
          for (int j = i + 1; j < bucket.size(); j++) {
            int a = bucket.get(i);
            int b = bucket.get(j);
            if (seen.add((long) a * n + b)) {
              double jaccard = Shingles.jaccard(docs[a].shingles(), docs[b].shingles());
              if (jaccard >= config.threshold()) {
                confirmed.add(new int[] {a, b});
                similarities.add(jaccard);
              }
            }
          }
        }
      }
    }

    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<Pair> pairs = new ArrayList<>();
    for (int p = 0; p < confirmed.size(); p++) {
      int a = confirmed.get(p)[0];
      int b = confirmed.get(p)[1];
      pairs.add(new Pair(docs[a].id(), docs[b].id(), similarities.get(p)));
      int ra = find(parent, a);
      int rb = find(parent, b);
      // The smaller index, hence the smaller id, stays the root: the root is the representative.
      if (ra < rb) {
        parent[rb] = ra;
      } else if (rb < ra) {
        parent[ra] = rb;
      }
    }
    pairs.sort(Comparator.comparing(Pair::first).thenComparing(Pair::second));

    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int d = 0; d < n; d++) {
      groups.computeIfAbsent(find(parent, d), k -> new ArrayList<>()).add(d);
    }
    List<Cluster> clusters = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> group : groups.entrySet()) {
      if (group.getValue().size() < 2) {
        continue;
      }
      Document representative = docs[group.getKey()];
      List<Member> members = new ArrayList<>();
      for (int d : group.getValue()) {
        members.add(new Member(docs[d].id(),
            d == group.getKey() ? 1.0
                : Shingles.jaccard(representative.shingles(), docs[d].shingles())));
      }
      clusters.add(new Cluster(representative.id(), members));
    }
    return new Result(clusters, pairs, n, tooShort.size(), seen.size());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
