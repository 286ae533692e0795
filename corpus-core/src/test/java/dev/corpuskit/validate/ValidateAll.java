package dev.corpuskit.validate;

import dev.corpuskit.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a list of files in one call and sums up, for tests: a run validates its documents one at a
 * time through the pipeline, which writes the report as it goes.
 */
public final class ValidateAll {

  private ValidateAll() {}

  /** Validates every file with {@code validator}, in the given order, and sums up. */
  public static ValidationReport validateAll(Validator validator, List<SourceFile> sources) {
    List<Finding> findings = new ArrayList<>();
    long bytes = 0;
    for (SourceFile source : sources) {
      DocumentValidation result = validator.validate(source);
      findings.addAll(result.findings());
      bytes += result.size();
    }
    return new ValidationReport(sources.size(), bytes, findings);
  }
}
