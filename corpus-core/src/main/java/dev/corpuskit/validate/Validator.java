package dev.corpuskit.validate;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.parse.Parser;
import dev.corpuskit.parse.Parsers;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.rules.DuplicateRule;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the configured rules over the files of a corpus.
 *
 * <p>A validator is one run: {@link #validate} remembers the documents it has seen for duplicate
 * detection, so create a new validator for every corpus and feed it files in sorted order. A parallel
 * run uses {@link #validateDocument} from any thread and {@link #corpusFindings} in file order.
 */
public final class Validator {

  private final ValidationConfig config;
  private final List<Active<FileRule>> fileRules = new ArrayList<>();
  private final List<Active<DocumentRule>> documentRules = new ArrayList<>();
  private final Severity duplicateSeverity;

  /**
   * Creates the rules of {@code config}.
   *
   * @throws InvalidRuleConfigException when a rule's parameters are invalid
   */
  public Validator(ValidationConfig config) {
    this.config = config;
    Severity duplicate = null;
    for (RuleDefinition definition : RuleCatalog.all()) {
      Severity severity = config.rules().severityOf(definition);
      if (severity == Severity.OFF) {
        continue;
      }
      Rule rule = definition.factory().apply(config.rules().parametersOf(definition));
      if (rule instanceof DuplicateRule) {
        duplicate = severity;
      }
      if (rule instanceof FileRule fileRule) {
        fileRules.add(new Active<>(fileRule, severity));
      } else if (rule instanceof DocumentRule documentRule) {
        documentRules.add(new Active<>(documentRule, severity));
      }
    }
    duplicateSeverity = duplicate;
  }

  /**
   * Reads, parses and checks one file.
   *
   * @throws IOException when the file cannot be read
   */
  public DocumentValidation validate(SourceFile source) throws IOException {
    return check(source, false).validation();
  }

  /**
   * Reads, parses and checks one file with every rule that needs only that file; thread-safe. The
   * duplicate rule only computes its fingerprint: pass it to {@link #corpusFindings} in file order.
   *
   * @throws IOException when the file cannot be read
   */
  public CheckedDocument validateDocument(SourceFile source) throws IOException {
    return check(source, true);
  }

  /**
   * The corpus-level findings of a file checked by {@link #validateDocument}, given in sorted file
   * order with one {@code index} per run; they follow the file's other findings.
   */
  public List<Finding> corpusFindings(SourceFile source, byte[] fingerprint, DuplicateIndex index) {
    if (fingerprint == null || duplicateSeverity == null) {
      return List.of();
    }
    return index.add(fingerprint, source.relativePath())
        .map(first -> List.of(new Finding(DuplicateRule.ID, duplicateSeverity, source.relativePath(), 0, 0, -1,
            DuplicateRule.message(first))))
        .orElse(List.of());
  }

  private CheckedDocument check(SourceFile source, boolean deferCorpusRules) throws IOException {
    long size = Files.size(source.path());
    List<Finding> findings = new ArrayList<>();
    boolean readable = true;
    for (Active<FileRule> active : fileRules) {
      int before = findings.size();
      active.rule.check(source, size, reporter(active, source, findings));
      boolean failed = hasErrors(findings.subList(before, findings.size()));
      readable &= !(failed && active.rule.stopsReading());
    }
    Optional<Parser> parser = Parsers.forFile(source);
    if (parser.isEmpty() || !readable) {
      return new CheckedDocument(new DocumentValidation(source, size, Optional.empty(), findings), null);
    }
    byte[] bytes = Files.readAllBytes(source.path());
    ParsedDocument document = parser.get().parse(source, bytes, config.charset());
    byte[] fingerprint = null;
    for (Active<DocumentRule> active : documentRules) {
      if (deferCorpusRules && active.rule instanceof DuplicateRule) {
        fingerprint = DuplicateRule.fingerprint(document.text());
        continue;
      }
      int before = findings.size();
      active.rule.check(document, reporter(active, source, findings));
      if (active.rule.stopsChecking() && findings.size() > before) {
        break;
      }
    }
    return new CheckedDocument(
        new DocumentValidation(source, bytes.length, Optional.of(document), findings), fingerprint);
  }

  /**
   * Validates every file, in the given order, and sums up.
   *
   * @throws IOException when a file cannot be read
   */
  public ValidationReport validateAll(List<SourceFile> sources) throws IOException {
    List<Finding> findings = new ArrayList<>();
    long bytes = 0;
    for (SourceFile source : sources) {
      DocumentValidation result = validate(source);
      findings.addAll(result.findings());
      bytes += result.size();
    }
    return new ValidationReport(sources.size(), bytes, findings);
  }

  private static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  private static Reporter reporter(Active<?> active, SourceFile source, List<Finding> sink) {
    String id = active.rule.id();
    return new Reporter() {
      @Override
      public void report(int line, int column, String message) {
        sink.add(new Finding(id, active.severity, source.relativePath(), line, column, -1, message));
      }

      @Override
      public void reportAtByte(long byteOffset, int line, int column, String message) {
        sink.add(new Finding(id, active.severity, source.relativePath(), line, column, byteOffset, message));
      }
    };
  }

  private record Active<R extends Rule>(R rule, Severity severity) {}
}
