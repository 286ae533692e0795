package dev.corpuskit.pipeline;

import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Validates a whole corpus directory into an in-memory report; {@link CorpusRun} streams instead. */
public final class CorpusValidation {

  private CorpusValidation() {}

  /**
   * Scans and validates the corpus of {@code config}.
   *
   * @throws IOException when the directory or a file cannot be read
   */
  public static ValidationReport run(CorpusConfig config) throws IOException {
    return run(config, RunOptions.defaults());
  }

  /**
   * Scans and validates the corpus of {@code config} as {@code options} say.
   *
   * @throws IOException when the directory or a file cannot be read
   */
  public static ValidationReport run(CorpusConfig config, RunOptions options) throws IOException {
    List<Finding> findings = new ArrayList<>();
    RunSummary summary = CorpusRun.validate(config, options, new RunSink() {
      @Override
      public void finding(Finding finding) {
        findings.add(finding);
      }
    });
    return new ValidationReport(summary.validation().documents(), summary.validation().bytes(), findings);
  }
}
