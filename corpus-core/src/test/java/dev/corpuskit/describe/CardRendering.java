package dev.corpuskit.describe;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A data card as a hosting site shows it: its YAML front matter taken off, as GitHub and the Hugging
 * Face Hub do, the rest rendered by a CommonMark renderer with GitHub's tables, raw HTML passed through and
 * links not sanitized, so that markup the card lets through shows up as elements.
 */
final class CardRendering {

  private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private CardRendering() {}

  /** The card rendered to HTML and parsed back into a document. */
  static Document render(String markdown) {
    return Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(withoutFrontMatter(markdown))));
  }

  /**
   * {@code markdown} without the front matter at its top (a block from a {@code ---} line to the next)
   * and the blank line after it.
   */
  static String withoutFrontMatter(String markdown) {
    if (!markdown.startsWith("---\n")) {
      return markdown;
    }
    int end = markdown.indexOf("\n---\n", 3);
    if (end < 0) {
      return markdown;
    }
    String rest = markdown.substring(end + 5);
    return rest.startsWith("\n") ? rest.substring(1) : rest;
  }

  /** The body's elements as tag names in document order: the card's structure. */
  static List<String> structure(Document html) {
    List<String> tags = new ArrayList<>();
    for (Element element : html.body().getAllElements()) {
      if (element != html.body()) {
        tags.add(element.tagName());
      }
    }
    return tags;
  }
}
