package dev.corpuskit.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.corpuskit.audit.Change;
import dev.corpuskit.source.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every block the HTML main-text extraction leaves out reaches the audit with its rule and line. */
public class MainTextAuditTest {

  static final String PROSE = "The harbour reopened on Monday, three weeks after the storm, and the first"
      + " ferries came in before noon with cars, lorries and a few hundred passengers on board.";

  public static final String PAGE = String.join("\n",
      "<html><head><title>Harbour News</title></head><body>",                               // 1
      "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>",                        // 2
      "<div class=\"sidebar-links\"><a href=\"/x\">Sport</a></div>",                          // 3
      "<main>",                                                                              // 4
      "<h1>Harbour reopens</h1>",                                                            // 5
      "<p>" + PROSE + "</p>",                                                                // 6
      "<p>Fishermen said the new wall held well, and the town council thanked the crews.</p>", // 7
      "<ul><li><a href=\"/a\">Storm damage in pictures</a></li>",                            // 8
      "<li><a href=\"/b\">How the ferries run this week</a></li></ul>",                      // 9
      "<div class=\"comment-box\"><p>Great news, thanks for the report!</p></div>",          // 10
      "<p>\u00a9 2024 Harbour News</p>",                                                     // 11
      "</main>",
      "<p>Unrelated text after the article, outside every article element.</p>",             // 13
      "</body></html>");

  @Test
  void eachRemovedBlockIsAuditedWithItsRuleAndLine() {
    ParsedDocument document =
        new HtmlParser().parse(new SourceFile(Path.of("corpus"), "page.html"), PAGE.getBytes(UTF_8), UTF_8);

    assertThat(document.text()).contains("The harbour reopened on Monday").contains("thanked the crews")
        .doesNotContain("Home").doesNotContain("Sport").doesNotContain("Storm damage")
        .doesNotContain("Great news").doesNotContain("2024").doesNotContain("Unrelated");
    assertThat(document.removed()).extracting(Change::step, Change::line, Change::before)
        .containsExactly(
            tuple("html-main-text/non-content", 2, "Home News"),
            tuple("html-main-text/furniture", 3, "Sport"),
            tuple("html-main-text/title", 5, "Harbour reopens"),
            tuple("html-main-text/link-density", 8, "Storm damage in pictures"),
            tuple("html-main-text/link-density", 9, "How the ferries run this week"),
            tuple("html-main-text/furniture", 10, "Great news, thanks for the report!"),
            tuple("html-main-text/copyright", 11, "\u00a9 2024 Harbour News"),
            tuple("html-main-text/outside-article", 13,
                "Unrelated text after the article, outside every article element."));
    assertThat(document.removed()).allMatch(Change::isRemoval);
  }

  @Test
  void plainTextRemovesNothing() {
    ParsedDocument document = new PlainTextParser().parse(
        new SourceFile(Path.of("corpus"), "a.txt"), "Home\nText.\n".getBytes(UTF_8), UTF_8);

    assertThat(document.removed()).isEmpty();
  }
}
