package dev.corpuskit.report;

import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationReport;

/**
 * The totals of a validation run, without its findings.
 *
 * @param documents files validated
 * @param bytes their total size
 * @param errors findings of severity ERROR
 * @param warnings findings of severity WARNING
 * @param infos findings of severity INFO
 */
public record ValidationTotals(int documents, long bytes, long errors, long warnings, long infos) {

  /** The totals of {@code report}. */
  public static ValidationTotals of(ValidationReport report) {
    return new ValidationTotals(report.documents(), report.bytes(), report.count(Severity.ERROR),
        report.count(Severity.WARNING), report.count(Severity.INFO));
  }
}
