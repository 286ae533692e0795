package dev.corpuskit.validate;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.source.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating one file.
 *
 * @param source the file
 * @param size its size in bytes
 * @param document the parsed document, unless the file could not be parsed (unsupported type, too large)
 * @param findings what the rules found, in rule order
 */
public record DocumentValidation(
    SourceFile source, long size, Optional<ParsedDocument> document, List<Finding> findings) {

  public DocumentValidation {
    findings = List.copyOf(findings);
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
