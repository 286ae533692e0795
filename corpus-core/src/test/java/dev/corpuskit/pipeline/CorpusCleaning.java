package dev.corpuskit.pipeline;

import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates and cleans a corpus into an output directory and returns the whole result in memory (see
 * {@link CorpusRun#clean}, which streams it instead). Documents with ERROR findings are not written.
 * Files left in the output directory by an earlier run that this run did not write are removed, so
 * that the directory always matches the returned manifest. Sources are only read.
 */
public final class CorpusCleaning {

  private CorpusCleaning() {}

  /**
   * Cleans the corpus of {@code config} into {@code outputDirectory}.
   *
   * @throws OverlappingDirectoriesException when the output would be written into the sources
   * @throws DuplicateDocumentIdException when two sources clean to the same file
   * @throws IOException when a file cannot be read or written
   */
  public static CleanResult run(CorpusConfig config, Path outputDirectory) throws IOException {
    return run(config, RunOptions.defaults(), outputDirectory);
  }

  /** Cleans as {@link #run(CorpusConfig, Path)} does, as {@code options} say. */
  public static CleanResult run(CorpusConfig config, RunOptions options, Path outputDirectory) throws IOException {
    List<Finding> findings = new ArrayList<>();
    List<ManifestEntry> entries = new ArrayList<>();
    List<DocumentAudit> audits = new ArrayList<>();
    RunSummary summary = CorpusRun.clean(config, options, outputDirectory, new RunSink() {
      @Override
      public void finding(Finding finding) {
        findings.add(finding);
      }

      @Override
      public void cleaned(ManifestEntry entry, DocumentAudit audit) {
        entries.add(entry);
        audits.add(audit);
      }
    });
    ValidationReport validation =
        new ValidationReport(summary.validation().documents(), summary.validation().bytes(), findings);
    return new CleanResult(validation, new Manifest(entries), audits, summary.steps(), config.auditDetail());
  }
}
