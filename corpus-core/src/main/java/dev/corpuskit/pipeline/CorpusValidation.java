package dev.corpuskit.pipeline;

import dev.corpuskit.validate.ValidationReport;
import dev.corpuskit.validate.Validator;
import java.io.IOException;

/** Validates a whole corpus directory. */
public final class CorpusValidation {

  private CorpusValidation() {}

  /**
   * Scans and validates the corpus of {@code config}.
   *
   * @throws IOException when the directory or a file cannot be read
   */
  public static ValidationReport run(CorpusConfig config) throws IOException {
    Validator validator = new Validator(config.validation());
    return validator.validateAll(config.scanner().scan(config.sourceDirectory()));
  }
}
