package dev.corpuskit.pipeline;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.source.CorpusScanner;
import dev.corpuskit.validate.ValidationConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a corpus is and how to treat it: the settings shared by validating and cleaning.
 *
 * @param sourceDirectory the corpus root
 * @param includes globs of files to take; empty means all
 * @param excludes globs of files to leave out
 * @param validation encoding and rule settings
 * @param cleaning which cleaning steps are off
 */
public record CorpusConfig(
    Path sourceDirectory,
    List<String> includes,
    List<String> excludes,
    ValidationConfig validation,
    CleanerConfig cleaning) {

  public CorpusConfig {
    Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(cleaning, "cleaning");
  }

  /** Every file of {@code sourceDirectory}, default rules and steps. */
  public static CorpusConfig defaults(Path sourceDirectory) {
    return new CorpusConfig(sourceDirectory, List.of(), List.of(), ValidationConfig.defaults(),
        CleanerConfig.defaults());
  }

  /** The scanner for these includes and excludes. */
  public CorpusScanner scanner() {
    return new CorpusScanner(includes, excludes);
  }
}
