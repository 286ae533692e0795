package dev.corpuskit.pipeline;

import java.nio.file.Path;

/**
 * The output folder holds files that no cleaning run recorded as its own, and was not adopted: cleaning
 * into it would mix its files with them, and a later run could not tell them apart.
 */
public final class OutputNotOwnedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  public OutputNotOwnedException(Path directory, String example) {
    super("the output directory " + directory + " holds files that corpuskit did not write (" + example
        + ", and no " + OutputRecord.NAME + " record of an earlier clean); nothing was written or deleted."
        + " Choose an empty or new output directory, or adopt this one: cleaning then keeps every file it did"
        + " not write");
    this.directory = directory;
  }

  /** The refused folder. */
  public Path directory() {
    return directory;
  }
}
