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

  private static final String RECAP = "Three teams are still unbeaten at home, two have not won away since"
      + " the autumn, and the race for the last place in the playoffs will go down to the final weekend. ";

  private static final String OUTLOOK = "Next week brings the two leaders face to face, a derby in the north"
      + " and a long trip west for the champions, who have lost their last two games on the road. ";

  private static String article(String declared, String after) {
    return "<html><head><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + declared + "\"}"
        + "</script></head><body><article><div class=\"text\">"
        + "<p>" + INTRO + "</p><p>" + ENTRY + "</p><p>" + RECAP + "</p><p>" + OUTLOOK + "</p>" + after
        + "</div></article></body></html>";
  }

  @Test
  void keptTextAfterTheDeclaredBodysEndGoes() {
    String promo = "<div class=\"box\"><h4>Like the league?</h4><p>Get our weekly letter of scores and"
        + " standings in your inbox every Monday.</p></div>";
    ParsedDocument document = parse(article(INTRO + ENTRY + RECAP + OUTLOOK, promo));

    assertThat(document.text()).contains("Here is how the league stands", "the champions")
        .doesNotContain("weekly letter", "Like the league?");
    assertThat(document.removed()).anyMatch(c -> c.step().equals("html-main-text/after-declared-body")
        && c.before().contains("weekly letter"));
  }

  @Test
  void aDeclaredBodyCutShortLeavesTheRestOfTheArticle() {
    ParsedDocument document = parse(article(INTRO + ENTRY, ""));

    assertThat(document.text()).contains("Here is how the league stands", "the playoffs", "the champions");
    assertThat(document.removed()).extracting(Change::step).doesNotContain("html-main-text/after-declared-body");
  }

  @Test
  void aDeclaredBodyWrittenAsMarkupIsReadAsItsText() {
    String html = "<html><head><script type=\"application/ld+json\">{\"articleBody\":"
        + "\"<p>The council <a href=\\\"https://example.com/vote\\\">voted</a> on Monday.</p>\"}"
        + "</script></head><body></body></html>";

    assertThat(DeclaredBody.of(org.jsoup.Jsoup.parse(html))).isEqualTo("the council voted on monday");
  }

  @Test
  void theDeclaredBodyIsTheLeastNestedOne() {
    String html = "<html><head><script type=\"application/ld+json\">[{\"articleBody\":\"short\"},"
        + "{\"articleBody\":\"the longer one\",\"part\":{\"articleBody\":\"a nested, much longer body of text\"}}]"
        + "</script><script type=\"application/ld+json\">{not json</script></head><body></body></html>";

    assertThat(DeclaredBody.of(org.jsoup.Jsoup.parse(html))).isEqualTo("the longer one");
  }
}
