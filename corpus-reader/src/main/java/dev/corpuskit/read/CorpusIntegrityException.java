package dev.corpuskit.read;

import dev.corpuskit.format.Printable;

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

  private CorpusIntegrityException(String message, String entryPath, String expectedSha256, String listedSha256) {
    super(message);
    this.entryPath = entryPath;
    this.expectedBytes = -1;
    this.actualBytes = -1;
    this.expectedSha256 = expectedSha256;
    this.actualSha256 = listedSha256;
  }

  /**
   * {@code SHA256SUMS} disagrees with {@code manifest.tsv} about {@code entryPath}, or lacks it, or is
   * missing ({@code entryPath} is then {@code SHA256SUMS} itself). The sizes are -1; the hashes are the
   * manifest's and the one {@code SHA256SUMS} lists, or null where there is none.
   */
  static CorpusIntegrityException sha256sums(String corpusId, String entryPath, String problem,
      String manifestSha256, String listedSha256) {
    return new CorpusIntegrityException("corpus " + corpusId + ": " + entryPath + ": " + problem
        + "; the jar was modified or damaged: download or build it again", entryPath, manifestSha256, listedSha256);
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
