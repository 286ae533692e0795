package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.report.CorpusReport;
import dev.corpuskit.report.ReportDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance of the page a person reviews, {@code index.html}, and its {@code summary.json}, on the
 * example corpus cleaned as the clean goal cleans it.
 */
class ReportPageTest {

  /** The example module's corpus, beside this module. */
  static final Path EXAMPLE = Path.of("..", "corpus-example", "src", "main", "corpus");
  static final List<String> IDS = List.of("000_5c79cd4b06b37693", "001_f0d43eef8eea6572", "002_f6356978055d864c",
      "003_b20276f8bb1996d1", "004_ed9bd0d0fe1211cd");

  @TempDir Path tmp;

  @Test
  void exampleCorpusPageStrikesOutEachDocumentsBoilerplateAndMarksTheRepair() throws IOException {
    Path reports = clean(tmp.resolve("a"), 2);
    String page = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);

    for (String id : IDS) {
      String article = article(page, "example-" + id);
      Matcher removed = Pattern.compile(
          "<del class=\"removed\" data-step=\"(boilerplate/[^\"]+)\">[^<]*(<span[^>]*>[^<]*</span>[^<]*)*</del>"
          + " <span class=\"step\">(boilerplate/[^<]+)</span>").matcher(article);
      assertThat(removed.find()).as("a struck-through boilerplate line in " + id).isTrue();
      assertThat(removed.group(3)).isEqualTo(removed.group(1));
    }
    // The audit keeps excerpts by default: the line is shown from 20 characters before the change.
    assertThat(page).contains("is not sustained, <del class=\"changed\">, </del><ins class=\"changed\"></ins>military");
    assertThat(page).containsPattern("</ins>military[^<]*<span class=\"step\">orphan-punctuation</span>");
  }

  /**
   * The page cleans its sampled documents again, so it strikes every line cleaning removed from them,
   * also where the audit keeps only a document's first changes ({@code excerpt}) or none ({@code counts}).
   */
  @Test
  void everyRemovedLineOfASampledDocumentIsStruckWhateverTheAuditKeeps() throws IOException {
    Map<String, Integer> removals = new HashMap<>();
    JsonNode full = new ObjectMapper().readTree(
        clean(tmp.resolve("full"), AuditDetail.FULL).resolve("cleaning.json").toFile());
    for (JsonNode document : full.path("audit")) {
      int n = 0;
      for (JsonNode change : document.path("changes")) {
        n += change.path("after").isNull() ? 1 : 0;
      }
      removals.put(document.path("id").asText(), n);
    }
    assertThat(removals.values()).allSatisfy(n -> assertThat(n).isPositive());

    for (AuditDetail detail : List.of(AuditDetail.EXCERPT, AuditDetail.COUNTS)) {
      String page = Files.readString(clean(tmp.resolve(detail.id()), detail).resolve("index.html"),
          StandardCharsets.UTF_8);
      for (String id : IDS) {
        assertThat(count(article(page, "example-" + id), "<del class=\"removed\""))
            .as("struck lines of %s at audit detail %s", id, detail.id()).isEqualTo(removals.get(id));
      }
    }
  }

  @Test
  void pageKeepsTheContractOthersReadItBy() throws IOException {
    Path reports = clean(tmp.resolve("a"), 2);
    String page = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);

    assertThat(page).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
    assertThat(count(page, "<style>")).isEqualTo(1);
    assertThat(page.indexOf("<style>")).isLessThan(page.indexOf("</head>"));
    assertThat(page).contains("<main id=\"corpus-report\">", "<section id=\"banner\" class=\"passed\">",
        "<table id=\"findings-by-rule\">", "<table id=\"findings\">", "<table id=\"cleaning\">",
        "<section id=\"charts\">", "<svg", "<section id=\"examples\">", "<section id=\"package\"></section>");
    assertThat(article(page, "banner")).contains("Passed");
    assertThat(page.indexOf("<main id=\"corpus-report\">")).isLessThan(page.indexOf("<section id=\"banner\""));
    assertThat(page.lastIndexOf("</main>")).isGreaterThan(page.lastIndexOf("</section>"));
    assertThat(page).doesNotContain("<script", "<link", "src=", "href=\"http", "url(", "@import",
        tmp.toAbsolutePath().toString(), Path.of("").toAbsolutePath().toString());
  }

  @Test
  void summaryJsonHasTheFiguresOthersRead() throws IOException {
    Path reports = clean(tmp.resolve("a"), 2);
    JsonNode summary = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());

    assertThat(summary.path("status").asText()).isEqualTo("passed");
    assertThat(summary.path("documents").path("in").asInt()).isEqualTo(5);
    assertThat(summary.path("documents").path("out").asInt()).isEqualTo(5);
    long sourceBytes = 0;
    for (String id : IDS) {
      sourceBytes += Files.size(EXAMPLE.resolve(id + ".txt"));
    }
    assertThat(summary.path("bytes").path("in").asLong()).isEqualTo(sourceBytes);
    assertThat(summary.path("bytes").path("out").asLong()).isBetween(1L, sourceBytes - 1);
    long wordsIn = summary.path("words").path("in").asLong();
    long wordsOut = summary.path("words").path("out").asLong();
    assertThat(wordsOut).isPositive().isLessThan(wordsIn);
    assertThat(summary.path("removedShare").decimalValue().doubleValue())
        .isCloseTo(1 - (double) wordsOut / wordsIn, org.assertj.core.data.Offset.offset(0.0001));
    assertThat(summary.path("configurationSha256").asText()).matches("[0-9a-f]{64}");
    assertThat(summary.path("sourcesSha256").asText()).matches("[0-9a-f]{64}");
    JsonNode boilerplate = summary.path("steps").path("boilerplate");
    assertThat(boilerplate.path("documents").asInt()).isEqualTo(5);
    assertThat(boilerplate.path("linesRemoved").asInt()).isPositive();
    assertThat(boilerplate.path("patterns").path("boilerplate/cookie-notice").path("charsRemoved").asInt())
        .isPositive();
    assertThat(summary.path("steps").path("orphan-punctuation").path("linesChanged").asInt()).isEqualTo(3);
  }

  @Test
  void twoBuildsOnOneAndFourThreadsWriteTheSameBytes() throws IOException {
    Path one = clean(tmp.resolve("one"), 1);
    Path four = clean(tmp.resolve("four-threads/elsewhere"), 4);

    for (String name : List.of("index.html", "summary.json")) {
      assertThat(Files.readAllBytes(four.resolve(name))).as(name).isEqualTo(Files.readAllBytes(one.resolve(name)));
    }
  }

  @Test
  void corpusWithErrorsGetsAFailedBannerAndItsFindingsWithPositions() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("good.txt"), "A sentence of a good document.\n");
    Files.write(src.resolve("bad.txt"), new byte[] {'o', 'k', '\n', 'b', (byte) 0xC3, '(', '\n'});
    Path reports = tmp.resolve("reports");
    CorpusBuild.clean(CorpusConfig.defaults(src), RunOptions.defaults(), tmp.resolve("out"), reports,
        new RunSink() {});
    String page = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
    JsonNode summary = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());

    assertThat(article(page, "banner")).startsWith("<section id=\"banner\" class=\"failed\">").contains("Failed");
    assertThat(summary.path("status").asText()).isEqualTo("failed");
    assertThat(summary.path("documents").path("out").asInt()).isEqualTo(1);
    assertThat(summary.path("findings").path("byRule").path("encoding").path("ERROR").asInt()).isEqualTo(1);
    assertThat(article(page, "findings-by-rule")).contains("<td>encoding</td><td>ERROR</td><td>1</td>");
    assertThat(article(page, "findings")).contains("<code>bad.txt:2:2</code>");
  }

  @Test
  void requestedDocumentsAreShownInFullWithInvisibleCharactersEscaped() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("src/news"));
    String text = "Title\n\nA line with a no-break\u00A0space and a zero\u200Bwidth one stays.\n"
        + "Second paragraph of the article, long enough.\n";
    Files.writeString(src.resolve("one.txt"), text);
    Files.writeString(src.resolve("two.txt"), "Other\n\nAnother text altogether, of the other article.\n");
    Path reports = tmp.resolve("reports");
    CorpusBuild.clean(CorpusConfig.defaults(tmp.resolve("src")), RunOptions.defaults(), tmp.resolve("out"),
        reports, new RunSink() {}, OutputOwnership.strict(), ReportDocuments.of("news/o*"));
    String page = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);

    String one = article(page, "document-news/one");
    assertThat(page).doesNotContain("id=\"document-news/two\"");
    // Every line, the unchanged ones too; the no-break space the spaces step replaced is visible.
    assertThat(one).contains("<td class=\"ln\">1</td><td>Title</td>", "<td class=\"ln\">2</td><td></td>",
        "no-break<del class=\"changed\"><span class=\"invisible\" title=\"U+00A0\">⍽</span>",
        "zero<span class=\"invisible\" title=\"U+200B\">[U+200B]</span></del>",
        "<td class=\"ln\">4</td><td>Second paragraph of the article, long enough.</td>");
  }

  @Test
  void anHtmlPageShowsTheBlocksItsExtractionLeftOutThenItsMainText() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("src"));
    StringBuilder article = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      article.append("<p>The council met on Monday to discuss the new bridge over the river, paragraph ")
          .append(i).append(", and agreed on a budget for the works next spring.</p>\n");
    }
    Files.writeString(src.resolve("page.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head><title>News</title>"
        + "</head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/a\">Sports</a></li></ul></nav>\n"
        + "<article>\n<h1>The bridge</h1>\n" + article + "</article>\n"
        + "<footer><p>Copyright 2019 Example News. All rights reserved.</p></footer>\n</body></html>\n");
    Path reports = tmp.resolve("reports");
    CorpusBuild.clean(CorpusConfig.defaults(src), RunOptions.defaults(), tmp.resolve("out"), reports,
        new RunSink() {}, OutputOwnership.strict(), ReportDocuments.of("page"));
    String page = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);

    String shown = article(page, "document-page");
    assertThat(shown).contains("<table class=\"lines markup\">").containsPattern(
        "<del class=\"removed\" data-step=\"html-main-text/[^\"]+\">[^<]*Home[^<]*</del>");
    String mainText = shown.substring(shown.indexOf("<table class=\"lines\">"));
    assertThat(mainText).contains("<td class=\"ln\">1</td><td>The council met on Monday")
        .doesNotContain("html-main-text");
  }

  @Test
  void packageRefreshFillsOnlyThePackageSection() throws IOException {
    Path reports = clean(tmp.resolve("a"), 2);
    byte[] before = Files.readAllBytes(reports.resolve("index.html"));
    Files.writeString(reports.resolve("README.md"), "# card\n");

    assertThat(CorpusReport.refreshPackage(reports, "example-1.0.jar", "ab".repeat(32),
        List.of("README.md"))).isTrue();
    String once = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
    CorpusReport.refreshPackage(reports, "example-1.0.jar", "ab".repeat(32), List.of("README.md"));

    assertThat(Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo(once);
    assertThat(article(once, "package")).contains("example-1.0.jar", "ab".repeat(32), "<a href=\"README.md\">");
    String empty = "<section id=\"package\"></section>";
    assertThat(once.replace(article(once, "package") + "</section>", empty))
        .isEqualTo(new String(before, StandardCharsets.UTF_8));
  }

  @Test
  void pageListsOnlySamplesAndTheFirstFindingsOfALargeCorpus() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (int i = 0; i < 300; i++) {
      Files.writeString(src.resolve(String.format("doc-%04d.txt", i)), "Article " + i + " about the town.\n\n"
          + "It has a market square and a river.\n\nThis site uses cookies to improve your experience.\n");
      Files.write(src.resolve(String.format("bad-%04d.txt", i)), new byte[] {'x', (byte) 0xC3, '(', '\n'});
    }
    Path reports = tmp.resolve("reports");
    CorpusBuild.clean(CorpusConfig.defaults(src), RunOptions.defaults(), tmp.resolve("out"), reports,
        new RunSink() {});
    String page = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
    JsonNode summary = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());

    assertThat(summary.path("steps").path("boilerplate").path("documents").asInt()).isEqualTo(300);
    String findings = article(page, "findings");
    assertThat(count(findings, "<tr class=\"error\">") + count(findings, "<tr class=\"warning\">")).isEqualTo(100);
    long listable = summary.path("findings").path("errors").asLong() + summary.path("findings").path("warnings").asLong();
    assertThat(listable).isGreaterThanOrEqualTo(300);
    assertThat(article(page, "findings-section")).contains("The first 100 of " + CorpusReportNumbers.of(listable) + ";");
    String examples = article(page, "examples");
    assertThat(count(examples, "<article class=\"document\"")).isBetween(1, 40);
    assertThat(examples).contains("id=\"example-doc-0000\"").doesNotContain("id=\"example-doc-0299\"");
  }

  @Test
  void aKeptCleanWritesThePageAgainWhenItIsGone() throws IOException {
    RunOptions cached = RunOptions.defaults().withCacheDirectory(tmp.resolve("cache"), "1.0");
    Path reports = tmp.resolve("reports");
    CorpusBuild.clean(CorpusConfig.defaults(EXAMPLE), cached, tmp.resolve("out"), reports, new RunSink() {});
    byte[] first = Files.readAllBytes(reports.resolve("index.html"));
    Files.delete(reports.resolve("index.html"));

    CorpusBuild.Result again =
        CorpusBuild.clean(CorpusConfig.defaults(EXAMPLE), cached, tmp.resolve("out"), reports, new RunSink() {});

    assertThat(again.kept()).isFalse();
    assertThat(again.summary().reused()).as("from the cache").isEqualTo(5);
    assertThat(Files.readAllBytes(reports.resolve("index.html"))).as("same page from cached documents")
        .isEqualTo(first);
    assertThat(CorpusBuild.clean(CorpusConfig.defaults(EXAMPLE), cached, tmp.resolve("out"), reports,
        new RunSink() {}).kept()).isTrue();
  }

  /** Numbers as the page prints them. */
  static final class CorpusReportNumbers {
    static String of(long n) {
      return String.format(java.util.Locale.ROOT, "%,d", n);
    }
  }

  /** Cleans the example corpus under {@code dir}, its audit at {@code detail}; returns its reports directory. */
  private static Path clean(Path dir, AuditDetail detail) throws IOException {
    Path reports = dir.resolve("reports");
    CorpusBuild.clean(CorpusConfig.defaults(EXAMPLE).withAuditDetail(detail), RunOptions.defaults(),
        dir.resolve("out"), reports, new RunSink() {});
    return reports;
  }

  /** Cleans the example corpus under {@code dir} on {@code threads}; returns its reports directory. */
  private static Path clean(Path dir, int threads) throws IOException {
    Path reports = dir.resolve("reports");
    CorpusBuild.clean(CorpusConfig.defaults(EXAMPLE), RunOptions.defaults().withThreads(threads),
        dir.resolve("out"), reports, new RunSink() {});
    return reports;
  }

  /** The element with id {@code id} up to the next closing tag of its kind. */
  static String article(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as("an element with id " + id).isNotNegative();
    int tagStart = page.lastIndexOf('<', start);
    String tag = page.substring(tagStart + 1, page.indexOf(' ', tagStart));
    return page.substring(tagStart, page.indexOf("</" + tag + ">", start));
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
