package dev.corpuskit.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import dev.corpuskit.source.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The article body a page declares in its JSON-LD locates the article; it is never pasted as text. */
public class DeclaredBodyTest {

  private static final String INTRO = "The season's last weeks have reshuffled the table, and the teams at"
      + " the top look less certain than they did a month ago, with injuries, a coaching change and two long"
      + " losing runs. Here is how the league stands, from first to last, after a weekend of upsets. ";

  private static final String ENTRY = "The club won again on Sunday, its defence held for the fourth week in"
      + " a row, and its young quarterback threw for three hundred yards, which kept it near the top. ";

  private static String page(String declared, boolean entriesInBody) {
    StringBuilder entries = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      entries.append("<div><h2>").append(i).append(". Team ").append(i).append("</h2><p>").append(ENTRY)
          .append(ENTRY).append("</p></div>\n");
    }
    return "<html><head><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Power rankings\",\"articleBody\":\"" + declared + "\","
        + "\"hasPart\":[{\"@type\":\"NewsArticle\",\"articleBody\":\"" + ENTRY + "\"}]}"
        + "</script></head><body><article>\n<h1>Power rankings</h1>\n"
        + "<div class=\"intro\"><p>" + INTRO + "</p><p>" + INTRO + "</p><p>" + INTRO + "</p></div>\n"
        + (entriesInBody ? entries : "") + "</article></body></html>";
  }

  private static ParsedDocument parse(String html) {
    return new HtmlParser().parse(new SourceFile(Path.of("corpus"), "page.html"), html.getBytes(UTF_8), UTF_8);
  }

  @Test
  void theElementHoldingTheDeclaredBodyIsTheArticle() {
    ParsedDocument document = parse(page(INTRO + INTRO + INTRO, true));

    assertThat(document.text()).contains("Here is how the league stands").doesNotContain("quarterback");
    assertThat(document.removed()).anyMatch(c -> c.step().equals("html-main-text/outside-declared-body")
        && c.before().contains("quarterback"));
  }

  @Test
  void aShortDeclaredBodyIsATeaserAndLocatesNothing() {
    ParsedDocument document = parse(page("The league after a weekend of upsets.", true));

    assertThat(document.text()).contains("Here is how the league stands").contains("quarterback");
    assertThat(document.removed()).extracting(Change::step).doesNotContain("html-main-text/outside-declared-body");
  }

  @Test
  void aDeclaredBodyThatHoldsTheWholeContainerChangesNothing() {
    ParsedDocument document = parse(page(INTRO + INTRO + INTRO, false));

    assertThat(document.text()).contains("Here is how the league stands");
    assertThat(document.removed()).extracting(Change::step).doesNotContain("html-main-text/outside-declared-body");
  }

  @Test
  void theDeclaredBodyIsTheLeastNestedOne() {
    String html = "<html><head><script type=\"application/ld+json\">[{\"articleBody\":\"short\"},"
        + "{\"articleBody\":\"the longer one\",\"part\":{\"articleBody\":\"a nested, much longer body of text\"}}]"
        + "</script><script type=\"application/ld+json\">{not json</script></head><body></body></html>";

    assertThat(DeclaredBody.of(org.jsoup.Jsoup.parse(html))).isEqualTo("the longer one");
  }
}
