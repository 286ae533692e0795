package dev.corpuskit.pipeline;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.report.AuditDetail;
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
 * @param auditDetail how much of each change the cleaning audit keeps
 */
public record CorpusConfig(
    Path sourceDirectory,
    List<String> includes,
    List<String> excludes,
    ValidationConfig validation,
    CleanerConfig cleaning,
    AuditDetail auditDetail) {

  public CorpusConfig {
    Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(cleaning, "cleaning");
    Objects.requireNonNull(auditDetail, "auditDetail");
  }

  /** A configuration whose audit keeps {@link AuditDetail#EXCERPT excerpts} of the changed lines. */
  public CorpusConfig(Path sourceDirectory, List<String> includes, List<String> excludes,
      ValidationConfig validation, CleanerConfig cleaning) {
    this(sourceDirectory, includes, excludes, validation, cleaning, AuditDetail.EXCERPT);
  }

  /** This configuration with the audit at {@code detail}. */
  public CorpusConfig withAuditDetail(AuditDetail detail) {
    return new CorpusConfig(sourceDirectory, includes, excludes, validation, cleaning, detail);
  }

  /** Every file of {@code sourceDirectory}, default rules and steps, an audit of excerpts. */
  public static CorpusConfig defaults(Path sourceDirectory) {
    return new CorpusConfig(sourceDirectory, List.of(), List.of(), ValidationConfig.defaults(),
        CleanerConfig.defaults());
  }

  /** The scanner for these includes and excludes. */
  public CorpusScanner scanner() {
    return new CorpusScanner(includes, excludes);
  }
}
