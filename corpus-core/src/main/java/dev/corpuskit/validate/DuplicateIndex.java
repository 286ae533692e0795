package dev.corpuskit.validate;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The corpus-level state of duplicate detection: the first file seen with each content fingerprint.
 * Fed in sorted file order, so that the later file of a pair is the one reported. Keeps 32 bytes and
 * a shared path reference per document. Not thread-safe: used by the ordered stage of a run.
 */
public final class DuplicateIndex {

  private final Map<Key, String> firstByFingerprint = new HashMap<>();

  /** Records {@code path} under {@code fingerprint}; returns the earlier file with it, if any. */
  public Optional<String> add(byte[] fingerprint, String path) {
    return Optional.ofNullable(firstByFingerprint.putIfAbsent(Key.of(fingerprint), path));
  }

  /** A SHA-256 fingerprint as four longs: no array, no hex string. */
  private record Key(long a, long b, long c, long d) {
    static Key of(byte[] sha256) {
      ByteBuffer buffer = ByteBuffer.wrap(sha256);
      return new Key(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
    }
  }
}
