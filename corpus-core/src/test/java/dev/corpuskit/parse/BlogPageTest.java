package dev.corpuskit.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.source.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Blog pages: a post whose container's classes also name its author, tags or the template's
 * widgets, followed by a reader comment thread longer than the post.
 */
class BlogPageTest {

  private static final SourceFile SOURCE = new SourceFile(Path.of("corpus"), "page.html");

  private static final String PARAGRAPH = "%s paragraph of the post, long enough, with commas, clauses, and the"
      + " detail that an article paragraph has in it, so that three of them make a post of its own length.";

  private static final String COMMENT = "<div class=\"comment\"><p>What a lovely idea, thank you so much for"
      + " sharing it with all of us, I will try it this weekend with my kids and tell you how it went!</p></div>";

  private final HtmlParser parser = new HtmlParser();

  private String text(String page) {
    return parser.parse(SOURCE, page.getBytes(UTF_8), UTF_8).text();
  }

  @Test
  void aPostWhoseClassesNameItsAuthorStays() {
    String post = "<div class=\"entry-author-jane_doe entry-type-post entry\"><p>" + PARAGRAPH.formatted("First")
        + "</p><p>" + PARAGRAPH.formatted("Second") + "</p><p>" + PARAGRAPH.formatted("Third") + "</p></div>";
    String page = "<html><body><div id=\"main\">" + post + "<div id=\"comments-list\">" + COMMENT.repeat(8)
        + "</div></div></body></html>";

    assertThat(text(page)).contains("First paragraph", "Third paragraph");
  }

  @Test
  void theBlogWidgetOfATemplateWhereEverySectionIsAWidgetStays() {
    String post = "<div class=\"post-body\">" + PARAGRAPH.formatted("First") + "<br><br>"
        + PARAGRAPH.formatted("Second") + "<br><br>" + PARAGRAPH.formatted("Third") + "</div>";
    String sidebar = "<div class=\"widget HTML\"><p>I am a mother of three who loves to bake, sew and garden,"
        + " and this blog is where I share what I make with friends and family.</p></div>";
    String page = "<html><body><div class=\"widget Blog\" id=\"Blog1\">" + post
        + "</div><div class=\"sidebar\">" + sidebar.repeat(4) + "</div></body></html>";

    assertThat(text(page)).contains("First paragraph", "Third paragraph").doesNotContain("mother of three");
  }

  @Test
  void anAsideNamedThePostThatHoldsAPostStays() {
    String post = "<aside class=\"blogPost\"><h1>The title</h1><div class=\"blogContent\"><p>"
        + PARAGRAPH.formatted("First") + "</p><p>" + PARAGRAPH.formatted("Second") + "</p><p>"
        + PARAGRAPH.formatted("Third") + "</p></div></aside>";
    String sidebar = "<aside class=\"about\"><p>I am a mother of three who loves to bake, sew and garden,"
        + " and this blog is where I share what I make with friends and family.</p></aside>";
    String page = "<html><body><nav><a href=\"/\">Home</a></nav><section id=\"leftColumn\">" + post
        + "</section>" + sidebar + "</body></html>";

    assertThat(text(page)).contains("First paragraph", "Third paragraph").doesNotContain("mother of three");
  }

  @Test
  void aCommentThreadLongerThanThePostGoes() {
    String post = "<div class=\"post-content\"><p>" + PARAGRAPH.formatted("First") + "</p><p>"
        + PARAGRAPH.formatted("Second") + "</p><p>" + PARAGRAPH.formatted("Third") + "</p></div>";
    String page = "<html><body><div id=\"main\">" + post + "<div class=\"comments\" id=\"all-comments\">"
        + COMMENT.repeat(8) + "</div></div></body></html>";

    assertThat(text(page)).contains("First paragraph", "Third paragraph").doesNotContain("lovely idea");
  }

  @Test
  void aShortPostWhoseClassesNameItsAuthorStaysATeaserNamedRelatedGoes() {
    String post = "<div class=\"hentry post author-admin\"><p>" + PARAGRAPH.formatted("Only") + "</p><p>"
        + PARAGRAPH.formatted("Short") + "</p></div>";
    String blog = "<html><body><div id=\"main\">" + post + "<div id=\"comments\">" + COMMENT.repeat(8)
        + "</div></div><div class=\"links\"><p>Friends of this blog, all of them worth a visit, and more.</p>"
        + "</div></body></html>";
    String teaser = "<div class=\"link-related article\"><p>" + PARAGRAPH.formatted("Teaser") + "</p></div>";
    String story = "<html><body><div class=\"story\"><p>" + PARAGRAPH.formatted("Story") + "</p>" + teaser
        + "<p>" + PARAGRAPH.formatted("Last") + "</p></div></body></html>";

    assertThat(text(blog)).contains("Only paragraph").doesNotContain("lovely idea");
    assertThat(text(story)).contains("Story paragraph", "Last paragraph").doesNotContain("Teaser paragraph");
  }

  @Test
  void aShortPostWithAnImageAmongItsParagraphsIsNoCaption() {
    String post = "<div class=\"entry-content\"><p>The new update for the phone is out today, with fixes.</p>"
        + "<p><img src=\"phone.jpg\"></p><p>The full list of changes is not out yet, tell us what you find.</p>"
        + "<p><a href=\"/get\">Download</a> the updater</p></div>";
    String page = "<html><body><div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/about\">About</a></div>"
        + "<div class=\"page\">" + post + "<p class=\"note\">Posted in phones, updates and more news.</p>"
        + "</div></body></html>";

    assertThat(text(page)).contains("The new update for the phone", "The full list of changes");
  }

  @Test
  void aPhotoPostIsNoFigureItsTextStays() {
    String post = "<div class=\"post\" id=\"post-3292\"><h2>At the show</h2><p><img src=\"dress.jpg\"></p>"
        + "<p>She looks like she walked out of the pages of an old magazine in her bright red dress.</p></div>";
    String page = "<html><body><div id=\"content\"><p>October 2, 2012</p>" + post + "<p>Filed under fashion</p>"
        + "</div></body></html>";

    assertThat(text(page)).contains("She looks like she walked out of the pages");
  }

  @Test
  void aFormThatWrapsThePageIsNoFormASearchFormGoes() {
    String post = "<div class=\"post\"><p>" + PARAGRAPH.formatted("First") + "</p><p>" + PARAGRAPH.formatted("Second")
        + "</p></div>";
    String search = "<form action=\"/search\"><label>Search the whole site for what you need</label>"
        + "<input name=\"q\"></form>";
    String page = "<html><body><form id=\"aspnetForm\" method=\"post\"><div class=\"page\">" + search + post
        + "</div></form></body></html>";

    assertThat(text(page)).contains("First paragraph", "Second paragraph").doesNotContain("Search the whole site");
  }

  @Test
  void theCommentsAfterAHeadingNamedCommentsGoWithIt() {
    String reply = "<div id=\"c1699\"><p>What a lovely idea, thank you so much for sharing it with all of us, I will"
        + " try it this weekend with my kids and tell you how it went!</p></div>"
        + "<p class=\"posted\">Posted by: Ellen at September 10, 2012 11:40 AM</p>";
    String page = "<html><body><div id=\"content\"><p>" + PARAGRAPH.formatted("First") + "</p><p>"
        + PARAGRAPH.formatted("Second") + "</p><h2 id=\"comments\">Comments</h2>" + reply.repeat(8)
        + "</div></body></html>";

    assertThat(text(page)).contains("First paragraph", "Second paragraph").doesNotContain("lovely idea", "Ellen");
  }
}
