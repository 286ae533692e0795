package dev.corpuskit.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.lang.Language;
import dev.corpuskit.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.jsoup.Jsoup;

/**
 * Never blind: a page whose body holds at least {@value Fallback#MIN_PAGE_WORDS} words in paragraphs
 * that end as sentences never yields no text, whatever markup wraps them: classes that name furniture,
 * an {@code <article>} teaser beside them, table cells, text between {@code <br>}s, all in italics, a
 * comment thread around them, a page header or aside. The pages are built here; the seed is fixed.
 */
class NeverBlindTest {

  private static final String[] SENTENCES = {
    "The council voted on Tuesday to keep the old library open for another five years.",
    "Residents had campaigned for months, saying the building was the last public space in the district.",
    "Officials argued that the repairs would cost more than a new building would.",
    "An independent survey found that the roof and the heating could be fixed for half the estimate.",
    "The reading rooms and the local archive will stay where they are for now.",
    "Several residents said they would volunteer to help with the archive over the coming months.",
    "The opposition said the vote only delayed a hard choice about next year's budget.",
    "Nobody at the meeting expected the result to be read out so early in the evening.",
  };

  /** How the article's paragraphs are marked up. */
  private static final List<String> PARAGRAPHS = List.of("p", "br", "td", "em", "div", "li");
  /** What wraps the article. */
  private static final List<String> WRAPPERS = List.of(
      "<div>", "<div class=\"post author-jane tag-news\">", "<div class=\"widget sidebar\">",
      "<div class=\"comments\">", "<span class=\"byline-author\">", "<article>", "<main>", "<aside>",
      "<header>", "<div class=\"related promo\">", "<form>");

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<List<String>> paragraphs = Arbitraries.of(SENTENCES).list().ofMinSize(2).ofMaxSize(4)
        .map(sentences -> String.join(" ", sentences)).list().ofMinSize(2).ofMaxSize(8)
        .filter(list -> words(list) >= Fallback.MIN_PAGE_WORDS);
    return Combinators.combine(paragraphs, Arbitraries.of(PARAGRAPHS), Arbitraries.of(WRAPPERS),
        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.integers().between(0, 12))
        .as(NeverBlindTest::page);
  }

  @Property(tries = 300, seed = "17", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void aPageWithProseNeverGivesNoText(@ForAll("pages") String html) {
    assertThat(Fallback.proseWords(Jsoup.parse(html).body(), Language.of(Language.ENGLISH)))
        .as("the page as built holds prose").isGreaterThanOrEqualTo(Fallback.MIN_PAGE_WORDS);

    String text = new HtmlParser()
        .parse(new SourceFile(Path.of("corpus"), "page.html"), html.getBytes(UTF_8), UTF_8).text();

    assertThat(text).as("text of %s", html).isNotBlank();
  }

  private static int words(List<String> paragraphs) {
    return paragraphs.stream().mapToInt(p -> p.split(" ").length).sum();
  }

  private static String page(List<String> paragraphs, String markup, String wrapper, boolean teaser,
      boolean nav, int comments) {
    StringBuilder article = new StringBuilder();
    for (String paragraph : paragraphs) {
      article.append(switch (markup) {
        case "br" -> paragraph + "<br><br>\n";
        case "td" -> "<tr><td>" + paragraph + "</td></tr>\n";
        case "em" -> "<p><em>" + paragraph + "</em></p>\n";
        case "div" -> "<div>" + paragraph + "</div>\n";
        case "li" -> "<li>" + paragraph + "</li>\n";
        default -> "<p>" + paragraph + "</p>\n";
      });
    }
    String body = switch (markup) {
      case "td" -> "<table>" + article + "</table>";
      case "li" -> "<ul>" + article + "</ul>";
      default -> article.toString();
    };
    String close = "</" + wrapper.substring(1, wrapper.indexOf(wrapper.contains(" ") ? ' ' : '>')) + ">";
    StringBuilder page = new StringBuilder("<html><head><title>Library</title></head><body>\n");
    if (nav) {
      page.append("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n");
    }
    if (teaser) {
      page.append("<article><h2><a href=\"/other\">Another story</a></h2><p>A short teaser for another story"
          + " that ends here.</p></article>\n");
    }
    page.append(wrapper).append("<h1>The library stays open</h1>\n").append(body).append(close).append('\n');
    if (comments > 0) {
      page.append("<div class=\"comments\"><h3>Comments</h3>\n");
      for (int i = 0; i < comments; i++) {
        page.append("<div class=\"comment\"><p>Reader ").append(i).append(" wrote:</p><p>Great news for the"
            + " town, I hope the archive gets more room too.</p></div>\n");
      }
      page.append("</div>\n");
    }
    return page.append("<footer>Copyright the Gazette</footer></body></html>").toString();
  }
}
