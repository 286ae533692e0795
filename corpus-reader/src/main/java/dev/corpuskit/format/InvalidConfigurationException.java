package dev.corpuskit.format;

/**
 * A configuration value that cannot be used: an unknown cleaning step or language, a negative count, a
 * corpus version with a space. Carries the setting at fault as a machine-readable key, so that a
 * front end (the Maven plugin, a command line) can name the element or flag that sets it and how to
 * fix it, while the library names neither. It lives here, in the lowest package that both the corpus
 * metadata ({@link CorpusInfo}, {@link License}, {@link Source}) and the core's configuration records
 * use.
 *
 * <p>The keys are the settings' names in the library's records: {@code groupId}, {@code artifactId},
 * {@code version}, {@code title}, {@code description}, {@code homepage}, {@code license}, {@code source}
 * (corpus metadata); {@code disabledSteps}, {@code language}, {@code lexicon}, {@code auditDetail}, {@code minDocuments},
 * {@code threads}, {@code compressionLevel}, {@code outputTimestamp} (the core's configuration).
 */
public class InvalidConfigurationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String setting;

  /**
   * @param setting the setting at fault, one of the keys listed on this class
   * @param message what is wrong with its value, naming the value
   */
  public InvalidConfigurationException(String setting, String message) {
    super(message);
    this.setting = setting;
  }

  /**
   * @param setting the setting at fault, one of the keys listed on this class
   * @param message what is wrong with its value, naming the value
   * @param cause what refused it, or null
   */
  public InvalidConfigurationException(String setting, String message, Throwable cause) {
    super(message, cause);
    this.setting = setting;
  }

  /** The setting at fault, for example {@code language}. */
  public String setting() {
    return setting;
  }
}
