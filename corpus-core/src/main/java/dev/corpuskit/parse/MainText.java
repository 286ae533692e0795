package dev.corpuskit.parse;

import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.density.DensityClassifier;
import dev.corpuskit.clean.density.DensityClassifier.Verdict;
import dev.corpuskit.clean.density.Paragraph;
import dev.corpuskit.clean.density.Thresholds;
import java.util.ArrayList;
import java.util.List;
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

  private MainText() {}

  /** The main text of {@code page}, in English. */
  public static String of(Document page) {
    return of(page, Language.of(Language.ENGLISH));
  }

  /** The main text of {@code page}, judged with the stop words of {@code language}. */
  public static String of(Document page, Language language) {
    Document copy = page.clone();
    copy.select(NON_CONTENT).remove();
    Element root = copy.body() != null ? copy.body() : copy;
    int enough = Math.min(MIN_ARTICLE_CHARS, root.text().length() / 2);
    for (String query : ARTICLE_ELEMENTS) {
      Element candidate = copy.selectFirst(query);
      if (candidate != null && !candidate.text().isBlank() && candidate.text().length() >= enough) {
        root = candidate;
        break;
      }
    }
    BlockCollector collector = new BlockCollector();
    NodeTraversor.traverse(collector, root);
    List<Block> blocks = collector.blocks();
    List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      paragraphs.add(Paragraph.of(block.text(), block.linkChars(), block.heading(), language));
    }
    List<Verdict> verdicts = CLASSIFIER.judge(paragraphs);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      if (verdicts.get(i).keep()) {
        out.append(out.length() == 0 ? "" : "\n\n").append(blocks.get(i).text());
      }
    }
    return out.length() == 0 ? "" : out.append('\n').toString();
  }
}
