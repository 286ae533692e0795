package dev.corpuskit.maven;

import dev.corpuskit.report.ValidationTotals;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs findings as {@code <path>:<line>:<col>: <message> [<rule>]} at the level of their severity,
 * one line each whatever the names (control characters are escaped, see {@link Escaped}),
 * with paths relative to the project, then one summary line; and fails once, with the counts. At most
 * {@code maxLogged} findings of each severity are logged, the first in file order: a corpus with a
 * warning in thousands of files gets a readable log, and the report holds every finding.
 */
final class FindingsLog {

  private final Log log;
  private final Path basedir;
  private final Path sourceDirectory;
  private final boolean failOnError;
  private final boolean failOnWarning;
  private final int maxLogged;
  private final long[] logged = new long[Severity.values().length];
  private final long[] notLogged = new long[Severity.values().length];

  /** @param maxLogged the findings of each severity to log at most; -1 for all */
  FindingsLog(Log log, Path basedir, Path sourceDirectory, boolean failOnError, boolean failOnWarning,
      int maxLogged) {
    this.log = Escaped.log(log);
    this.basedir = basedir.toAbsolutePath().normalize();
    this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
    this.failOnError = failOnError;
    this.failOnWarning = failOnWarning;
    this.maxLogged = maxLogged;
  }

  /** Logs one finding at the level of its severity, unless as many of that severity are logged already. */
  void log(Finding finding) {
    if (finding.detail() != null && log.isDebugEnabled()) {
      // The stack trace of an internal error: for the bug report, whatever the cap on findings.
      log.debug(finding.format() + "\n" + finding.detail());
    }
    int severity = finding.severity().ordinal();
    if (maxLogged >= 0 && logged[severity] >= maxLogged) {
      notLogged[severity]++;
      return;
    }
    logged[severity]++;
    String line = finding.format(displayPath(finding.file()));
    switch (finding.severity()) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      default -> log.info(line);
    }
  }

  /**
   * Logs the summary line of a run, and how many findings were not logged, if any, naming
   * {@code reportFile}, which holds them all.
   */
  void summary(ValidationTotals totals, long millis, Path reportFile) {
    log.info(String.format("Corpus %s: %d documents, %d bytes, %d errors, %d warnings, %d infos in %d ms",
        displayDirectory(), totals.documents(), totals.bytes(), totals.errors(), totals.warnings(), totals.infos(),
        millis));
    List<String> counts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      long count = notLogged[severity.ordinal()];
      if (count > 0) {
        counts.add(count + " " + severity.name().toLowerCase(Locale.ROOT) + (count == 1 ? "" : "s"));
      }
    }
    if (!counts.isEmpty()) {
      String message = String.format("Logged the first %d findings of each severity; not logged: %s. Every"
          + " finding is in %s; corpus.maxLoggedFindings=-1 logs them all", maxLogged, String.join(", ", counts),
          displayPath(reportFile));
      if (notLogged[Severity.ERROR.ordinal()] == 0 && notLogged[Severity.WARNING.ordinal()] == 0) {
        log.info(message);
      } else {
        log.warn(message);
      }
    }
  }

  /** Fails the build when the totals have errors (or warnings, if so configured). */
  void failIfNeeded(ValidationTotals report, Path reportFile) throws MojoFailureException {
    long errors = report.errors();
    long warnings = report.warnings();
    boolean failErrors = failOnError && errors > 0;
    boolean failWarnings = failOnWarning && warnings > 0;
    if (failErrors || failWarnings) {
      throw Escaped.failure(new MojoFailureException(String.format(
          "Corpus validation failed: %d errors and %d warnings in %d documents of %s. Fix the files"
              + " named above (report: %s), change the rules' severities, or set %s=false.",
          errors, warnings, report.documents(), displayDirectory(), displayPath(reportFile),
          failErrors ? "corpus.failOnError" : "corpus.failOnWarning")));
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
