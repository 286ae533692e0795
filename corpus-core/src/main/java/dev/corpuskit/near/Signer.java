package dev.corpuskit.near;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;
import java.util.Objects;

/**
 * Computes documents' {@link Signature}s: the minwise hash ({@link #policy}, hash4j) of the
 * {@link Shingles} of the normalised text. Thread-safe: workers sign their documents in parallel and the ordered stage adds
 * the signatures to a {@link NearDuplicateIndex}.
 */
public final class Signer {

  private final NearDuplicateConfig config;
  private final SimilarityHashPolicy policy;
  /**
   * Each thread's hasher: a hasher holds scratch state, so threads do not share one, and a thread
   * keeps its own rather than allocating that state per document.
   */
  private final ThreadLocal<SimilarityHasher> hashers;

  public Signer(NearDuplicateConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.policy = policy(config);
    this.hashers = ThreadLocal.withInitial(policy::createHasher);
  }

  /**
   * The hash4j minwise hashing policy of {@code config}: {@code bands × rows} values of 64 bits by
   * SuperMinHash (Ertl, 2017), its version pinned so that signatures stay comparable across hash4j
   * releases. Each value of two signatures agrees with probability the Jaccard similarity of the two
   * shingle sets, as with classic MinHash, but a set of {@code n} shingles costs about {@code n + k log² k}
   * steps instead of {@code n × k}: about 8 times less on articles of a few hundred words.
   */
  public static SimilarityHashPolicy policy(NearDuplicateConfig config) {
    return SimilarityHashing.superMinHash(config.signatureSize(), 64, SuperMinHashVersion.V1);
  }

  public NearDuplicateConfig config() {
    return config;
  }

  /** The signature of {@code text}; {@link Signature#TOO_SHORT} when it has fewer words than one shingle. */
  public Signature sign(CharSequence text) {
    // In text order, repeats kept: the minimum over them is that over the set (Shingles.inTextOrder).
    Shingles.InTextOrder shingles = Shingles.inTextOrderScratch(text, config.shingleWords());
    try {
      if (shingles.count() == 0) {
        return Signature.TOO_SHORT;
      }
      long[] hashes = shingles.hashes();
      int count = shingles.count();
      // compute gives a new array each call: the signature can keep it.
      return Signature.of(hashers.get().compute(new ElementHashProvider() {
        @Override
        public long getElementHash(int index) {
          return hashes[index];
        }

        @Override
        public int getNumberOfElements() {
          return count;
        }
      }));
    } finally {
      shingles.release();
    }
  }
}
