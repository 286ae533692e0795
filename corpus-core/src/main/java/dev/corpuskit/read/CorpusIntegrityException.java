package dev.corpuskit.read;

import dev.corpuskit.text.Printable;

/**
 * A document whose bytes differ from its {@code manifest.tsv} entry: the jar was modified or damaged.
 * Unchecked, so that it passes through {@link CorpusReader#stream()} unchanged.
 */
public final class CorpusIntegrityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String entryPath;
  private final long expectedBytes;
  private final long actualBytes;
  private final String expectedSha256;
  private final String actualSha256;

  /**
   * @param corpusId the corpus
   * @param entryPath the document's entry in the jar
   * @param expectedSha256 from the manifest
   * @param actualSha256 of the bytes read, or null when only sizes were checked
   */
  public CorpusIntegrityException(String corpusId, String entryPath, long expectedBytes, long actualBytes,
      String expectedSha256, String actualSha256) {
    super(Printable.escape("corpus " + corpusId + ": " + entryPath + " does not match manifest.tsv: expected "
        + (actualSha256 == null
            ? expectedBytes + " bytes, found " + actualBytes + " bytes (size check only)"
            : expectedBytes + " bytes with SHA-256 " + expectedSha256 + ", found " + actualBytes
                + " bytes with SHA-256 " + actualSha256)));
    this.entryPath = entryPath;
    this.expectedBytes = expectedBytes;
    this.actualBytes = actualBytes;
    this.expectedSha256 = expectedSha256;
    this.actualSha256 = actualSha256;
  }

  public String entryPath() {
    return entryPath;
  }

  public long expectedBytes() {
    return expectedBytes;
  }

  public long actualBytes() {
    return actualBytes;
  }

  public String expectedSha256() {
    return expectedSha256;
  }

  /** Null when only the size was checked. */
  public String actualSha256() {
    return actualSha256;
  }
}
