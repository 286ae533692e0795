package dev.corpuskit.format;

import java.io.IOException;

/** A {@code manifest.tsv} that cannot be read. */
public final class InvalidManifestException extends IOException {

  private static final long serialVersionUID = 1L;

  public InvalidManifestException(String name, int line, String message) {
    super(Printable.escape(name + ":" + line + ": " + message));
  }
}
