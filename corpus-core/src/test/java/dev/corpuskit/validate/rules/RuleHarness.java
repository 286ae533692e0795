package dev.corpuskit.validate.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.parse.Parsers;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.FileRule;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.Rule;
import dev.corpuskit.validate.RuleParameters;
import dev.corpuskit.validate.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs one rule on in-memory input and collects its findings (all at ERROR). */
final class RuleHarness {

  static final Path ROOT = Path.of("corpus");

  private RuleHarness() {}

  static ParsedDocument parse(String relativePath, byte[] bytes) {
    SourceFile source = new SourceFile(ROOT, relativePath);
    return Parsers.forFile(source).orElseThrow().parse(source, bytes, UTF_8);
  }

  static ParsedDocument text(String text) {
    return parse("doc.txt", text.getBytes(UTF_8));
  }

  static ParsedDocument html(String markup) {
    return parse("page.html", markup.getBytes(UTF_8));
  }

  static List<Finding> check(DocumentRule rule, ParsedDocument document) {
    List<Finding> findings = new ArrayList<>();
    rule.check(document, reporter(rule, document.source(), findings));
    return findings;
  }

  /** The findings of {@code rule} judging a document identified as {@code language}. */
  static List<Finding> judge(LanguageRule rule, dev.corpuskit.lang.DetectedLanguage language) {
    List<Finding> findings = new ArrayList<>();
    SourceFile source = new SourceFile(ROOT, "doc.txt");
    rule.judge(language, reporter(rule, source, findings));
    return findings;
  }

  static List<Finding> check(FileRule rule, String relativePath, long size) {
    List<Finding> findings = new ArrayList<>();
    SourceFile source = new SourceFile(ROOT, relativePath);
    rule.check(source, size, reporter(rule, source, findings));
    return findings;
  }

  /** Parameters from name/value pairs. */
  static RuleParameters parameters(String ruleId, String... nameValues) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      values.put(nameValues[i], nameValues[i + 1]);
    }
    return new RuleParameters(ruleId, values);
  }

  /** {@code count} distinct words separated by single spaces. */
  static String words(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append("word").append(i);
    }
    return text.append('\n').toString();
  }

  private static Reporter reporter(Rule rule, SourceFile source, List<Finding> sink) {
    return new Reporter() {
      @Override
      public void report(int line, int column, String message) {
        sink.add(new Finding(rule.id(), Severity.ERROR, source.relativePath(), line, column, -1, message));
      }

      @Override
      public void reportAtByte(long byteOffset, int line, int column, String message) {
        sink.add(new Finding(rule.id(), Severity.ERROR, source.relativePath(), line, column, byteOffset,
            message));
      }

      @Override
      public void reportMeasured(int line, int column, String message, dev.corpuskit.validate.Measure measure) {
        sink.add(new Finding(rule.id(), Severity.ERROR, source.relativePath(), line, column, -1, message, null,
            measure));
      }
    };
  }
}
