package dev.corpuskit.parse;

import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.density.DensityClassifier;
import dev.corpuskit.clean.density.DensityClassifier.Verdict;
import dev.corpuskit.clean.density.Paragraph;
import dev.corpuskit.clean.density.Thresholds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the main text of an HTML page as paragraphs separated by blank lines.
 *
 * <p>Non-content elements (scripts, navigation, headers, footers, forms, asides) go first. The page's
 * article element ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}) is the root when
 * it holds enough text, else the body. The root is split into blocks, which the {@link DensityClassifier} judges by length, stop-word density,
 * link density, their neighbours and their position; the blocks of the article region stay.
 */
public final class MainText {

  private static final String NON_CONTENT =
      "script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside, form,"
          + " button, select, textarea, [hidden], [aria-hidden=true]";

  /** Elements that mark the article, most specific first. */
  private static final String[] ARTICLE_ELEMENTS = {"[itemprop=articleBody]", "article", "main", "[role=main]"};

  /**
   * An article element with less text than this (or than half the page's, on a small page) is a
   * teaser, not the article.
   */
  private static final int MIN_ARTICLE_CHARS = 500;

  private static final DensityClassifier CLASSIFIER = new DensityClassifier(Thresholds.forHtml());

  /** Headings of the page (the title), captions and embedded posts: never the article's prose. */
  private static final String NOT_BODY_TEXT =
      "h1, figcaption, figure, blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed";

  static boolean CONTAINER = !Boolean.getBoolean("mt.nocontainer");
  static boolean FURNITURE = !Boolean.getBoolean("mt.nofurniture");

  static final boolean DEBUG = Boolean.getBoolean("mt.debug");

  static String describe(Element e) {
    String cls = e.className();
    return e.normalName() + "#" + e.id() + "." + (cls.length() > 60 ? cls.substring(0, 60) : cls);
  }

  private MainText() {}

  /** Removes the elements under {@code element} whose markup names them furniture, unless they hold most of the page. */
  private static void removeFurniture(Element element, int pageChars, Set<String> excused) {
    if (!FURNITURE) return;
    for (Element child : new ArrayList<>(element.children())) {
      List<String> furniture = MarkupSignals.furnitureWords(child);
      if (furniture.isEmpty() || excused.containsAll(furniture)) {
        removeFurniture(child, pageChars, excused);
      } else if (child.text().length() * 2 >= pageChars || child.selectFirst("[itemprop=articleBody]") != null) {
        // Too big to be furniture: the words name the page's layout, and its parts share them.
        Set<String> more = new HashSet<>(excused);
        more.addAll(furniture);
        removeFurniture(child, pageChars, more);
      } else {
        if (DEBUG) System.err.println("FURNITURE " + describe(child) + " len=" + child.text().length() + " words=" + MarkupSignals.words(child));
        child.remove();
      }
    }
  }

  /** The main text of {@code page}, in English. */
  public static String of(Document page) {
    return of(page, Language.of(Language.ENGLISH));
  }

  /** The main text of {@code page}, judged with the stop words of {@code language}. */
  public static String of(Document page, Language language) {
    Document copy = page.clone();
    copy.select(NON_CONTENT).remove();
    copy.select(NOT_BODY_TEXT).remove();
    Element body = copy.body() != null ? copy.body() : copy;
    removeFurniture(body, body.text().length(), Set.of());
    Element root = body;
    int enough = Math.min(MIN_ARTICLE_CHARS, root.text().length() / 2);
    for (String query : ARTICLE_ELEMENTS) {
      Element candidate = copy.selectFirst(query);
      if (candidate != null && !candidate.text().isBlank() && candidate.text().length() >= enough) {
        root = candidate;
        break;
      }
    }
    List<Element> roots = CONTAINER ? ArticleContainer.find(root) : List.of(root);
    if (DEBUG) roots.forEach(r -> System.err.println("ROOT " + describe(r) + " len=" + r.text().length()));
    BlockCollector collector = new BlockCollector();
    for (Element part : roots) {
      NodeTraversor.traverse(collector, part);
    }
    List<Block> blocks = collector.blocks();
    List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      paragraphs.add(Paragraph.of(block.text(), block.linkChars(), block.heading(), language));
    }
    List<Verdict> verdicts = CLASSIFIER.judge(paragraphs);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      if (DEBUG) System.err.println((verdicts.get(i).keep() ? "  KEEP " : "  DROP " + verdicts.get(i).rule() + " ") + blocks.get(i).text().substring(0, Math.min(100, blocks.get(i).text().length())).replace('\n', ' '));
      if (verdicts.get(i).keep()) {
        out.append(out.length() == 0 ? "" : "\n\n").append(blocks.get(i).text());
      }
    }
    return out.length() == 0 ? "" : out.append('\n').toString();
  }
}
