package dev.corpuskit.validate;

import dev.corpuskit.validate.rules.DuplicateRule;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The corpus-level state of duplicate detection: the first file seen with each text fingerprint, with
 * the SHA-256 of its source bytes and whether its text was extracted from a page and could be site
 * text ({@link DuplicateRule#mayBeSiteText}). Fed in sorted file order, so that the later file of a
 * pair is the one reported. Keeps about 100 bytes and a shared path reference per document. Not
 * thread-safe: used by the ordered stage of a run.
 */
public final class DuplicateIndex {

  private final Map<Key, First> firstByFingerprint = new HashMap<>();

  /**
   * Records {@code path}, whose source bytes have the SHA-256 {@code sourceSha256}, under
   * {@code fingerprint} ({@link DuplicateRule#fingerprint}); returns the earlier file with the same
   * text, if any, and what the match means.
   */
  public Optional<Match> add(byte[] fingerprint, byte[] sourceSha256, String path) {
    boolean siteText = DuplicateRule.mayBeSiteText(fingerprint);
    First first = firstByFingerprint.putIfAbsent(Key.of(fingerprint),
        new First(path, sourceSha256 == null ? null : Key.of(sourceSha256), siteText));
    return match(first, fingerprint, sourceSha256);
  }

  /**
   * The earlier file with the same text as {@code fingerprint}, if any, as {@link #add} gives it, but
   * without recording this one: a document that leaves the corpus (dropped by a rule) is no first
   * copy of a later one.
   */
  public Optional<Match> find(byte[] fingerprint, byte[] sourceSha256) {
    return match(firstByFingerprint.get(Key.of(fingerprint)), fingerprint, sourceSha256);
  }

  private static Optional<Match> match(First first, byte[] fingerprint, byte[] sourceSha256) {
    if (first == null) {
      return Optional.empty();
    }
    boolean siteText = DuplicateRule.mayBeSiteText(fingerprint);
    boolean sameSource = sourceSha256 != null && Key.of(sourceSha256).equals(first.source);
    return Optional.of(new Match(first.path, !sameSource && siteText && first.siteText));
  }

  /**
   * An earlier file with the same text.
   *
   * @param first its path
   * @param sameExtraction whether the two are different pages that gave the same short or unshaped
   *     text: a {@code same-extraction}, not a {@code duplicate}
   */
  public record Match(String first, boolean sameExtraction) {}

  private record First(String path, Key source, boolean siteText) {}

  /** A SHA-256 as four longs: no array, no hex string. */
  private record Key(long a, long b, long c, long d) {
    static Key of(byte[] sha256) {
      ByteBuffer buffer = ByteBuffer.wrap(sha256);
      return new Key(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
    }
  }
}
