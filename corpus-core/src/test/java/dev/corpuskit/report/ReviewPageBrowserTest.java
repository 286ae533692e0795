package dev.corpuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The review page as a browser renders it: opened in headless Chromium, its DOM holds the banner,
 * the tables and the struck-through removed lines with their step ids, and a screenshot of it is saved
 * under {@code target/report-screenshots/} (the README's picture of the page is taken from there).
 */
class ReviewPageBrowserTest {

  /** The module's build directory: the pages, the screenshots and the browser's profiles go there. */
  private static final Path TARGET = Path.of("target");
  private static final Path SCREENSHOTS = TARGET.resolve("report-screenshots");
  private static final Path EXAMPLE = Path.of("../corpus-example/src/main/corpus");

  private final HeadlessChromium chromium = HeadlessChromium.require(TARGET.resolve("chromium"));

  @Test
  void aPageLaidOutAsTheReviewPageRendersItsBannerTablesAndStruckLines() throws IOException {
    Path page = TARGET.resolve("review-page/fixture/" + CorpusReport.PAGE);
    Files.createDirectories(page.getParent());
    Files.writeString(page, SitePageTest.fixture(), StandardCharsets.UTF_8);

    Document dom = rendered(page);

    assertThat(dom.select("main#corpus-report section#banner.failed").text()).contains("Failed");
    assertTables(dom);
    assertStruckLine(dom, "boilerplate/en:share", "Share this article");
    assertThat(dom.select("del.changed + ins.changed")).hasSize(1);
    assertThat(dom.select("section#charts svg")).isNotEmpty();
    screenshot(page, "fixture.png");
  }

  @Test
  void theExampleCorpusPassesAndShowsItsRemovedBoilerplate() throws IOException {
    Path page = cleaned(EXAMPLE, TARGET.resolve("review-page/example"));

    Document dom = rendered(page);

    Element banner = dom.selectFirst("main#corpus-report section#banner");
    assertThat(banner.classNames()).contains("passed").doesNotContain("failed");
    assertThat(banner.text()).contains("Passed");
    assertTables(dom);
    assertThat(dom.select("section#examples del.removed")).isNotEmpty()
        .allSatisfy(removed -> assertStepBeside(removed));
    screenshot(page, "example.png");
  }

  @Test
  void aCorpusWithErrorsFailsAndListsThem() throws IOException {
    Path sources = TARGET.resolve("review-page/errors-src");
    HeadlessChromium.deleteTree(sources);
    Files.createDirectories(sources);
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path file : files.sorted().toList()) {
        Files.copy(file, sources.resolve(file.getFileName()));
      }
    }
    Files.createDirectories(sources.resolve("drafts"));
    Files.writeString(sources.resolve("drafts/empty.txt"), "");

    Path page = cleaned(sources, TARGET.resolve("review-page/errors"));
    Document dom = rendered(page);

    Element banner = dom.selectFirst("main#corpus-report section#banner");
    assertThat(banner.classNames()).contains("failed").doesNotContain("passed");
    assertThat(banner.text()).contains("Failed");
    assertTables(dom);
    assertThat(dom.select("table#findings").text()).contains("drafts/empty.txt");
    assertThat(dom.select("section#examples del.removed")).isNotEmpty();
    screenshot(page, "errors.png");
  }

  @Test
  void theNearDuplicatesSectionShowsTheClustersAndTheirDifferingLines() throws IOException {
    Path build = TARGET.resolve("review-page/near-duplicates");
    HeadlessChromium.deleteTree(build);
    Map<String, String> docs = NearDuplicateTexts.corpus();
    Path page = NearDuplicatesPageTest.page(build, NearDuplicateTexts.result(docs, Files.createDirectories(build),
        1), docs::get);

    Document dom = rendered(page);

    Element section = dom.selectFirst("main#corpus-report section#near-duplicates");
    assertThat(section).isNotNull();
    assertThat(section.select("svg rect")).hasSize(3);
    assertThat(section.select("article.cluster table.side-by-side")).hasSize(3);
    assertThat(section.select("del.differs")).isNotEmpty();
    assertThat(section.select("ins.differs").eachText()).contains(NearDuplicateTexts.MARKUP_LINE);
    assertThat(section.select("script")).isEmpty();
    // The section at the top of the window: the page without the sections before it.
    String text = Files.readString(page, StandardCharsets.UTF_8);
    Path sectionOnly = build.resolve("section-only.html");
    Files.writeString(sectionOnly, text.substring(0, text.indexOf("<section id=\"banner\""))
        + text.substring(text.indexOf("<section id=\"near-duplicates\">")), StandardCharsets.UTF_8);
    screenshot(sectionOnly, "near-duplicates.png");
  }

  /** Cleans {@code sources} with the default configuration into {@code build}; the review page's path. */
  private static Path cleaned(Path sources, Path build) throws IOException {
    HeadlessChromium.deleteTree(build);
    Path reports = build.resolve("corpus-reports");
    CorpusBuild.clean(CorpusConfig.defaults(sources), RunOptions.defaults(), build.resolve("corpus"), reports,
        new RunSink() { });
    Path page = reports.resolve(CorpusReport.PAGE);
    assertThat(page).as("the review page of %s", sources).isRegularFile();
    return page;
  }

  private Document rendered(Path page) throws IOException {
    return Jsoup.parse(chromium.dumpDom(page));
  }

  private static void assertTables(Document dom) {
    for (String table : List.of("findings-by-rule", "findings", "cleaning")) {
      assertThat(dom.select("main#corpus-report table#" + table)).as("table#%s", table).hasSize(1);
    }
    assertThat(dom.select("table#cleaning tbody tr")).isNotEmpty();
    assertThat(dom.select("main#corpus-report section#examples")).hasSize(1);
  }

  private static void assertStruckLine(Document dom, String step, String text) {
    Element removed = dom.selectFirst("del.removed[data-step=" + step + "]");
    assertThat(removed).as("a line struck through by %s", step).isNotNull();
    assertThat(removed.text()).isEqualTo(text);
    assertStepBeside(removed);
  }

  /** A removed line is followed by the id of the step that removed it. */
  private static void assertStepBeside(Element removed) {
    Element step = removed.nextElementSibling();
    assertThat(step).as("the step beside %s", removed).isNotNull();
    assertThat(step.tagName()).isEqualTo("span");
    assertThat(step.hasClass("step")).isTrue();
    assertThat(step.text()).isEqualTo(removed.attr("data-step"));
  }

  /** Saves the screenshot and checks it is a PNG of the browser window's width. */
  private void screenshot(Path page, String name) throws IOException {
    Path png = SCREENSHOTS.resolve(name);
    chromium.screenshot(page, png);
    byte[] bytes = Files.readAllBytes(png);
    assertThat(Arrays.copyOf(bytes, 8)).as("PNG signature of %s", png)
        .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
    assertThat(header.getInt()).as("width of %s", png).isEqualTo(1280);
    assertThat(header.getInt()).as("height of %s", png).isPositive();
  }
}
