package dev.corpuskit.pipeline;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.source.CorpusScanner;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.rules.NearDuplicateRule;
import java.io.IOException;
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
 * @param minDocuments how many files the selection must take at least, else the run fails with
 *     {@link TooFewDocumentsException} before it reads or writes anything; 0 allows an empty corpus
 */
public record CorpusConfig(
    Path sourceDirectory,
    List<String> includes,
    List<String> excludes,
    ValidationConfig validation,
    CleanerConfig cleaning,
    AuditDetail auditDetail,
    int minDocuments) {

  public CorpusConfig {
    Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(cleaning, "cleaning");
    Objects.requireNonNull(auditDetail, "auditDetail");
    if (minDocuments < 0) {
      throw new InvalidConfigurationException("minDocuments", "minDocuments must be 0 or more: " + minDocuments);
    }
    if (cleaning.nearDuplicates() == NearDuplicateHandling.KEEP_REPRESENTATIVE
        && validation.rules().severityOf(RuleCatalog.find(NearDuplicateRule.ID).orElseThrow()) == Severity.OFF) {
      throw new InvalidConfigurationException(NearDuplicateHandling.SETTING, "keep-representative needs the "
          + NearDuplicateRule.ID + " rule, which is off: switch the rule on, or use report");
    }
  }

  /** A configuration that allows an empty corpus. */
  public CorpusConfig(Path sourceDirectory, List<String> includes, List<String> excludes,
      ValidationConfig validation, CleanerConfig cleaning, AuditDetail auditDetail) {
    this(sourceDirectory, includes, excludes, validation, cleaning, auditDetail, 0);
  }

  /**
   * A configuration whose audit keeps {@link AuditDetail#EXCERPT excerpts} of the changed lines, and
   * that allows an empty corpus.
   */
  public CorpusConfig(Path sourceDirectory, List<String> includes, List<String> excludes,
      ValidationConfig validation, CleanerConfig cleaning) {
    this(sourceDirectory, includes, excludes, validation, cleaning, AuditDetail.EXCERPT);
  }

  /** This configuration with the audit at {@code detail}. */
  public CorpusConfig withAuditDetail(AuditDetail detail) {
    return new CorpusConfig(sourceDirectory, includes, excludes, validation, cleaning, detail, minDocuments);
  }

  /** This configuration requiring at least {@code minimum} selected files. */
  public CorpusConfig withMinDocuments(int minimum) {
    return new CorpusConfig(sourceDirectory, includes, excludes, validation, cleaning, auditDetail, minimum);
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

  /**
   * The files of the corpus as {@link #scanner} selects them, with how many it left out.
   *
   * @throws TooFewDocumentsException when it selects fewer than {@link #minDocuments} files
   * @throws IOException when the directory cannot be listed
   */
  public CorpusScanner.Selection select() throws IOException {
    CorpusScanner.Selection selection = scanner().select(sourceDirectory);
    if (selection.files().size() < minDocuments) {
      throw TooFewDocumentsException.selected(this, selection);
    }
    return selection;
  }
}
