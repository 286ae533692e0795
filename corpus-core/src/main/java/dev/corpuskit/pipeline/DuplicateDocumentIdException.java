package dev.corpuskit.pipeline;

/** Two source files map to the same cleaned document, for example {@code a.txt} and {@code a.html}. */
public final class DuplicateDocumentIdException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public DuplicateDocumentIdException(String path, String first, String second) {
    super("both " + first + " and " + second + " clean to " + path
        + "; rename one of them or leave it out with <excludes>");
  }
}
