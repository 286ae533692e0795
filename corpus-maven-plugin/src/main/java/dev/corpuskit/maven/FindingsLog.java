package dev.corpuskit.maven;

import dev.corpuskit.validate.Finding;
import dev.corpuskit.report.ValidationTotals;
import dev.corpuskit.validate.ValidationReport;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs findings as {@code <path>:<line>:<col>: <message> [<rule>]} at the level of their severity,
 * with paths relative to the project, then one summary line; and fails once, with the counts.
 */
final class FindingsLog {

  private final Log log;
  private final Path basedir;
  private final Path sourceDirectory;
  private final boolean failOnError;
  private final boolean failOnWarning;

  FindingsLog(Log log, Path basedir, Path sourceDirectory, boolean failOnError, boolean failOnWarning) {
    this.log = log;
    this.basedir = basedir.toAbsolutePath().normalize();
    this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
    this.failOnError = failOnError;
    this.failOnWarning = failOnWarning;
  }

  /** Logs every finding of {@code report} and its summary line. */
  void log(ValidationReport report, long millis) {
    for (Finding finding : report.findings()) {
      log(finding);
    }
    summary(ValidationTotals.of(report), millis);
  }

  /** Logs one finding at the level of its severity. */
  void log(Finding finding) {
    String line = displayPath(finding.file()) + finding.format().substring(finding.file().length());
    switch (finding.severity()) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      default -> log.info(line);
    }
  }

  /** Logs the summary line of a run. */
  void summary(ValidationTotals totals, long millis) {
    log.info(String.format("Corpus %s: %d documents, %d bytes, %d errors, %d warnings, %d infos in %d ms",
        displayDirectory(), totals.documents(), totals.bytes(), totals.errors(), totals.warnings(), totals.infos(),
        millis));
  }

  /**
   * Fails the build when the report has errors (or warnings, if so configured).
   *
   * @param reportFile the JSON report, named in the failure message
   */
  void failIfNeeded(ValidationReport report, Path reportFile) throws MojoFailureException {
    failIfNeeded(ValidationTotals.of(report), reportFile);
  }

  /** Fails the build when the totals have errors (or warnings, if so configured). */
  void failIfNeeded(ValidationTotals report, Path reportFile) throws MojoFailureException {
    long errors = report.errors();
    long warnings = report.warnings();
    boolean failErrors = failOnError && errors > 0;
    boolean failWarnings = failOnWarning && warnings > 0;
    if (failErrors || failWarnings) {
      throw new MojoFailureException(String.format(
          "Corpus validation failed: %d errors and %d warnings in %d documents of %s. Fix the files"
              + " named above (report: %s), change the rules' severities, or set %s=false.",
          errors, warnings, report.documents(), displayDirectory(), displayPath(reportFile),
          failErrors ? "corpus.failOnError" : "corpus.failOnWarning"));
    }
    if (errors > 0) {
      log.warn(errors + " corpus errors ignored because corpus.failOnError=false");
    }
  }

  private String displayDirectory() {
    return display(sourceDirectory);
  }

  private String displayPath(String relativeFile) {
    return display(sourceDirectory.resolve(relativeFile));
  }

  private String displayPath(Path file) {
    return display(file.toAbsolutePath().normalize());
  }

  private String display(Path path) {
    Path shown = path.startsWith(basedir) ? basedir.relativize(path) : path;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
