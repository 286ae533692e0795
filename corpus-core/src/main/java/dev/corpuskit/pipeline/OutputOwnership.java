package dev.corpuskit.pipeline;

import java.nio.file.Path;

/**
 * Which output folders a cleaning run may take over. A run deletes only files that an earlier run
 * recorded as its own (in {@value OutputRecord#NAME} in the output folder), so a folder that holds other
 * files and no record is refused, unless it is adopted: by the user ({@code adopt}), or, for a folder
 * inside the build directory, by itself, as an earlier version of the tool left such folders without a
 * record.
 *
 * @param buildDirectory the build directory, whose subfolders are adopted without asking, their
 *     unrecorded {@code .txt} files deleted as an earlier version's stale output; null for none
 * @param adopt whether a folder of other files is taken over anyway; files it did not write are kept
 */
public record OutputOwnership(Path buildDirectory, boolean adopt) {

  /** Refuses every folder that holds files and no record. */
  public static OutputOwnership strict() {
    return new OutputOwnership(null, false);
  }

  /** Adopts the folders inside {@code buildDirectory} (not the folder itself). */
  public static OutputOwnership withinBuild(Path buildDirectory) {
    return new OutputOwnership(buildDirectory, false);
  }

  /** The same, adopting any folder when {@code yes}. */
  public OutputOwnership adopting(boolean yes) {
    return new OutputOwnership(buildDirectory, yes);
  }
}
