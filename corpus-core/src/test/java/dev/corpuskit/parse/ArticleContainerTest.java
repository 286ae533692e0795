package dev.corpuskit.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.source.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages whose article element is itself a paragraph (text and inline markup, no blocks), as
 * Blogger templates write their posts: the container search stays within it.
 */
class ArticleContainerTest {

  private static final SourceFile SOURCE = new SourceFile(Path.of("corpus"), "page.html");

  private static final String SENTENCE = "The council met on Tuesday, in the old hall, and voted on the plan"
      + " for the new bridge across the river after a long debate. ";

  private final HtmlParser parser = new HtmlParser();

  @ParameterizedTest
  @ValueSource(strings = {
      "<div class=\"post-body\" itemprop=\"articleBody\">%s<br><br>%s<br>%s</div>",
      "<div><div><p itemprop=\"articleBody\">%s<b>%s</b>%s</p></div></div>",
      "<section itemprop=\"articleBody\">%s<span>%s</span>%s</section>",
      "<table><tr><td role=\"main\">%s<br>%s<br>%s</td></tr></table>",
      "<div role=\"main\"><i>%s</i>%s<a href=\"/x\">link</a> %s</div>",
      "<span itemprop=\"articleBody\">%s %s %s</span>",
      "<pre itemprop=\"articleBody\">%s\n%s\n%s</pre>"})
  void anArticleElementThatIsItselfAParagraphIsTheArticle(String shape) {
    String article = String.format(shape, SENTENCE.repeat(3), SENTENCE.repeat(2), SENTENCE.repeat(2));
    String page = "<html><head><title>t</title></head><body><div class=\"wrap\"><p>Menu, home, about us and"
        + " the contact page, all in one line.</p>" + article + "</div></body></html>";

    ParsedDocument document = parser.parse(SOURCE, page.getBytes(UTF_8), UTF_8);

    assertThat(document.text()).contains("The council met on Tuesday").doesNotContain("Menu, home");
  }

  @Test
  void textBetweenLineBreaksBesideABlockScoresAsParagraphs() {
    String post = "<div class=\"post-body\"><div class=\"separator\"><a href=\"/big.jpg\"><img src=\"/small.jpg\"></a>"
        + "</div>" + SENTENCE.repeat(2) + "<br><br>" + SENTENCE.repeat(2) + "<br><br>" + SENTENCE + "</div>";
    String sidebar = "<div class=\"about\"><p>I write about towns, rivers and the people who live by them.</p>"
        + "<p>Follow me for more walks, maps and stories from the valley.</p></div>";
    String page = "<html><body><div class=\"column\">" + post + "</div>" + sidebar + "</body></html>";

    ParsedDocument document = parser.parse(SOURCE, page.getBytes(UTF_8), UTF_8);

    assertThat(document.text()).contains("The council met on Tuesday").doesNotContain("I write about towns");
  }
  @Test
  void anArticleSplitAcrossArticleElementsWithoutHeadingsIsOneArticle() {
    String second = "The bridge will open next spring, the mayor said, if the weather holds and the steel"
        + " arrives on time from the mill upriver. ";
    String page = "<html><body><h1>The bridge</h1><div id=\"story\"><div class=\"body\"><article><p>"
        + SENTENCE.repeat(3) + "</p><p>" + SENTENCE.repeat(2) + "</p></article></div>"
        + "<div class=\"rail\"><p>Advertisement</p></div><div class=\"body\"><article><p>" + second.repeat(3)
        + "</p><p>" + second.repeat(2) + "</p></article></div></div>"
        + "<div class=\"more\"><article><h3>Another story</h3><p>" + "A second story about a ferry, a storm"
        + " and a harbour that flooded twice in one week, told in a teaser. ".repeat(2) + "</p></article></div>"
        + "</body></html>";

    ParsedDocument document = parser.parse(SOURCE, page.getBytes(UTF_8), UTF_8);

    assertThat(document.text()).contains("The council met on Tuesday").contains("The bridge will open")
        .doesNotContain("a ferry, a storm");
  }
}
