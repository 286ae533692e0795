package dev.corpuskit.describe;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.Source;
import dev.corpuskit.testing.TestCorpora;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DataCardTest {

  /** Word counts 10, 60, 150, 150, 12000: quartiles by nearest rank 60, 150, 150; mean 2474. */
  static final Manifest MANIFEST = new Manifest(List.of(
      new ManifestEntry("a", "a.txt", 61, 10, "aa", "00"),
      new ManifestEntry("b", "b.txt", 350, 60, "bb", "00"),
      new ManifestEntry("c/d", "c/d.txt", 900, 150, "cc", "00"),
      new ManifestEntry("c/e", "c/e.txt", 901, 150, "dd", "00"),
      new ManifestEntry("f", "f.txt", 70_000, 12_000, "ee", "00")));

  static BuildSummary summary() {
    Map<String, String> severities = new LinkedHashMap<>();
    severities.put("file-type", "ERROR");
    severities.put("min-words", "WARNING");
    severities.put("bom", "OFF");
    return new BuildSummary(severities, Map.of("min-words", 3L, "file-type", 1L),
        List.of("strip-bom", "collapse-spaces", "boilerplate"),
        Map.of("collapse-spaces", 4, "boilerplate/cookie-notice", 2, "boilerplate/share-prompt", 1));
  }

  static String card(CorpusInfo info, Manifest manifest, BuildSummary summary) {
    return new String(DataCard.write(new CorpusDescription(info, manifest, TestCorpora.TIMESTAMP, summary)), UTF_8);
  }

  static String card() {
    return card(DataPackageJsonTest.info(), MANIFEST, summary());
  }

  @Test
  void titleDescriptionAndOverview() {
    String card = card();

    assertThat(CardRendering.withoutFrontMatter(card)).startsWith("# German news\n\nA corpus of news articles.\n\n");
    assertThat(card).contains("| Coordinates | `org.example.corpora:News_DE:1.2.0` |\n")
        .contains("| Homepage | <https://example.org/news> |\n")
        .contains("| Created | 2024-05-06T07:08:10Z |\n")
        .contains("| Licence | [CC-BY-4.0](https://creativecommons.org/licenses/by/4.0/), "
            + "Custom Licence v2 (internal), <https://example.org/licence.html> |\n");
  }

  @Test
  void countsAreTheManifestsSums() {
    String card = card();

    long words = MANIFEST.entries().stream().mapToLong(ManifestEntry::words).sum();
    long bytes = MANIFEST.entries().stream().mapToLong(ManifestEntry::bytes).sum();
    assertThat(words).isEqualTo(12_370);
    assertThat(bytes).isEqualTo(72_212);
    assertThat(card).contains("| Documents | 5 |\n").contains("| Words | " + words + " |\n")
        .contains("| Bytes | " + bytes + " |\n");
  }

  @Test
  void lengthQuartilesAndHistogramRows() {
    String card = card();

    assertThat(card).contains("| min | 25% | median | 75% | max | mean |\n|---:|---:|---:|---:|---:|---:|\n"
        + "| 10 | 60 | 150 | 150 | 12000 | 2474 |\n");
    // only non-empty buckets, in bucket order
    assertThat(card).contains("| Words | Documents |\n|---|---:|\n"
        + "| 0–49 | 1 |\n| 50–99 | 1 |\n| 100–199 | 2 |\n| ≥ 10000 | 1 |\n\n");
  }

  @Test
  void rulesWithSeverityAndFindingsAndStepsWithChangesIncludingDetail() {
    String card = card();

    assertThat(card).contains("| Rule | Severity | Findings |\n|---|---|---:|\n"
        + "| `file-type` | ERROR | 1 |\n"
        + "| `min-words` | WARNING | 3 |\n"
        + "| `bom` | OFF | 0 |\n");
    assertThat(card).contains("| Step | Changes |\n|---|---:|\n"
        + "| `strip-bom` | 0 |\n"
        + "| `collapse-spaces` | 4 |\n"
        + "| `boilerplate` | 3 |\n"
        + "| &nbsp;&nbsp;`boilerplate/cookie-notice` | 2 |\n"
        + "| &nbsp;&nbsp;`boilerplate/share-prompt` | 1 |\n");
  }

  @Test
  void theCardSaysWhenTheAuditHoldsExcerpts() {
    BuildSummary whole = summary();
    BuildSummary excerpts = new BuildSummary(whole.ruleSeverities(), whole.findingsByRule(), whole.steps(),
        whole.changesByStep(), "excerpt");

    assertThat(card()).contains("every change is in `cleaning.json`):").doesNotContain("excerpt");
    assertThat(card(DataPackageJsonTest.info(), MANIFEST, excerpts))
        .contains("every change is in `cleaning.json`, with an excerpt of its line):");
  }

  @Test
  void withoutBuildSummaryThereIsNoHowItWasMadeSection() {
    String card = card(DataPackageJsonTest.info(), MANIFEST, BuildSummary.empty());

    assertThat(card).doesNotContain("## How it was made").contains("## Files").contains("## Using it");
  }

  @Test
  void minimalCorpusHasNoOptionalParts() {
    String card = card(CorpusInfo.of("g", "art", "1"), new Manifest(List.of()), null);

    assertThat(CardRendering.withoutFrontMatter(card)).startsWith("# art\n\n| |");
    assertThat(card).contains("| Licence | not stated |\n")
        .contains("| Documents | 0 |\n").contains("| 0 | 0 | 0 | 0 | 0 | 0 |\n")
        .doesNotContain("| Homepage").doesNotContain("## Sources");
    assertThat(card).contains("<groupId>g</groupId>").contains("<artifactId>art</artifactId>")
        .contains("CorpusReader.fromClasspath(\"g:art\")");
  }

  /**
   * The card's snippet is what a user pastes: it names the reader artifact (not the whole core) and
   * prints every import it needs, so that it compiles as printed once put in a method.
   */
  @Test
  void usageNamesTheReaderArtifactAndCompilesAsPrinted() throws Exception {
    String card = card(CorpusInfo.of("g", "art", "1"), new Manifest(List.of()), null);

    assertThat(card).contains("<groupId>dev.corpuskit</groupId>\n  <artifactId>corpus-reader</artifactId>\n"
        + "  <version>" + ReaderArtifact.version() + "</version>").doesNotContain("corpus-core");
    assertThat(ReaderArtifact.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    String java = card.substring(card.indexOf("```java\n") + 8, card.indexOf("```", card.indexOf("```java\n") + 8));
    assertThat(java).startsWith("import dev.corpuskit.read.CorpusDocument;\n"
        + "import dev.corpuskit.read.CorpusReader;\nimport java.util.stream.Stream;\n\n");
    assertThat(SnippetCompiler.compile(java)).as(java).isEmpty();
  }

  @Test
  void sourcesAreListed() {
    String card = card();

    assertThat(card).contains("## Sources\n\n- Example Wire: <https://example.org/wire>\n"
        + "- <https://example.org/archive>\n- Printed archive\n\n");
  }

  /** A '|' in any cell would end it early and shift the rest of the row (a homepage must be a URI). */
  @Test
  void tableCellsEscapePipesAndMarkup() {
    CorpusInfo info = new CorpusInfo("g", "a", "1", "Pipes | *stars* _under_ <b>", "One | two",
        "https://example.org/a%7Cb",
        List.of(new License("Mine | yours", null), new License("Both | x", "https://example.org/l?a|b")),
        List.of(new Source("Wire | feed", "https://example.org/s|t")));

    String card = card(info, MANIFEST, null);

    assertThat(CardRendering.withoutFrontMatter(card))
        .startsWith("# Pipes \\| \\*stars\\* \\_under\\_ &lt;b&gt;\n\nOne \\| two\n\n");
    for (String line : card.split("\n")) {
      if (line.startsWith("| Homepage") || line.startsWith("| Licence")) {
        assertThat(unescapedPipes(line)).as(line).isEqualTo(3);
      }
    }
    assertThat(card).contains("| Homepage | <https://example.org/a%7Cb> |\n")
        .contains("| Licence | Mine \\| yours, [Both \\| x](https://example.org/l?a%7Cb) |\n");
  }

  /** The pipes that delimit cells: those not preceded by a backslash. */
  static int unescapedPipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
        count++;
      }
    }
    return count;
  }

  /**
   * Text from the POM renders as that text: the card's elements are those of a card with plain text in
   * the same places, and no title, description, licence or source adds a tag, a link or a block.
   */
  @Test
  void hostileTextRendersAsTextAndLeavesTheCardsStructureAlone() {
    List<String> plain = CardRendering.structure(CardRendering.render(card(HostileMetadata.withText("plain"),
        MANIFEST, null)));

    for (String text : HostileMetadata.TEXT) {
      String card = card(HostileMetadata.withText(text), MANIFEST, null);
      Document html = CardRendering.render(card);

      assertThat(CardRendering.structure(html)).as(text).isEqualTo(plain);
      String shown = HostileMetadata.shown(text);
      assertThat(html.selectFirst("h1").text()).as(text).isEqualTo(shown);
      assertThat(html.selectFirst("h1 + p").text()).as(text).isEqualTo(shown);
      assertThat(html.select("td:contains(Licence) + td > a").text()).as(text).isEqualTo(shown);
      assertThat(html.select("h2:contains(Sources) + ul > li").text()).as(text).isEqualTo(shown);
      // the only markup with a '<' is the usage example's code block (the front matter is YAML, not markup)
      String body = CardRendering.withoutFrontMatter(card);
      assertThat(body.substring(0, body.indexOf("## Using it"))).as(text).doesNotContain("<")
          .doesNotContain("\u2028").doesNotContain("\u2029");
    }
  }

  /** A description spanning lines is one paragraph of text: no heading, rule, list, code block or table in it. */
  @Test
  void aDescriptionCannotAddBlocksToTheCard() {
    List<String> plain = CardRendering.structure(CardRendering.render(card(HostileMetadata.withText("plain"),
        MANIFEST, null)));

    for (String description : HostileMetadata.DESCRIPTIONS) {
      CorpusInfo info = new CorpusInfo("g", "a", "1", "plain", description, null,
          List.of(new License("plain", "https://example.org/licence")), List.of(new Source("plain", null)));
      Document html = CardRendering.render(card(info, MANIFEST, null));

      assertThat(CardRendering.structure(html)).as(description).isEqualTo(plain);
      assertThat(html.selectFirst("h1 + p").text()).as(description)
          .isEqualTo(HostileMetadata.shown(description.replaceAll("\\p{Cntrl}", " ")));
    }
  }

  /** A title cannot forge a second line, and with it a heading or front matter: it is refused. */
  @Test
  void aTitleWithALineBreakIsRefused() {
    for (String title : List.of("Title\n# Heading", "Title\r\n---\nlayout: x\n---")) {
      assertThatThrownBy(() -> HostileMetadata.withText(title)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("one line");
    }
  }

  /**
   * Only absolute http(s) URLs become links, whatever the field; any other URL, such as a
   * {@code javascript:} one, is shown as text.
   */
  @Test
  void onlyHttpUrlsBecomeLinks() {
    List<String> urls = new ArrayList<>(HostileMetadata.OTHER_URLS);
    urls.addAll(HostileMetadata.WEB_URLS);
    for (String url : urls) {
      List<CorpusInfo> infos = new ArrayList<>();
      infos.add(new CorpusInfo("g", "a", "1", "t", null, null, List.of(new License("L", url), new License(null, url)),
          List.of(new Source("S", url), new Source(null, url))));
      try {
        infos.add(new CorpusInfo("g", "a", "1", "t", null, url, List.of(), List.of()));
      } catch (IllegalArgumentException notAUri) {
        // the homepage must be an absolute URI already
      }
      for (CorpusInfo info : infos) {
        Document html = CardRendering.render(card(info, MANIFEST, null));

        for (Element link : html.select("a")) {
          assertThat(link.attr("href")).as(url).matches("(?i)https?://[^/?#].*");
        }
        assertThat(html.select("img, script, [onerror]")).as(url).isEmpty();
        boolean web = HostileMetadata.WEB_URLS.contains(url);
        assertThat(html.select("a")).as(url).hasSize(web ? (info.homepage() != null ? 1 : 4) : 0);
      }
    }
  }

  @Test
  void webUrlsBecomeLinksWithTheCharactersThatWouldEndThemEncoded() {
    CorpusInfo info = new CorpusInfo("g", "a", "1", "t", null, "https://example.org/home_(x)",
        List.of(new License("L", "https://example.org/a)(b c")),
        List.of(new Source("S", "https://example.org/s?q=<x>")));

    String card = card(info, MANIFEST, null);
    Document html = CardRendering.render(card);

    assertThat(html.select("a").eachAttr("href")).containsExactly("https://example.org/a%29%28b%20c",
        "https://example.org/home_(x)", "https://example.org/s?q=%3Cx%3E");
    assertThat(card).contains("| Homepage | <https://example.org/home_(x)> |\n")
        .contains("| Licence | [L](https://example.org/a%29%28b%20c) |\n")
        .contains("- S: <https://example.org/s?q=%3Cx%3E>\n");
  }

  @Test
  void sameInputGivesTheSameCard() {
    assertThat(card()).isEqualTo(card());
  }

  @Test
  void removalsMadeWhileParsingComeBeforeTheSteps() {
    BuildSummary summary = new BuildSummary(Map.of("file-type", "ERROR"), Map.of(),
        List.of("strip-bom", "boilerplate"),
        Map.of("html-main-text/furniture", 5, "html-main-text/link-density", 2, "boilerplate/cookie-notice", 1));

    String card = card(DataPackageJsonTest.info(), MANIFEST, summary);

    assertThat(card).contains("first the text that parsing left out").contains("| Step | Changes |\n|---|---:|\n"
        + "| `html-main-text` | 7 |\n"
        + "| &nbsp;&nbsp;`html-main-text/furniture` | 5 |\n"
        + "| &nbsp;&nbsp;`html-main-text/link-density` | 2 |\n"
        + "| `strip-bom` | 0 |\n"
        + "| `boilerplate` | 1 |\n");
  }
}
