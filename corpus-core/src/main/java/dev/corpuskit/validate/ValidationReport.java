package dev.corpuskit.validate;

import java.util.List;

/**
 * The findings of a validation run over a corpus, with its totals.
 *
 * @param documents how many files were validated
 * @param bytes their total size
 * @param findings every finding, in file order then rule order
 */
public record ValidationReport(int documents, long bytes, List<Finding> findings) {

  public ValidationReport {
    findings = List.copyOf(findings);
  }

  /** How many findings have {@code severity}. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}
