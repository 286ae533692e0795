package dev.corpuskit.report;

import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a validation report as JSON: the rules in force with their severities, every finding, and
 * the totals. The output holds no time or absolute path, so the same corpus gives the same file. Runs
 * stream the same format with {@link ValidationJsonWriter}.
 */
public final class ValidationJson {

  private ValidationJson() {}

  /** Writes {@code report}, produced under {@code rules}, to {@code target}. */
  public static void write(ValidationReport report, RuleConfig rules, Path target) throws IOException {
    try (ValidationJsonWriter writer = new ValidationJsonWriter(target, rules)) {
      for (Finding finding : report.findings()) {
        writer.add(finding);
      }
      writer.finish(ValidationTotals.of(report));
    }
  }
}
