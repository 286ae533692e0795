package dev.corpuskit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page's report and style sheet, taken out of the page to stand inside a site page, with
 * its links to the JSON reports pointing into the folder they are copied to.
 */
class SitePageTest {

  @TempDir Path tmp;

  /** The fixture review page, laid out as {@code corpus:clean} writes it. */
  static String fixture() throws IOException {
    try (InputStream in = SitePageTest.class.getResourceAsStream("review-page-fixture.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void takesTheStyleSheetAndTheReportWithoutThePagesHeadAndBody() throws IOException {
    SitePage page = SitePage.parse(fixture(), "corpus-reports/", "index.html");

    assertThat(page.style()).startsWith("<style>").endsWith("</style>").contains("del.removed");
    assertThat(page.main()).startsWith("<main id=\"corpus-report\">").endsWith("</main>");
    assertThat(page.html()).isEqualTo(page.style() + "\n" + page.main())
        .doesNotContain("<html", "<head", "<body", "<title", "<meta");
    Document embedded = Jsoup.parseBodyFragment(page.html());
    assertThat(embedded.select("section#banner.failed").text()).contains("Failed");
    assertThat(embedded.select("table#findings-by-rule, table#findings, table#cleaning")).hasSize(3);
    Element removed = embedded.selectFirst("del.removed[data-step=boilerplate/en:share]");
    assertThat(removed.text()).isEqualTo("Share this article");
    assertThat(removed.nextElementSibling().outerHtml()).isEqualTo("<span class=\"step\">boilerplate/en:share</span>");
    assertThat(embedded.select("del.changed + ins.changed")).hasSize(1);
  }

  @Test
  void keepsTheCaseOfInlineSvgAttributes() throws IOException {
    SitePage page = SitePage.parse(fixture(), "corpus-reports/", "index.html");

    assertThat(page.main()).contains("viewBox=\"0 0 200 60\"").doesNotContain("viewbox");
  }

  @Test
  void pointsRelativeLinksIntoTheFolderAndKeepsAnchorsAndAddresses() throws IOException {
    SitePage page = SitePage.parse(fixture(), "corpus-reports/", "index.html");

    Document embedded = Jsoup.parseBodyFragment(page.main());
    assertThat(embedded.select("a[href]").eachAttr("href")).containsExactly(
        "corpus-reports/validation.json", "corpus-reports/summary.json", "https://example.org/corpuskit",
        "#examples-boilerplate", "#examples-whitespace", "corpus-reports/cleaning.json#changes");
    assertThat(page.linkedFiles()).containsExactly("cleaning.json", "summary.json", "validation.json");
  }

  @Test
  void anEmptyFolderKeepsTheLinks() throws IOException {
    SitePage page = SitePage.parse(fixture(), "", "index.html");

    assertThat(Jsoup.parseBodyFragment(page.main()).select("a[href]").eachAttr("href"))
        .contains("validation.json", "cleaning.json#changes");
  }

  @Test
  void theSamePageGivesTheSameFragment() throws IOException {
    String once = SitePage.parse(fixture(), "corpus-reports/", "index.html").html();
    String again = SitePage.parse(fixture(), "corpus-reports/", "index.html").html();

    assertThat(again).isEqualTo(once);
  }

  @Test
  void linksOutOfTheFolderAreNotCopied() throws IOException {
    String html = "<html><head></head><body><main id=\"corpus-report\"><a href=\"../corpus/a.txt\">a</a>"
        + "<a href=\"./x.json\">x</a><a href=\"mailto:a@example.org\">m</a><img src=\"data:image/png;base64,AA\">"
        + "<a href=\"//example.org/x\">p</a><a href=\"data/b.txt?raw\">b</a><a href=\"HTTPS://Example.org\">h</a>"
        + "<a href=\"x-y.z+1:opaque\">s</a><a href=\"notes/a:b.json\">c</a><a href=\"dir/\">d</a>"
        + "<a href=\"a//b.json\">e</a></main></body></html>";

    SitePage page = SitePage.parse(html, "r/", "index.html");

    assertThat(page.linkedFiles()).containsExactly("data/b.txt", "notes/a:b.json");
    assertThat(page.style()).isEmpty();
    assertThat(page.html()).isEqualTo(page.main()).contains("href=\"r/../corpus/a.txt\"", "href=\"mailto:a@example.org\"",
        "src=\"data:image/png;base64,AA\"", "href=\"//example.org/x\"", "href=\"r/data/b.txt?raw\"",
        "href=\"HTTPS://Example.org\"", "href=\"x-y.z+1:opaque\"", "href=\"r/notes/a:b.json\"");
  }

  @Test
  void copiesTheLinkedFilesAndEveryJsonReportAndLeavesMissingOnesOut() throws IOException {
    Path reports = Files.createDirectories(tmp.resolve("corpus-reports"));
    Files.writeString(reports.resolve(CorpusReport.PAGE), fixture());
    Files.writeString(reports.resolve("validation.json"), "{\"findings\":[]}");
    Files.writeString(reports.resolve("croissant.json"), "{}");
    Files.writeString(reports.resolve("manifest.tsv"), "id\n");
    Path site = tmp.resolve("site/corpus-reports");

    SitePage page = SitePage.read(reports.resolve(CorpusReport.PAGE), "corpus-reports/");
    assertThat(page.copyLinkedFiles(reports, site)).containsExactly("croissant.json", "validation.json");

    assertThat(site.resolve("validation.json")).hasContent("{\"findings\":[]}");
    assertThat(site.resolve("croissant.json")).hasContent("{}");
    assertThat(site.resolve("summary.json")).doesNotExist();
    assertThat(site.resolve("manifest.tsv")).doesNotExist();

    Files.writeString(reports.resolve("validation.json"), "{\"findings\":[1]}");
    page.copyLinkedFiles(reports, site);
    assertThat(site.resolve("validation.json")).hasContent("{\"findings\":[1]}");
  }

  @Test
  void aMissingPageNamesTheFileAndTheGoalThatWritesIt() {
    Path missing = tmp.resolve("corpus-reports/index.html");

    assertThatThrownBy(() -> SitePage.read(missing, "corpus-reports/"))
        .isInstanceOf(IOException.class).hasMessageContaining(missing.toString()).hasMessageContaining("corpus:clean");
  }

  @Test
  void aPageWithoutTheReportIsRefusedByName() throws IOException {
    Path other = Files.writeString(tmp.resolve("index.html"), "<html><body><main>other</main></body></html>");

    assertThatThrownBy(() -> SitePage.read(other, "corpus-reports/"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(other.toString()).hasMessageContaining("id \"corpus-report\"");
  }

  @Test
  void aFolderMustEndInASlash() {
    assertThatThrownBy(() -> SitePage.parse("<main id=\"corpus-report\"></main>", "corpus-reports", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corpus-reports");
  }
}
