package dev.corpuskit.format;

import java.io.IOException;

/**
 * A path inside a corpus (a manifest entry's path, an extra file's name, the corpus folder of
 * {@code index.properties}) that could escape its folder or that other platforms would read differently.
 */
public final class UnsafePathException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String path;

  public UnsafePathException(String where, String path) {
    super(Printable.escape(where + ": unsafe path '" + path + "': " + CorpusLayout.SAFE_PATH_RULE));
    this.path = path;
  }

  /** The rejected path, as found. */
  public String path() {
    return path;
  }
}
