package dev.corpuskit.pipeline;

import dev.corpuskit.format.Printable;

/**
 * Two source files map to the same cleaned document, for example {@code a.txt} and {@code a.html}: bad
 * input, not bad configuration. Says what to do without naming a front end's setting: the front end
 * adds how to leave a file out.
 */
public final class DuplicateDocumentIdException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public DuplicateDocumentIdException(String path, String first, String second) {
    super(Printable.escape("both " + first + " and " + second + " clean to " + path
        + "; rename one of them or leave one out of the selection"));
  }
}
