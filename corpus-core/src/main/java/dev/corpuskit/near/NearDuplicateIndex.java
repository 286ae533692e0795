package dev.corpuskit.near;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
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
 * Finds the clusters of near-duplicate documents among those {@linkplain #add added}. Each document
 * comes as its {@link Signature} ({@link Signer}: MinHash over word shingles, {@code bands × rows}
 * 64-bit values); two documents whose signatures agree on all rows of at least one band are a
 * candidate pair, and a candidate counts only once the exact Jaccard similarity of their shingle sets
 * reaches the threshold, so no pair below it is ever reported, whatever the hashes did. The shingle
 * sets are not kept: {@link #result} asks a {@link TextLookup} for the texts of the candidates only.
 * The confirmed pairs are joined into clusters by union-find; a cluster's representative is its
 * smallest id in {@link String#compareTo} order.
 *
 * <p>The result depends only on the set of documents, not on the order they were added in: the
 * documents are sorted by id before banding and clustering, and every list in the result is sorted.
 *
 * <p>Scratch files, if any, go to the folder given at construction and are deleted by {@link #close}.
 * Not thread-safe.
 */
public final class NearDuplicateIndex implements Closeable {

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

  /** The text of an added document, read again to confirm a candidate pair. */
  @FunctionalInterface
  public interface TextLookup {
    /** The text {@code id} was signed from. */
    CharSequence text(String id) throws IOException;
  }

  private static final Hasher64 BAND_HASHER = Hashing.komihash5_0();

  private final NearDuplicateConfig config;
  private final SimilarityHashPolicy policy;
  private final Map<String, Signature> documents = new HashMap<>();
  private final Set<String> tooShort = new HashSet<>();

  /**
   * An empty index.
   *
   * @param config the parameters, those the signatures were computed with
   * @param scratchDirectory where scratch files may be written (an existing folder)
   */
  public NearDuplicateIndex(NearDuplicateConfig config, Path scratchDirectory) {
    this.config = Objects.requireNonNull(config, "config");
    Objects.requireNonNull(scratchDirectory, "scratchDirectory");
    this.policy = Signer.policy(config);
  }

  /**
   * Adds a document by its signature. A {@linkplain Signature#tooShort too short} one is counted, not
   * indexed.
   *
   * @throws IllegalArgumentException if the id was already added, or the signature is not of this
   *     index's size
   */
  public void add(String id, Signature signature) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(signature, "signature");
    if (documents.containsKey(id) || tooShort.contains(id)) {
      throw new IllegalArgumentException("Document " + id + " was already added");
    }
    if (signature.tooShort()) {
      tooShort.add(id);
      return;
    }
    if (signature.bytes().length != config.signatureSize() * Long.BYTES) {
      throw new IllegalArgumentException("The signature of " + id + " has " + signature.bytes().length
          + " bytes, not the " + config.signatureSize() * Long.BYTES + " of " + config);
    }
    documents.put(id, signature);
  }

  @Override
  public void close() {
    documents.clear();
    tooShort.clear();
  }

  /**
   * Bands, confirms and clusters the documents added so far, reading the texts of the candidate
   * pairs' documents from {@code texts}.
   *
   * @throws IOException when {@code texts} cannot give a text
   */
  public Result result(TextLookup texts) throws IOException {
    String[] ids = documents.keySet().toArray(new String[0]);
    Arrays.sort(ids);
    int n = ids.length;
    Map<Integer, long[]> shingles = new HashMap<>();
    int rows = config.rows();
    Set<Long> seen = new HashSet<>();
    List<int[]> confirmed = new ArrayList<>();
    List<Double> similarities = new ArrayList<>();
    byte[] key = new byte[rows * Long.BYTES];
    for (int band = 0; band < config.bands(); band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int d = 0; d < n; d++) {
        for (int r = 0; r < rows; r++) {
          long value = policy.getComponent(documents.get(ids[d]).bytes(), band * rows + r);
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
              double jaccard = Shingles.jaccard(shingles(a, ids, texts, shingles), shingles(b, ids, texts, shingles));
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
      pairs.add(new Pair(ids[a], ids[b], similarities.get(p)));
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
      int representative = group.getKey();
      List<Member> members = new ArrayList<>();
      for (int d : group.getValue()) {
        members.add(new Member(ids[d], d == representative ? 1.0
            : Shingles.jaccard(shingles(representative, ids, texts, shingles), shingles(d, ids, texts, shingles))));
      }
      clusters.add(new Cluster(ids[representative], members));
    }
    return new Result(clusters, pairs, n, tooShort.size(), seen.size());
  }

  /** The shingles of document {@code d}, computed from its text once. */
  private long[] shingles(int d, String[] ids, TextLookup texts, Map<Integer, long[]> computed)
      throws IOException {
    long[] known = computed.get(d);
    if (known == null) {
      CharSequence text = texts.text(ids[d]);
      if (text == null) {
        throw new IOException("No text for document " + ids[d] + " to confirm a near-duplicate pair");
      }
      known = Shingles.hashes(text, config.shingleWords());
      computed.put(d, known);
    }
    return known;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
