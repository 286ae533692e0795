package dev.corpuskit.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsBenchTest {

  private static final String ARTICLE = "<p>The council met on Tuesday evening to discuss the new budget for the"
      + " coming year, which includes money for roads, schools and the library.</p><p>Members argued for"
      + " three hours before they agreed on a plan that keeps taxes where they were last year.</p>";

  @TempDir
  Path work;

  private static Page page(String id, String html, String gold) {
    return new Page(id, "https://example.org/" + id, html.getBytes(StandardCharsets.UTF_8), "", gold);
  }

  @Test
  void anEmptyPageCountsAsOursOnlyWhenItsGoldHasText() throws Exception {
    String gold = "A long gold article of many words that the extractor should have found on this page, here, and"
        + " found in full.";
    List<Page> pages = List.of(
        page("blind", "<html><body><div></div></body></html>", gold),
        page("photo", "<html><body><div> </div><img src=a.jpg></body></html>", "A photo."),
        page("fine", "<html><body>" + ARTICLE + "</body></html>", gold));

    FindingsBench.Tally tally = FindingsBench.tally(pages, work);

    assertThat(tally.byRule()).containsEntry("empty ERROR", 2);
    assertThat(tally.emptyWithText()).containsExactly("blind (gold 21 words)");
    assertThat(tally.internalErrors()).isEmpty();
    assertThat(tally.pages()).isEqualTo(3);
  }

  @Test
  void aDuplicateIsOursWhenTheTwoGoldArticlesDiffer() throws Exception {
    String html = "<html><body>" + ARTICLE + "</body></html>";
    List<Page> sameArticle = List.of(page("a", html, "One  article."), page("b", html, "One article."));
    List<Page> otherArticles = List.of(page("c", html, "One article."), page("d", html, "Another article."));

    FindingsBench.Tally same = FindingsBench.tally(sameArticle, work.resolve("same"));
    FindingsBench.Tally other = FindingsBench.tally(otherArticles, work.resolve("other"));

    assertThat(same.byRule()).containsEntry("duplicate ERROR", 1);
    assertThat(same.falseDuplicates()).isEmpty();
    assertThat(other.falseDuplicates()).containsExactly("d and c");
  }

  @Test
  void theTableNamesEveryRuleAndTheFourKinds() throws Exception {
    FindingsBench.Tally tally = FindingsBench.tally(
        List.of(page("blind", "<html><body></body></html>", "Twenty one words " + "of gold text ".repeat(6))), work);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    FindingsBench.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), "set", tally, true);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("| empty | ERROR | 1 |")
        .contains("empty on a page with text (gold >= 20 words) 1")
        .contains("  blind (gold 21 words)");
  }
}
