package dev.corpuskit.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.source.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A sentence that is mostly one link, set between paragraphs of the article's prose, is part of the
 * article; a labelled pointer to another page ("Related: ...") in the same place is not.
 */
class LinkedSentenceTest {

  private static final SourceFile SOURCE = new SourceFile(Path.of("corpus"), "page.html");

  private static final String SENTENCE = "The council met on Tuesday, in the old hall, and voted on the plan"
      + " for the new bridge across the river after a long debate. ";

  private final HtmlParser parser = new HtmlParser();

  @Test
  void aLinkedSentenceBetweenProseParagraphsStays() {
    String page = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><div class=\"post\">"
        + "<p>" + SENTENCE.repeat(3) + "</p>"
        + "<p>In contrast, <a href=\"/other\">the engineers who studied the river for the county wrote that"
        + " the old plan was a costly flop</a>.</p>"
        + "<p>" + SENTENCE.repeat(2) + "</p>"
        + "<p>Related: <a href=\"/ferry\">The ferry that crossed the river for a hundred years will stop"
        + " running in May</a>.</p>"
        + "<p>" + SENTENCE.repeat(2) + "</p>"
        + "</div></body></html>";

    ParsedDocument document = parser.parse(SOURCE, page.getBytes(UTF_8), UTF_8);

    assertThat(document.text()).contains("The council met on Tuesday")
        .contains("the old plan was a costly flop").doesNotContain("The ferry that crossed");
  }
}
