package dev.corpuskit.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusValidationTest {

  @TempDir Path src;

  @BeforeEach
  void corpus() throws IOException {
    write("news/a.txt", CorpusCleaningTest.PROSE_A);
    write("news/b.txt", CorpusCleaningTest.PROSE_B);
    write("news/drafts/empty.txt", "");
    write("pages/p.html", CorpusCleaningTest.HTML);
    write("pages/scan.pdf", "%PDF-1.4 not really");
    write(".hidden/secret.txt", "");
  }

  void write(String relative, String text) throws IOException {
    Path file = src.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }

  CorpusConfig config(List<String> includes, List<String> excludes, RuleConfig rules) {
    return new CorpusConfig(src, includes, excludes, new ValidationConfig(UTF_8, rules),
        CleanerConfig.defaults());
  }

  @Test
  void validatesEveryVisibleFileByDefault() throws IOException {
    ValidationReport report = CorpusValidation.run(CorpusConfig.defaults(src));

    assertThat(report.documents()).isEqualTo(5);
    long bytes = 0;
    for (String f : List.of("news/a.txt", "news/b.txt", "news/drafts/empty.txt", "pages/p.html", "pages/scan.pdf")) {
      bytes += Files.size(src.resolve(f));
    }
    assertThat(report.bytes()).isEqualTo(bytes);
    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::file, Finding::ruleId)
        .containsExactly(tuple("news/drafts/empty.txt", "empty"), tuple("pages/scan.pdf", "file-type"));
  }

  @Test
  void includesAndExcludesSelectTheFiles() throws IOException {
    ValidationReport report = CorpusValidation.run(
        config(List.of("**/*.txt"), List.of("**/drafts/**"), RuleConfig.defaults()));

    assertThat(report.documents()).isEqualTo(2);
    assertThat(report.bytes())
        .isEqualTo(Files.size(src.resolve("news/a.txt")) + Files.size(src.resolve("news/b.txt")));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings()).extracting(Finding::file).allMatch(f -> f.startsWith("news/"));
  }

  @Test
  void excludesAloneRemoveFiles() throws IOException {
    ValidationReport report = CorpusValidation.run(
        config(List.of(), List.of("**/*.pdf", "news/drafts/**"), RuleConfig.defaults()));

    assertThat(report.documents()).isEqualTo(3);
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void configuredSeveritiesApply() throws IOException {
    RuleConfig rules = RuleConfig.of(List.of(RuleSetting.severity("empty", Severity.INFO),
        RuleSetting.severity("file-type", Severity.OFF)));

    ValidationReport report = CorpusValidation.run(config(List.of(), List.of(), rules));

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("empty"))
        .extracting(Finding::severity, Finding::file)
        .containsExactly(tuple(Severity.INFO, "news/drafts/empty.txt"));
    assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("file-type"));
  }

  @Test
  void aMissingDirectoryIsAnError() {
    assertThatThrownBy(
            () -> CorpusValidation.run(CorpusConfig.defaults(src.resolve("nope"))))
        .isInstanceOf(NoSuchFileException.class);
  }
}
