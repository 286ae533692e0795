package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.ValidateAll;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two different pages that give the same text point at an extraction failure, not a duplicate: both
 * are kept, with a {@code same-extraction} warning; equal files and equal long articles stay duplicates.
 */
class SameExtractionTest {

  private static final String BANNER = "This page is best viewed in an up-to-date web browser with style sheets"
      + " (CSS) enabled. While you will be able to view the content of this page in your current browser,"
      + " you will not be able to get the full visual experience.";
  private static final String ARTICLE = ("<p>The council said on Tuesday that the old bridge over the river would"
      + " reopen next spring, after two years of repairs that cost far more than planned.</p>").repeat(6);

  @TempDir Path tmp;

  @Test
  void sameSiteTextFromTwoDifferentPagesIsNoDuplicate() throws IOException {
    write("a/267.html", "<html><head><title>One</title></head><body><div id=menu><a href=/>Home</a></div>"
        + "<div class=note><p>" + BANNER + "</p></div></body></html>");
    write("a/268.html", "<html><head><title>Two</title></head><body><ul class=nav><li><a href=/x>X</a></li></ul>"
        + "<div class=note><p>" + BANNER + "</p></div><footer>(c) 2012</footer></body></html>");
    assertSameExtractionOnly();
  }

  @Test
  void sameSiteTextIsNoDuplicateThroughTheCacheEither() throws IOException {
    sameSiteTextFromTwoDifferentPagesIsNoDuplicate();
    assertSameExtractionOnly(); // the second build reads both pages from the cache
  }

  @Test
  void byteIdenticalFilesStayDuplicates() throws IOException {
    String page = "<html><body><div class=note><p>" + BANNER + "</p></div></body></html>";
    write("a/one.html", page);
    write("a/two.html", page);
    write("b/one.txt", "A plain text file.\n");
    write("b/two.txt", "A plain text file.\n");
    List<Finding> findings = validate();
    assertThat(findings).filteredOn(f -> f.ruleId().equals("duplicate")).extracting(Finding::file)
        .containsExactly("a/two.html", "b/two.txt");
    assertThat(findings).noneMatch(f -> f.ruleId().equals("same-extraction"));
  }

  @Test
  void theSameLongArticleInTwoDifferentPagesStaysADuplicate() throws IOException {
    write("a/story.html", "<html><body><nav><a href=/>Home</a></nav><article><h1>Bridge</h1>" + ARTICLE
        + "</article></body></html>");
    write("a/print.html", "<html><head><title>Print</title></head><body><div class=print-header>Printed from"
        + " the site</div><article><h1>Bridge</h1>" + ARTICLE + "</article></body></html>");
    List<Finding> findings = validate();
    assertThat(findings).filteredOn(f -> f.ruleId().equals("duplicate")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("duplicate of a/print.html"));
    assertThat(findings).noneMatch(f -> f.ruleId().equals("same-extraction"));
  }

  private void assertSameExtractionOnly() throws IOException {
    Path out = tmp.resolve("out");
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache.bin"), "1.0");
    CorpusConfig config = CorpusConfig.defaults(tmp.resolve("src"));
    String report;
    try (ReportFiles reports = ReportFiles.forCleaning(tmp.resolve("reports"), config.validation().rules(),
        config.cleaning().enabledSteps(), config.auditDetail())) {
      RunSummary summary = CorpusRun.clean(config, cached, out, reports);
      reports.finish(summary);
      assertThat(summary.validation().errors()).as("no duplicate error").isZero();
    }
    report = Files.readString(tmp.resolve("reports/validation.json"), StandardCharsets.UTF_8);
    assertThat(report).doesNotContain("\"duplicate of").contains("\"same-extraction\"",
        "a/268.html", "a/267.html", "the same text was extracted from two different pages");
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')))
          .as("both pages cleaned").contains("a/267.txt", "a/268.txt");
    }
  }

  private List<Finding> validate() throws IOException {
    Path root = tmp.resolve("src");
    List<SourceFile> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).map(p -> SourceFile.of(root, p)).sorted().toList();
    }
    return ValidateAll.validateAll(new Validator(ValidationConfig.defaults()), files).findings();
  }

  private void write(String path, String text) throws IOException {
    Path file = tmp.resolve("src").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
