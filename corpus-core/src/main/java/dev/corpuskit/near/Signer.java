package dev.corpuskit.near;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.Objects;

/**
 * Computes documents' {@link Signature}s: the MinHash (hash4j) of the {@link Shingles} of the
 * normalised text. Thread-safe: workers sign their documents in parallel and the ordered stage adds
 * the signatures to a {@link NearDuplicateIndex}.
 */
public final class Signer {

  private final NearDuplicateConfig config;
  private final SimilarityHashPolicy policy;

  public Signer(NearDuplicateConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.policy = policy(config);
  }

  /** The hash4j MinHash policy of {@code config}: {@code bands × rows} values of 64 bits. */
  static SimilarityHashPolicy policy(NearDuplicateConfig config) {
    return SimilarityHashing.minHash(config.signatureSize(), 64);
  }

  public NearDuplicateConfig config() {
    return config;
  }

  /** The signature of {@code text}; {@link Signature#TOO_SHORT} when it has fewer words than one shingle. */
  public Signature sign(CharSequence text) {
    long[] shingles = Shingles.hashes(text, config.shingleWords());
    if (shingles.length == 0) {
      return Signature.TOO_SHORT;
    }
    // A hasher holds scratch state: one per call keeps this thread-safe, and costs little beside shingling.
    return Signature.fromBytes(policy.createHasher().compute(ElementHashProvider.ofValues(shingles)));
  }
}
