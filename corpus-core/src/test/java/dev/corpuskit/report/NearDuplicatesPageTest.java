package dev.corpuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.near.NearDuplicateIndex.Cluster;
import dev.corpuskit.near.NearDuplicateIndex.Member;
import dev.corpuskit.near.NearDuplicateIndex.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review page's near-duplicates section and the counts {@code summary.json} gains with it. */
class NearDuplicatesPageTest {

  @TempDir Path tmp;

  /** Writes a page with no cleaned document into {@code dir}; with the section when {@code result} is given. */
  static Path page(Path dir, Result result, NearDuplicateIndex.TextLookup texts) throws IOException {
    CorpusReport report = new CorpusReport(dir, List.of("boilerplate", "spaces"), AuditDetail.EXCERPT,
        "ab".repeat(32), ReportDocuments.none());
    if (result != null) {
      report.nearDuplicates(NearDuplicateConfig.DEFAULTS, result, texts);
    }
    report.finish(new ValidationTotals(11, 12_345, 0, 3, 1), path -> Optional.empty());
    return dir.resolve(CorpusReport.PAGE);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Element section(String page) {
    Element section = Jsoup.parse(page).selectFirst("main#corpus-report section#near-duplicates");
    assertThat(section).as("section#near-duplicates").isNotNull();
    return section;
  }

  @Test
  void theSectionShowsTheSizesTheLargestClustersFirstAndATableInIdOrder() throws IOException {
    Map<String, String> docs = NearDuplicateTexts.corpus();
    Result result = NearDuplicateTexts.result(docs, tmp, 1);
    String page = read(page(tmp.resolve("r"), result, docs::get));

    Element section = section(page);
    assertThat(section.selectFirst("h2").text()).isEqualTo("Near-duplicates");
    assertThat(section.text()).contains("3 clusters", "8 documents", "1 document too short");
    // Sizes 2, 2 and 4: the chart has bins 2, 3 and 4.
    assertThat(section.select("svg")).hasSize(1);
    assertThat(section.select("svg rect title").eachText())
        .containsExactly("2, clusters: 2", "3, clusters: 0", "4, clusters: 1");
    // The largest first, ties by representative; each article names its cluster by its id in the json.
    assertThat(section.select("article.cluster").eachAttr("id"))
        .containsExactly("near-cluster-3", "near-cluster-1", "near-cluster-2");
    assertThat(section.select("article.cluster h4").eachText()).containsExactly(
        "Cluster 3: 4 documents, representative m-1", "Cluster 1: 2 documents, representative b-1",
        "Cluster 2: 2 documents, representative " + NearDuplicateTexts.ESCAPED_1);
    Element table = section.selectFirst("table#near-duplicate-clusters");
    List<String> firstColumn = table.select("tr td:first-child").eachText();
    assertThat(firstColumn).containsExactly("1", "2", "3");
    assertThat(table.select("tr").get(3).text()).contains("m-1", "4", "m-2", "m-3", "m-4");
    assertThat(table.select("a[href]").eachAttr("href"))
        .containsExactly("#near-cluster-1", "#near-cluster-2", "#near-cluster-3");
    assertThat(section.text()).contains("near-duplicates.json").doesNotContain("more in");
    assertThat(Jsoup.parse(page).select("section#banner a[href=near-duplicates.json]")).hasSize(1);
  }

  @Test
  void theSideBySideShowsTheLeastSimilarMemberAndMarksTheLinesOnlyOneSideHas() throws IOException {
    Map<String, String> docs = NearDuplicateTexts.corpus();
    Result result = NearDuplicateTexts.result(docs, tmp, 1);
    String page = read(page(tmp.resolve("r"), result, docs::get));

    for (int c = 0; c < result.clusters().size(); c++) {
      Cluster cluster = result.clusters().get(c);
      Member least = cluster.members().stream().filter(m -> !m.id().equals(cluster.representative()))
          .min(Comparator.comparingDouble(Member::jaccard).thenComparing(Member::id)).orElseThrow();
      Element article = section(page).selectFirst("article#near-cluster-" + (c + 1));
      Element table = article.selectFirst("table.side-by-side");
      assertThat(table.selectFirst("tr").text())
          .contains("Representative " + cluster.representative(), "Member " + least.id(),
              NearDuplicatesJson.rounded(least.jaccard()).toPlainString());

      List<String> left = lines(docs.get(cluster.representative()));
      List<String> right = lines(docs.get(least.id()));
      Set<String> onlyLeft = new LinkedHashSet<>(left);
      onlyLeft.removeAll(new HashSet<>(right));
      Set<String> onlyRight = new LinkedHashSet<>(right);
      onlyRight.removeAll(new HashSet<>(left));
      assertThat(onlyLeft.size() + onlyRight.size()).as("lines that differ in cluster %d", c + 1).isPositive();
      assertThat(table.select("del.differs").eachText()).containsExactlyElementsOf(onlyLeft);
      assertThat(table.select("ins.differs").eachText()).containsExactlyElementsOf(onlyRight);
      // Unchanged lines are shown beside their changes, unmarked; runs of them are collapsed.
      assertThat(table.select("tr.gap")).isNotEmpty();
      Set<String> both = new HashSet<>(left);
      both.retainAll(new HashSet<>(right));
      assertThat(table.select("td:not(.ln)").eachText()).as("an unchanged line beside a change")
          .anySatisfy(cell -> assertThat(both).contains(cell));
    }
    Element m3 = section(page).selectFirst("article#near-cluster-3");
    // m-3 (a line changed) or m-4 (a truncated tail), whichever is less similar: the lowest Jaccard.
    assertThat(m3.select("ins.differs, del.differs")).isNotEmpty();
  }

  @Test
  void idsAndTextsAreEscaped() throws IOException {
    Map<String, String> docs = NearDuplicateTexts.corpus();
    String page = read(page(tmp.resolve("r"), NearDuplicateTexts.result(docs, tmp, 1), docs::get));

    assertThat(page).doesNotContain("<b>&\"", "<script", "alert(\"x\")")
        .contains("c/&lt;b&gt;&amp;&quot;one&quot;", "&lt;script&gt;alert(&quot;x&quot;) &amp; more&lt;/script&gt;");
    Element article = section(page).selectFirst("article#near-cluster-2");
    assertThat(article.select("ins.differs").eachText()).containsExactly(NearDuplicateTexts.MARKUP_LINE);
    assertThat(article.selectFirst("h4").text()).endsWith(NearDuplicateTexts.ESCAPED_1);
  }

  @Test
  void theSameInputGivesTheSameBytesWhateverTheOrderTheIndexWasFedIn() throws IOException {
    Map<String, String> docs = NearDuplicateTexts.corpus();
    Path one = page(tmp.resolve("one"), NearDuplicateTexts.result(docs, tmp, 1), docs::get).getParent();
    Path two = page(tmp.resolve("two/deeper"), NearDuplicateTexts.result(docs, tmp, 7), docs::get).getParent();

    for (String name : List.of(CorpusReport.PAGE, CorpusReport.SUMMARY)) {
      assertThat(Files.readAllBytes(two.resolve(name))).as(name).isEqualTo(Files.readAllBytes(one.resolve(name)));
    }
  }

  @Test
  void withoutTheCallThePageHasNoSectionAndTheCallOnlyAddsToIt() throws IOException {
    Map<String, String> docs = NearDuplicateTexts.corpus();
    String without = read(page(tmp.resolve("without"), null, null));
    String with = read(page(tmp.resolve("with"), NearDuplicateTexts.result(docs, tmp, 1), docs::get));

    assertThat(without).doesNotContain("near-duplicate", "near-cluster", "side-by-side", "differs");
    assertThat(read(tmp.resolve("without").resolve(CorpusReport.SUMMARY))).doesNotContain("nearDuplicates");
    // What the call adds: its style rules (scoped under the section), the banner's link and the section.
    String removed = with.replaceAll("(?m)^#corpus-report #near-duplicates.*\n", "")
        .replace(", <a href=\"near-duplicates.json\">near-duplicates.json</a>", "")
        .replaceAll("(?s)<section id=\"near-duplicates\">.*?</section>\n", "");
    assertThat(removed).isEqualTo(without);
  }

  @Test
  void anEmptyResultSaysThereAreNoNearDuplicates() throws IOException {
    Result empty = new Result(List.of(), List.of(), 9, 2, 3);
    String page = read(page(tmp.resolve("r"), empty, id -> {
      throw new AssertionError("no text is read without a cluster: " + id);
    }));

    Element section = section(page);
    assertThat(section.text()).contains("No near-duplicates", "9 documents", "2 documents too short");
    assertThat(section.select("svg, article, table")).isEmpty();
  }

  @Test
  void summaryJsonGainsTheCounts() throws IOException {
    Map<String, String> docs = NearDuplicateTexts.corpus();
    Path dir = page(tmp.resolve("r"), NearDuplicateTexts.result(docs, tmp, 1), docs::get).getParent();

    JsonNode near = new ObjectMapper().readTree(dir.resolve(CorpusReport.SUMMARY).toFile()).path("nearDuplicates");
    assertThat(near.path("clusters").asInt()).isEqualTo(3);
    assertThat(near.path("documentsInClusters").asInt()).isEqualTo(8);
    assertThat(near.path("tooShort").asInt()).isEqualTo(1);
    assertThat(near.path("documentsIndexed").asInt()).isEqualTo(10);
  }

  @Test
  void manyClustersShowTheLargestTenAndListAHundredReadingOnlyTheShownTexts() throws IOException {
    List<Cluster> clusters = new ArrayList<>();
    Map<String, String> docs = new TreeMap<>();
    for (int c = 0; c < 105; c++) {
      String rep = String.format("d%03d-a", c);
      int size = c % 7 == 0 ? 3 : 2;
      List<Member> members = new ArrayList<>();
      members.add(new Member(rep, 1.0));
      for (int m = 1; m < size; m++) {
        members.add(new Member(String.format("d%03d-%c", c, 'a' + m), 0.9 - m * 0.01));
      }
      for (Member member : members) {
        docs.put(member.id(), "Line one of " + member.id() + "\nLine two is the same.\n");
      }
      clusters.add(new Cluster(rep, members));
    }
    Result result = new Result(clusters, List.of(), 400, 0, 200);
    List<String> read = new ArrayList<>();
    String page = read(page(tmp.resolve("r"), result, id -> {
      read.add(id);
      return docs.get(id);
    }));

    Element section = section(page);
    // Sizes: 15 clusters of 3 (every seventh), the rest of 2; the largest ten are the first ten of size 3.
    List<String> shown = section.select("article.cluster").eachAttr("id");
    assertThat(shown).hasSize(10).containsExactly("near-cluster-1", "near-cluster-8", "near-cluster-15",
        "near-cluster-22", "near-cluster-29", "near-cluster-36", "near-cluster-43", "near-cluster-50",
        "near-cluster-57", "near-cluster-64");
    assertThat(section.select("table#near-duplicate-clusters tr td:first-child")).hasSize(100);
    assertThat(section.text()).contains("… and 5 more in near-duplicates.json");
    // Two texts per shown cluster: the representative and its least similar member.
    assertThat(new HashSet<>(read)).hasSize(20).contains("d000-a", "d000-c", "d063-a", "d063-c")
        .doesNotContain("d000-b", "d001-a");
  }

  @Test
  void hugeDocumentsAreCutSoThePageStaysSmall() throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; big.length() < 4_000_000; i++) {
      big.append("Line ").append(i).append(" of a very long document with the same words.\n");
    }
    String rep = big.toString();
    // Its first three lines replaced by a shorter one: its first 20,000 characters reach further.
    String member = "A different first line.\n" + rep.substring(rep.indexOf("Line 3 of"));
    String oneLine = rep.replace('\n', ' ');
    Result result = new Result(List.of(
        new Cluster("big-1", List.of(new Member("big-1", 1.0), new Member("big-2", 0.99))),
        new Cluster("line-1", List.of(new Member("line-1", 1.0), new Member("line-2", 0.98)))),
        List.of(), 4, 0, 2);
    Map<String, String> docs = Map.of("big-1", rep, "big-2", member, "line-1", oneLine, "line-2", "x " + oneLine);
    String page = read(page(tmp.resolve("r"), result, docs::get));

    String section = section(page).outerHtml();
    assertThat(section.length()).isLessThan(200_000);
    assertThat(section(page).selectFirst("article#near-cluster-1").select("del.differs").eachText())
        .containsExactly("Line 0 of a very long document with the same words.",
            "Line 1 of a very long document with the same words.",
            "Line 2 of a very long document with the same words.");
    // Cut at different lines, neither side's last lines are taken for lines the other lacks.
    assertThat(section(page).selectFirst("article#near-cluster-1").select("ins.differs").eachText())
        .containsExactly("A different first line.");
    assertThat(section(page).text()).contains("first 20,000 characters");
  }

  /** The lines of {@code text}, as the page splits them. */
  private static List<String> lines(String text) {
    return CorpusReport.lines(text);
  }
}
