package dev.corpuskit.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Splits a page's DOM into text blocks at every block element, counting the text inside links. */
final class BlockCollector implements NodeVisitor {

  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
          "h1", "h2", "h3", "h4", "h5", "h6", "li", "main", "ol", "p", "pre", "section", "table",
          "td", "th", "tr", "ul", "body", "caption", "hr");

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private boolean heading;
  private int line;

  /** Whether {@code element} starts a block of its own. */
  static boolean isBlock(Element element) {
    return BLOCKS.contains(element.normalName());
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode textNode) {
      if (line == 0 && !textNode.isBlank()) {
        line = Math.max(0, textNode.sourceRange().start().lineNumber());
      }
      append(textNode.getWholeText());
    } else if (node instanceof Element element) {
      if (element.nameIs("br")) {
        trimTrailingSpace();
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
      } else if (BLOCKS.contains(element.normalName())) {
        endBlock();
      }
      if (element.nameIs("a")) {
        linkDepth++;
      }
      if (element.normalName().matches("h[1-6]")) {
        heading = true;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element element) {
      if (element.nameIs("a")) {
        linkDepth--;
      }
      if (BLOCKS.contains(element.normalName())) {
        endBlock();
      }
    }
  }

  /** Ends the current block: the next text starts a new one. */
  void breakBlock() {
    endBlock();
  }

  /** The blocks collected, empty ones left out. */
  List<Block> blocks() {
    endBlock();
    return blocks;
  }

  private void append(String raw) {
    String piece = raw.replaceAll("[ \\t\\n\\r\\f]+", " ");
    boolean atStart = text.length() == 0 || text.charAt(text.length() - 1) == '\n';
    if (piece.startsWith(" ") && (atStart || text.charAt(text.length() - 1) == ' ')) {
      piece = piece.substring(1);
    }
    text.append(piece);
    if (linkDepth > 0) {
      linkChars += piece.strip().length();
    }
  }

  private void trimTrailingSpace() {
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }

  private void endBlock() {
    String block = text.toString().strip().replaceAll(" *\n[ \n]*", "\n");
    if (!block.isEmpty()) {
      blocks.add(new Block(block, linkChars, heading, line));
    }
    text.setLength(0);
    linkChars = 0;
    heading = false;
    line = 0;
  }
}
