package dev.corpuskit.near;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
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

  public Signer(NearDuplicateConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.policy = policy(config);
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
    long[] shingles = Shingles.inTextOrder(text, config.shingleWords());
    if (shingles.length == 0) {
      return Signature.TOO_SHORT;
    }
    // A hasher holds scratch state: one per call keeps this thread-safe, and costs little beside shingling.
    return Signature.of(policy.createHasher().compute(ElementHashProvider.ofValues(shingles)));
  }
}
