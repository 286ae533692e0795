package dev.corpuskit.pipeline;

import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.pack.ManifestWriter;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.report.CleaningJsonWriter;
import dev.corpuskit.report.ValidationJsonWriter;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A sink that streams a run's results to the reports directory: {@code validation.json} and, for a
 * cleaning run, {@code cleaning.json} and {@code manifest.tsv}. The files replace the old ones only on
 * {@link #finish}; closing without it leaves the old ones as they were.
 */
public final class ReportFiles implements RunSink, AutoCloseable {

  private final ValidationJsonWriter validation;
  private final CleaningJsonWriter cleaning;
  private final ManifestWriter manifest;

  private ReportFiles(ValidationJsonWriter validation, CleaningJsonWriter cleaning, ManifestWriter manifest) {
    this.validation = validation;
    this.cleaning = cleaning;
    this.manifest = manifest;
  }

  /** The report of a validation run. */
  public static ReportFiles forValidation(Path reportsDirectory, RuleConfig rules) throws IOException {
    return new ReportFiles(
        new ValidationJsonWriter(reportsDirectory.resolve(CorpusPackaging.VALIDATION_REPORT), rules), null, null);
  }

  /** The reports and manifest of a cleaning run of {@code steps}, its audit at {@code detail}. */
  public static ReportFiles forCleaning(Path reportsDirectory, RuleConfig rules, List<String> steps,
      AuditDetail detail) throws IOException {
    ValidationJsonWriter validation =
        new ValidationJsonWriter(reportsDirectory.resolve(CorpusPackaging.VALIDATION_REPORT), rules);
    try {
      return new ReportFiles(validation,
          new CleaningJsonWriter(reportsDirectory.resolve(CorpusPackaging.CLEANING_REPORT), steps, detail),
          new ManifestWriter(reportsDirectory.resolve(CorpusPackaging.MANIFEST)));
    } catch (IOException e) {
      validation.close();
      throw e;
    }
  }

  @Override
  public void finding(Finding finding) throws IOException {
    validation.add(finding);
  }

  @Override
  public void cleaned(ManifestEntry entry, DocumentAudit audit) throws IOException {
    manifest.add(entry);
    cleaning.add(audit);
  }

  /** Writes the totals and publishes the files. */
  public void finish(RunSummary summary) throws IOException {
    validation.finish(summary.validation());
    if (cleaning != null) {
      cleaning.finish(summary.cleaned(), summary.changesByStep());
      manifest.finish();
    }
  }

  @Override
  public void close() throws IOException {
    try (validation; cleaning; manifest) {
      // each closes, deleting what was not published
    }
  }
}
