package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corpuskit.maven.FindingsLogTest.RecordingLog;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site report runs the clean goal's work with its parameters, shows findings instead of failing
 * on them, and puts the review page's report into the site page with the JSON reports beside it.
 */
class ReportMojoTest {

  private static final String PROSE = "A plain document with enough words to pass the checks. ".repeat(12);

  @TempDir Path basedir;

  final RecordingLog log = new RecordingLog();

  /** The Doxia events the report sends, one string each: the method, and the text of text events. */
  final List<String> events = new ArrayList<>();

  final Sink sink = (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
      (proxy, method, args) -> {
        boolean text = method.getName().equals("text") || method.getName().equals("rawText");
        events.add(method.getName() + (text ? " " + args[0] : ""));
        return null;
      });

  private ReportMojo report() throws IOException {
    Path corpus = Files.createDirectories(basedir.resolve("src/main/corpus"));
    Files.writeString(corpus.resolve("a.txt"), PROSE + "\n\nShare this article\n", StandardCharsets.UTF_8);
    ReportMojo mojo = new ReportMojo();
    mojo.setLog(log);
    mojo.basedir = basedir.toFile();
    mojo.sourceDirectory = corpus.toFile();
    mojo.reportsDirectory = basedir.resolve("target/corpus-reports").toFile();
    mojo.cacheDirectory = basedir.resolve("target/corpus-cache").toFile();
    mojo.outputDirectory = basedir.resolve("target/corpus").toFile();
    mojo.buildDirectory = basedir.resolve("target").toFile();
    mojo.failOnError = true;
    mojo.maxLoggedFindings = 100;
    mojo.threads = 1;
    mojo.useCache = true;
    mojo.minDocuments = 1;
    mojo.auditDetail = "excerpt";
    mojo.setReportOutputDirectory(basedir.resolve("target/site").toFile());
    return mojo;
  }

  /**
   * A page laid out as the review page, for the clean to replace with the real one where it writes
   * it: what this test asserts holds for both.
   */
  private void reviewPage(ReportMojo mojo, String status) throws IOException {
    Files.createDirectories(mojo.reviewPage().getParent());
    Files.writeString(mojo.reviewPage(), "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>Review</title>"
        + "<style>#corpus-report del.removed { color: red; }</style></head><body><main id=\"corpus-report\">"
        + "<section id=\"banner\" class=\"" + status + "\">" + status + "</section>"
        + "<table id=\"findings-by-rule\"></table><table id=\"findings\"></table>"
        + "<p><a href=\"validation.json\">validation.json</a> <a href=\"#examples\">examples</a></p>"
        + "<table id=\"cleaning\"></table><section id=\"charts\"><svg viewBox=\"0 0 1 1\"></svg></section>"
        + "<section id=\"examples\"></section></main></body></html>");
  }

  private String raw() {
    return events.stream().filter(e -> e.startsWith("rawText ")).map(e -> e.substring(8)).findFirst().orElseThrow();
  }

  @Test
  void putsTheReviewPageIntoTheSitePageWithTheJsonReportsBesideIt() throws Exception {
    ReportMojo mojo = report();
    reviewPage(mojo, "passed");

    mojo.generate(sink, Locale.ROOT);

    assertThat(events).startsWith("head", "title", "text Corpus review", "title_", "head_", "body")
        .endsWith("body_", "flush", "close");
    assertThat(raw()).startsWith("<style>").contains("<main id=\"corpus-report\">", "id=\"banner\"",
        "class=\"passed\"", "<table id=\"cleaning\">", "href=\"#step-", "viewBox=")
        .doesNotContain("<body", "<head", "href=\"validation.json\"", "href=\"cleaning.json\"");
    Path reports = basedir.resolve("target/corpus-reports");
    Path copied = basedir.resolve("target/site/corpus-reports");
    for (String json : List.of("validation.json", "cleaning.json")) {
      assertThat(copied.resolve(json)).hasSameBinaryContentAs(reports.resolve(json));
    }
    assertThat(basedir.resolve("target/corpus/a.txt")).content().doesNotContain("Share this article");
  }

  @Test
  void aCorpusWithErrorsIsShownWhereTheCleanGoalFails() throws Exception {
    ReportMojo mojo = report();
    Files.writeString(mojo.sourceDirectory.toPath().resolve("empty.txt"), "");
    reviewPage(mojo, "failed");

    mojo.generate(sink, Locale.ROOT);

    assertThat(raw()).contains("class=\"failed\"");
    assertThat(log.lines).anyMatch(line -> line.startsWith("error ") && line.contains("empty.txt"));
    assertThat(basedir.resolve("target/site/corpus-reports/validation.json")).content().contains("empty.txt");

    CleanMojo clean = new CleanMojo();
    clean.setLog(new RecordingLog());
    clean.basedir = mojo.basedir;
    clean.sourceDirectory = mojo.sourceDirectory;
    clean.reportsDirectory = mojo.reportsDirectory;
    clean.cacheDirectory = mojo.cacheDirectory;
    clean.outputDirectory = mojo.outputDirectory;
    clean.buildDirectory = mojo.buildDirectory;
    clean.failOnError = true;
    clean.maxLoggedFindings = 100;
    clean.threads = 1;
    clean.useCache = true;
    clean.minDocuments = 1;
    clean.auditDetail = "excerpt";
    assertThat(catchThrowable(clean::execute)).isInstanceOf(MojoFailureException.class);
  }

  @Test
  void aBadSettingFailsTheReportWithTheGoalsMessage() throws Exception {
    ReportMojo mojo = report();
    mojo.auditDetail = "most";

    Throwable failure = catchThrowable(() -> mojo.generate(sink, Locale.ROOT));

    assertThat(failure).isInstanceOf(MavenReportException.class)
        .hasMessageContainingAll("<auditDetail> (corpus.auditDetail)", "'most'");
    assertThat(events).isEmpty();
  }

  @Test
  void skippedItIsLeftOutOfTheSiteAndCleansNothing() throws Exception {
    ReportMojo mojo = report();
    mojo.skipReport = true;

    assertThat(mojo.canGenerateReport()).isFalse();
    mojo.generate(sink, Locale.ROOT);

    assertThat(events).contains("text Skipped (corpus.report.skip=true).");
    assertThat(basedir.resolve("target/corpus-reports")).doesNotExist();
    assertThat(report().canGenerateReport()).isTrue();
  }

  @Test
  void namesItsPageForTheSite() throws IOException {
    ReportMojo mojo = report();

    assertThat(mojo.getOutputName()).isEqualTo("corpus-report");
    assertThat(mojo.getName(Locale.ROOT)).isEqualTo("Corpus review");
    assertThat(mojo.getDescription(Locale.ROOT)).isNotBlank();
    assertThat(mojo.getCategoryName()).isEqualTo(MavenReport.CATEGORY_PROJECT_REPORTS);
    assertThat(mojo.isExternalReport()).isFalse();
    assertThat(mojo.getReportOutputDirectory()).isEqualTo(basedir.resolve("target/site").toFile());
  }
}
