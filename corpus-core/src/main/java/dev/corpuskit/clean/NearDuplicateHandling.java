package dev.corpuskit.clean;

import dev.corpuskit.format.InvalidConfigurationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a cleaning run does with the near-duplicates the {@code near-duplicate} rule finds: report them
 * only, or keep one document of each cluster (its representative, the smallest source path) and leave
 * the others out of the cleaned corpus, its manifest and its jar, each audited in {@code cleaning.json}.
 */
public enum NearDuplicateHandling {
  /** Report each copy as a finding; the corpus keeps every document (the default). */
  REPORT("report"),
  /** Report each copy, and keep only the representative of each cluster in the corpus. */
  KEEP_REPRESENTATIVE("keep-representative");

  /** The setting key of a bad value. */
  public static final String SETTING = "nearDuplicates";

  private final String id;

  NearDuplicateHandling(String id) {
    this.id = id;
  }

  /** The id as configured: {@code report} or {@code keep-representative}. */
  public String id() {
    return id;
  }

  /**
   * The handling named {@code id} (case and surrounding blanks ignored).
   *
   * @throws InvalidConfigurationException with the setting {@code nearDuplicates} for another value
   */
  public static NearDuplicateHandling of(String id) {
    String wanted = id == null ? "" : id.strip();
    for (NearDuplicateHandling handling : values()) {
      if (handling.id.equalsIgnoreCase(wanted)) {
        return handling;
      }
    }
    throw new InvalidConfigurationException(SETTING, "'" + id + "' is not one of "
        + Arrays.stream(values()).map(NearDuplicateHandling::id).collect(Collectors.joining(", ")));
  }
}
