package dev.corpuskit.pipeline;

import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.validate.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of cleaning a corpus.
 *
 * @param validation the findings of the validation that ran first
 * @param manifest the cleaned documents written; documents with errors are absent
 * @param audits what cleaning changed, per cleaned document
 * @param steps the ids of the steps that ran, in order
 * @param auditDetail how much of each change the audits keep
 */
public record CleanResult(ValidationReport validation, Manifest manifest, List<DocumentAudit> audits,
    List<String> steps, AuditDetail auditDetail) {

  public CleanResult {
    audits = List.copyOf(audits);
    steps = List.copyOf(steps);
    Objects.requireNonNull(auditDetail, "auditDetail");
  }

  /** A result whose audits hold the full text of every changed line. */
  public CleanResult(ValidationReport validation, Manifest manifest, List<DocumentAudit> audits,
      List<String> steps) {
    this(validation, manifest, audits, steps, AuditDetail.FULL);
  }
}
