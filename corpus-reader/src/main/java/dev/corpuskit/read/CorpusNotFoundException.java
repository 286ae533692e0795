package dev.corpuskit.read;

import dev.corpuskit.format.Printable;
import java.io.IOException;

/** No corpus with the requested id on the classpath, or a file that is not a corpus jar. */
public final class CorpusNotFoundException extends IOException {

  private static final long serialVersionUID = 1L;

  public CorpusNotFoundException(String message) {
    super(Printable.escape(message));
  }
}
