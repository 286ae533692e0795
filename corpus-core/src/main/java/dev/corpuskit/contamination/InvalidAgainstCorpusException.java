package dev.corpuskit.contamination;

import dev.corpuskit.format.InvalidConfigurationException;
import java.nio.file.Path;

/**
 * A corpus to check against that cannot be used: the file is missing, is not a corpus jar (no
 * {@code index.properties}, hence no manifest), or cannot be read (corrupt, unsafe, failing its
 * checksums). A bad setting, not bad data: the setting key is {@value ContaminationIndex#SETTING}.
 */
public final class InvalidAgainstCorpusException extends InvalidConfigurationException {

  private static final long serialVersionUID = 1L;

  private final transient Path jar;

  InvalidAgainstCorpusException(Path jar, String problem, Throwable cause) {
    super(ContaminationIndex.SETTING, jar + " " + problem, cause);
    this.jar = jar;
  }

  /** The jar at fault, as given. */
  public Path jar() {
    return jar;
  }
}
