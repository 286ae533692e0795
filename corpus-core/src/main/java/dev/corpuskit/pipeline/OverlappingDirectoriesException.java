package dev.corpuskit.pipeline;

import dev.corpuskit.format.Printable;
import java.nio.file.Path;

/** The output directory is the source directory, or one lies inside the other. */
public final class OverlappingDirectoriesException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public OverlappingDirectoriesException(Path source, Path output) {
    super(Printable.escape("the output directory " + output + " overlaps the source directory " + source
        + "; sources are never overwritten: choose an output directory outside the corpus"));
  }
}
