package dev.corpuskit.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import dev.corpuskit.source.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Never blind: when the chosen container gives no text, the article is found by the declared body, the
 * description's block, the densest prose block or the density classifier, in that order, and the audit
 * names the step.
 */
class FallbackTest {

  private static final String[] POST = {
    "The harbour master said on Monday that the old pier would close for repairs in the spring, after"
        + " divers found that several of its wooden piles had rotted through below the waterline.",
    "Fishermen who moor their boats along the pier will be offered berths in the new marina for the"
        + " summer, at the same rent they pay now, while the work goes on over the next few months.",
    "The repairs are expected to cost less than the town had feared, because most of the deck can be"
        + " kept and only the piles and the cross beams beneath it need to be replaced this time.",
    "A public meeting will be held next week in the library, where the engineers will show their plans"
        + " and answer questions from residents about the noise, the traffic and the timetable.",
  };

  private static final String COMMENT = "I walked along that pier every weekend as a child and it is sad to"
      + " see it in such a state, but I am glad the town has finally decided to do something about it.";

  private static ParsedDocument parse(String html) {
    return new HtmlParser().parse(new SourceFile(Path.of("corpus"), "page.html"), html.getBytes(UTF_8), UTF_8);
  }

  private static String paragraphs(String open, String close) {
    StringBuilder out = new StringBuilder();
    for (String p : POST) {
      out.append(open).append(p).append(close).append('\n');
    }
    return out.toString();
  }

  /**
   * A blog post whose wrapper's classes name its author and tags (page furniture words), beside a
   * comment thread and an "about" box in the sidebar: each holds less than half the page's prose, so
   * each goes as furniture, and the container search is left with nothing.
   */
  private static String blogPost(String head, boolean commentsInOneBlock) {
    StringBuilder comments = new StringBuilder("<div class=\"comments\">\n");
    for (int i = 0; i < 4; i++) {
      comments.append(commentsInOneBlock ? "<p>" + COMMENT + "</p>\n"
          : "<div class=\"comment\"><p class=\"who\">Reader " + i + "</p><p>" + COMMENT + "</p></div>\n");
    }
    comments.append("</div>\n");
    return "<html><head>" + head + "</head><body>\n"
        + "<div class=\"author-jane tag-harbour\">\n<h2>The old pier will close for repairs</h2>\n"
        + "<div class=\"entry\">\n" + paragraphs("<p>", "</p>") + "</div>\n</div>\n"
        + comments
        + "<div class=\"sidebar\"><p>This blog is written by a retired sailor who lives by the harbour and"
        + " writes about the town, its boats and its people.</p><p>New posts appear every week, usually on a"
        + " Sunday morning after the tide has turned.</p></div>\n"
        + "</body></html>";
  }

  private static boolean hasRule(ParsedDocument document, String rule) {
    return document.removed().stream().map(Change::step).anyMatch(("html-main-text/" + rule)::equals);
  }

  @Test
  void aPostWrappedInFurnitureClassesFallsBackToTheDensestProse() {
    ParsedDocument document = parse(blogPost("", false));

    assertThat(document.text()).contains(POST[0]).contains(POST[3]).doesNotContain("every weekend as a child");
    assertThat(hasRule(document, Fallback.DENSEST)).isTrue();
  }

  @Test
  void theDeclaredArticleBodyLocatesTheArticleFirst() {
    String declared = String.join(" ", POST);
    ParsedDocument document = parse(blogPost("<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\","
        + "\"articleBody\":\"" + declared + "\"}</script>", false));

    assertThat(document.text()).contains(POST[0]).contains(POST[3]).doesNotContain("every weekend as a child");
    assertThat(hasRule(document, Fallback.DECLARED)).isTrue();
    assertThat(hasRule(document, Fallback.DENSEST)).isFalse();
  }

  @Test
  void theDescriptionsBlockWinsOverADenserCommentThread() {
    // The comments share one block, which outscores the post; the description names the post.
    ParsedDocument document = parse(blogPost("<meta property=\"og:description\" content=\"" + POST[0] + "\">", true));

    assertThat(document.text()).contains(POST[0]).contains(POST[3]).doesNotContain("every weekend as a child");
    assertThat(hasRule(document, Fallback.DESCRIBED)).isTrue();
  }

  @Test
  void linesWithoutSentencesFallBackToTheDensityClassifier() {
    // A poem pasted into a span whose class names a byline, beside a longer list of archive links: the
    // span goes as furniture, the links as link-dense, and no line ends as a sentence.
    StringBuilder links = new StringBuilder("<ul>");
    for (int i = 0; i < 40; i++) {
      links.append("<li><a href=\"/archive/").append(i).append("\">Archive of the month ").append(i)
          .append("</a></li>");
    }
    String poem = "the tide comes in across the grey stones of the bay<br>"
        + "and the gulls are calling over the boats that wait for morning<br>"
        + "the old men sit along the wall and talk about the weather<br>"
        + "while the children run between the nets that dry along the quay<br>"
        + "and the light goes down behind the hill where the chapel stands<br>";
    String html = "<html><body><div class=\"post-body\"><span class=\"byline-author\">" + poem + "</span></div>"
        + links + "</ul></body></html>";

    ParsedDocument document = parse(html);

    assertThat(document.text()).contains("the old men sit along the wall");
    assertThat(hasRule(document, Fallback.DENSITY)).isTrue();
  }

  @Test
  void aPostMarkedAsAnEntryIsTheArticleThoughItsClassesNameItsTags() {
    // WordPress marks a post "hentry" with a class per tag: "tag" names furniture, but not here. The
    // recent posts beside it hold more paragraphs than it does.
    StringBuilder recent = new StringBuilder("<div id=\"recent\"><h3>Recent posts</h3>");
    for (int i = 0; i < 10; i++) {
      recent.append("<p>The council met again this week to talk about the budget for the coming year ")
          .append(i).append(".</p>");
    }
    String html = "<html><body><div class=\"post-7 post type-post hentry category-news tag-harbour\">"
        + "<h2>The old pier will close</h2><div class=\"entry\">" + paragraphs("<p>", "</p>") + "</div></div>"
        + recent + "</div></body></html>";

    ParsedDocument document = parse(html);

    assertThat(document.text()).contains(POST[0]).contains(POST[3]).doesNotContain("The council met again");
  }

  @Test
  void aBlogEntryInsideAWidgetIsTheArticle() {
    // Blogger: the posts are a "widget", their text between <br>s; the profile beside it has the page's
    // only <p>s, so by paragraphs the posts' widget held less than half the page and went.
    String html = "<html><body><div id=\"Blog1\" class=\"widget Blog\"><div class=\"post hentry\">"
        + "<h3 class=\"post-title\">The old pier will close</h3><div class=\"post-body entry-content\">"
        + paragraphs("", "<br><br>") + "</div></div></div>"
        + "<div id=\"Profile1\" class=\"widget Profile\"><p>I have lived by the harbour for forty years and I"
        + " write about the town, its boats, its people and its history, with photographs of the coast taken on"
        + " my walks along the cliffs in every season of the year.</p><p>Write to me at the address below if"
        + " you have a story about the town that you would like to share with the readers of this blog.</p>"
        + "</div></body></html>";

    ParsedDocument document = parse(html);

    assertThat(document.text()).contains(POST[0]).contains(POST[3]).doesNotContain("forty years");
  }

  @Test
  void anArticleSetAllInItalicsIsNotAnEndNote() {
    String html = "<html><body><article><h1>Pier</h1><p><em>" + String.join(" ", POST) + "</em></p>"
        + "</article></body></html>";

    ParsedDocument document = parse(html);

    assertThat(document.text()).contains(POST[0]);
    assertThat(hasRule(document, EndNotes.RULE)).isFalse();
  }

  @Test
  void aFormAroundTheWholePageIsItsLayoutNotAForm() {
    String html = "<html><body><form id=\"aspnetForm\" method=\"post\"><div id=\"container\">"
        + "<div class=\"nav\"><a href=\"/\">Home</a></div><div class=\"text\">" + paragraphs("<p>", "</p>")
        + "</div><input type=\"text\" name=\"q\"><button>Search</button></div></form></body></html>";

    ParsedDocument document = parse(html);

    assertThat(document.text()).contains(POST[0]).contains(POST[3]).doesNotContain("Search");
  }

  @Test
  void aFormBesideTheArticleStillGoes() {
    String html = "<html><body><div class=\"text\">" + paragraphs("<p>", "</p>") + "</div>"
        + "<form><p>Leave a reply to this post, your address will not be shown.</p></form></body></html>";

    assertThat(parse(html).text()).contains(POST[0]).doesNotContain("Leave a reply");
  }

  @Test
  void aChosenArticleWithEnoughProseIsKept() {
    String html = "<html><body><article><h1>Pier</h1>" + paragraphs("<p>", "</p>") + "</article></body></html>";

    ParsedDocument document = parse(html);

    assertThat(document.text()).contains(POST[0]).contains(POST[3]);
    assertThat(document.removed()).extracting(Change::step).noneMatch(step -> step.contains("fallback"));
  }
}
