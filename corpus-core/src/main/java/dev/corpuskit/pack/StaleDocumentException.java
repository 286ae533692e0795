package dev.corpuskit.pack;

import dev.corpuskit.format.Printable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A cleaned document whose bytes no longer match its manifest entry: the cleaned output is stale or
 * was edited after the manifest was written.
 */
public final class StaleDocumentException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String expectedSha256;
  private final String actualSha256;

  public StaleDocumentException(
      String path, Path file, long expectedBytes, long actualBytes, String expectedSha256, String actualSha256) {
    super(Printable.escape(file + " (manifest path " + path + ") does not match manifest.tsv: expected " + expectedBytes
        + " bytes with SHA-256 " + expectedSha256 + ", found " + actualBytes + " bytes with SHA-256 "
        + actualSha256 + "; clean the corpus again to refresh the manifest"));
    this.path = path;
    this.expectedSha256 = expectedSha256;
    this.actualSha256 = actualSha256;
  }

  /** The document's path in the manifest. */
  public String path() {
    return path;
  }

  public String expectedSha256() {
    return expectedSha256;
  }

  public String actualSha256() {
    return actualSha256;
  }
}
