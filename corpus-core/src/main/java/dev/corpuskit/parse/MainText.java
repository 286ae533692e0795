package dev.corpuskit.parse;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the main text of an HTML page as paragraphs separated by blank lines.
 *
 * <p>This first version drops non-content elements (scripts, navigation, headers, footers, forms,
 * asides) and prefers the page's {@code <article>} or {@code <main>} element when there is one.
 */
public final class MainText {

  private static final String NON_CONTENT =
      "script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside, form,"
          + " button, select, textarea, [hidden], [aria-hidden=true]";

  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
          "h1", "h2", "h3", "h4", "h5", "h6", "li", "main", "ol", "p", "pre", "section", "table",
          "td", "th", "tr", "ul", "body", "caption", "hr");

  private MainText() {}

  /** The main text of {@code page}. */
  public static String of(Document page) {
    Document copy = page.clone();
    copy.select(NON_CONTENT).remove();
    Element root = mainElement(copy);
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, root);
    return collector.text();
  }

  private static Element mainElement(Document page) {
    for (String query : new String[] {"article", "[itemprop=articleBody]", "main", "[role=main]"}) {
      Element candidate = page.selectFirst(query);
      if (candidate != null && !candidate.text().isBlank()) {
        return candidate;
      }
    }
    return page.body() != null ? page.body() : page;
  }

  /** Joins text nodes, starting a new paragraph at every block boundary. */
  private static final class Collector implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        appendText(textNode.getWholeText());
      } else if (node instanceof Element element) {
        if (element.nameIs("br")) {
          endLine();
        } else if (BLOCKS.contains(element.normalName())) {
          endParagraph();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        endParagraph();
      }
    }

    private void appendText(String raw) {
      String text = raw.replaceAll("[ \\t\\n\\r\\f]+", " ");
      if (text.isEmpty() || (text.equals(" ") && atLineStart())) {
        return;
      }
      if (atLineStart() && text.startsWith(" ")) {
        text = text.substring(1);
      }
      if (text.startsWith(" ") && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        text = text.substring(1);
      }
      out.append(text);
    }

    private boolean atLineStart() {
      return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private void endLine() {
      trimTrailingSpace();
      if (out.length() > 0 && !atLineStart()) {
        out.append('\n');
      }
    }

    private void endParagraph() {
      trimTrailingSpace();
      if (out.length() == 0) {
        return;
      }
      if (!atLineStart()) {
        out.append('\n');
      }
      if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
        out.append('\n');
      }
    }

    private void trimTrailingSpace() {
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
    }

    String text() {
      trimTrailingSpace();
      String text = out.toString().strip();
      return text.isEmpty() ? "" : text + "\n";
    }
  }
}
