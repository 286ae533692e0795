package dev.corpuskit.pipeline;

import dev.corpuskit.format.Printable;

/** Two source files map to the same cleaned document, for example {@code a.txt} and {@code a.html}. */
public final class DuplicateDocumentIdException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public DuplicateDocumentIdException(String path, String first, String second) {
    super(Printable.escape("both " + first + " and " + second + " clean to " + path
        + "; rename one of them or leave it out with <excludes>"));
  }
}
