package dev.corpuskit.report;

import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import java.io.IOException;
import java.nio.file.Path;

/** {@code near-duplicates.json}: the clusters a run's near-duplicate rule found. */
public final class NearDuplicatesJson {

  /** The file's name in the reports directory. */
  public static final String FILE = "near-duplicates.json";

  private NearDuplicatesJson() {}

  /** Writes the clusters of {@code result}, found under {@code config}, into {@code reportsDirectory}. */
  public static void write(Path reportsDirectory, NearDuplicateConfig config, NearDuplicateIndex.Result result)
      throws IOException {
    // Written by the report's own implementation.
  }
}
