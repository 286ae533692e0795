package dev.corpuskit.pipeline;

import dev.corpuskit.pack.Manifest;
import dev.corpuskit.validate.ValidationReport;
import java.util.List;

/**
 * The outcome of cleaning a corpus.
 *
 * @param validation the findings of the validation that ran first
 * @param manifest the cleaned documents written; documents with errors are absent
 * @param audits what cleaning changed, per cleaned document
 * @param steps the ids of the steps that ran, in order
 */
public record CleanResult(
    ValidationReport validation, Manifest manifest, List<DocumentAudit> audits, List<String> steps) {

  public CleanResult {
    audits = List.copyOf(audits);
    steps = List.copyOf(steps);
  }
}
