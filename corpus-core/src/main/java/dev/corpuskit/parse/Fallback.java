package dev.corpuskit.parse;

import dev.corpuskit.density.DensityClassifier.Verdict;
import dev.corpuskit.density.DensityClassifier;
import dev.corpuskit.density.Paragraph;
import dev.corpuskit.density.Thresholds;
import dev.corpuskit.lang.Language;
import dev.corpuskit.text.Whitespace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Never blind: when the container {@link MainText} chose gives no text (its article wrapped in an element whose class names furniture, an
 * {@code <article>} teaser chosen over the story, text in table cells or between {@code <br>}s that
 * the container search misses), the article is looked for again on a fresh copy of the page, in order:
 *
 * <ol>
 *   <li>the element that holds the page's declared {@code articleBody} ({@link DeclaredBody}; rule
 *       {@code fallback-declared-body});
 *   <li>the prose block that holds the page's description ({@link Standfirst}: {@code og:description},
 *       {@code description}), if it holds at least half as much prose as the densest
 *       ({@code fallback-description});
 *   <li>the densest prose block: the element whose paragraphs, and half its grandchildren's, hold the
 *       most words in sentences at a low link density ({@code fallback-densest-prose});
 *   <li>last, the body's blocks judged by the {@link DensityClassifier} alone, as the text mode judges
 *       a page ({@code fallback-density}), if it holds prose; if none is left, all its visible
 *       blocks, headers, footers and forms too, if they hold {@value #MIN_PAGE_WORDS} words of prose.
 * </ol>
 *
 * <p>A step's block is cleaned as the container is (furniture inside it, end notes, link-dense and
 * short poor blocks go), and is taken when it gives any text. The
 * text outside it is recorded under the step's rule, so that the audit says which fallback gave the
 * text and still accounts for all of the page.
 */
final class Fallback {

  static final String DECLARED = "fallback-declared-body";
  static final String DESCRIBED = "fallback-description";
  static final String DENSEST = "fallback-densest-prose";
  static final String DENSITY = "fallback-density";

  /** A page with this many words of prose has an article: its text must not come out empty. */
  static final int MIN_PAGE_WORDS = 100;
  /** A line of fewer words is not prose, even if it ends as a sentence ("Read more."). */
  private static final int MIN_LINE_WORDS = 5;
  /** A block with more of its text in links is not prose. */
  private static final double MAX_PROSE_LINK_DENSITY = 0.5;
  /** A declared body shorter than this (letters and digits) locates nothing. */
  private static final int MIN_DECLARED_CHARS = 100;
  /** The description's block must score at least this share of the densest block's points. */
  private static final double MIN_DESCRIBED_SHARE = 0.5;

  /** What a reader never sees as text. */
  private static final String INVISIBLE = "script, style, noscript, template, iframe, svg, canvas, button, select,"
      + " textarea, [hidden], [aria-hidden=true]";

  private static final DensityClassifier CLASSIFIER = new DensityClassifier(Thresholds.forHtml());

  private Fallback() {}

  /** What finds a step's block on a prepared copy of the page; null if the step finds none. */
  private interface Locator {
    Element locate(Element body, Element described, String declared, Language language);
  }

  /**
   * {@code chosen}, unless it is empty: then the text of the first fallback step that gives any. A short
   * text is never replaced: a short post above a long comment thread is short, and the densest prose of
   * its page is the thread.
   */
  static Extraction unlessBlind(Document page, Language language, Extraction chosen) {
    if (!chosen.text().isBlank()) {
      return chosen;
    }
    Extraction found = attempt(page, language, DECLARED, (body, described, declared, lang) ->
        declared.length() < MIN_DECLARED_CHARS ? null : DeclaredBody.locate(body, declared));
    if (hasText(found)) {
      return found;
    }
    found = attempt(page, language, DESCRIBED, Fallback::describedBlock);
    if (hasText(found)) {
      return found;
    }
    found = attempt(page, language, DENSEST, (body, described, declared, lang) -> densest(body, lang));
    if (hasText(found)) {
      return found;
    }
    found = byDensity(page, language, false);
    if (hasText(found)) {
      return found;
    }
    found = byDensity(page, language, true);
    return hasText(found) ? found : chosen;
  }

  private static boolean hasText(Extraction found) {
    return found != null && !found.text().isBlank();
  }

  /**
   * The text of the block {@code locator} finds on a fresh copy of {@code page}, cleaned as a container
   * is; the text outside it is recorded under {@code rule}. Null if the step finds no block.
   */
  private static Extraction attempt(Document page, Language language, String rule, Locator locator) {
    Document copy = page.clone();
    Element described = Standfirst.described(copy);
    String declared = DeclaredBody.of(copy);
    Removals removals = new Removals();
    Element body = MainText.prepare(copy, removals);
    if (described != null && described.ownerDocument() == null) {
      described = null; // removed with the page's non-content
    }
    Element block = locator.locate(body, described, declared, language);
    if (block == null) {
      return null;
    }
    removals.outside(body, List.of(block), rule);
    MainText.removeFurniture(block, removals);
    StringBuilder out = MainText.textOf(List.of(block), removals, language);
    return Extraction.of(out, removals);
  }

  /**
   * The best-scoring of {@code described} and its ancestors, if it scores at least half as well as the
   * densest block of {@code body}; else null.
   */
  private static Element describedBlock(Element body, Element described, String declared, Language language) {
    if (described == null) {
      return null;
    }
    Map<Element, Double> scores = scores(body, language);
    double top = 0;
    for (double score : scores.values()) {
      top = Math.max(top, score);
    }
    Element best = null;
    double bestScore = 0;
    for (Element up = described; up != null; up = up == body ? null : up.parent()) {
      double score = scores.getOrDefault(up, 0.0);
      if (score > bestScore) {
        best = up;
        bestScore = score;
      }
    }
    return best != null && bestScore >= MIN_DESCRIBED_SHARE * top ? best : null;
  }

  /** The densest prose block of {@code body} (the first of equals); null if it holds no prose. */
  static Element densest(Element body, Language language) {
    Map<Element, Double> scores = scores(body, language);
    Element best = null;
    double bestScore = 0;
    for (Element element : ArticleContainer.inDocumentOrder(scores, body)) {
      if (scores.get(element) > bestScore) {
        best = element;
        bestScore = scores.get(element);
      }
    }
    return best;
  }

  /**
   * The prose points of the elements of {@code body}: every block's words in sentences count for the
   * element around the block's parent in full and for its grandparent by half, scaled down by the
   * element's link density. A block is the text between two block boundaries, so that text between
   * {@code <br>}s, in table cells or in bare {@code <div>}s counts as that in {@code <p>}s does.
   */
  private static Map<Element, Double> scores(Element body, Language language) {
    Map<Element, Double> points = new IdentityHashMap<>();
    new ProseBlocks(language) {
      @Override
      void block(Element holder, int words) {
        Element parent = holder == body ? holder : holder.parent();
        points.merge(parent, (double) words, Double::sum);
        if (parent != body && parent.parent() != null) {
          points.merge(parent.parent(), words / 2.0, Double::sum);
        }
      }
    }.traverse(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    points.forEach((element, score) -> scores.put(element, score * (1 - ArticleContainer.linkDensity(element))));
    return scores;
  }

  /**
   * The body's blocks, each judged by the density classifier alone, as the text mode judges the page;
   * the blocks it rejects are recorded under {@code fallback-density}. With {@code visible}, all the
   * page's visible text is judged, headers, footers, asides and forms too: the last resort for a page
   * whose prose stands only there.
   */
  private static Extraction byDensity(Document page, Language language, boolean visible) {
    Document copy = page.clone();
    Removals removals = new Removals();
    Element body = visible ? copy.body() != null ? copy.body() : copy : MainText.prepare(copy, removals);
    if (visible) {
      removals.remove(copy, copy.select(INVISIBLE), "non-content");
    }
    // Nothing to judge by on a page of menus and labels: it has no text. Its visible text outside the
    // content elements is taken only when it is an article's worth of prose.
    if (visible ? proseWords(body, language) < MIN_PAGE_WORDS : words(body, language, false) == 0) {
      return null;
    }
    BlockCollector collector = new BlockCollector();
    NodeTraversor.traverse(collector, body);
    List<Block> blocks = collector.blocks();
    List<Verdict> verdicts = new ArrayList<>(blocks.size());
    for (Verdict verdict : CLASSIFIER.judge(MainText.paragraphs(blocks, language))) {
      verdicts.add(verdict.keep() ? verdict : new Verdict(false, DENSITY));
    }
    return Extraction.of(MainText.kept(blocks, verdicts, removals), removals);
  }

  /** The words of prose under {@code root}. */
  static int proseWords(Element root, Language language) {
    return words(root, language, true);
  }

  /**
   * The words under {@code root} in lines of {@value #MIN_LINE_WORDS} words or more, that end a
   * sentence if {@code sentences}.
   */
  private static int words(Element root, Language language, boolean sentences) {
    int[] words = new int[1];
    new ProseBlocks(language, sentences) {
      @Override
      void block(Element holder, int blockWords) {
        words[0] += blockWords;
      }
    }.traverse(root);
    return words[0];
  }

  /** The lines of {@code text}, split at {@code \n} only. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int end = text.indexOf('\n'); end >= 0; from = end + 1, end = text.indexOf('\n', from)) {
      out.add(text.substring(from, end));
    }
    out.add(text.substring(from));
    return out;
  }

  /** The words of {@code line} if it is one of prose: five words or more, ending a sentence if {@code sentence}. */
  private static int lineWords(String line, Language language, boolean sentence) {
    // A no-break space ends many a line of prose: Paragraph strips only Java's whitespace.
    char[] chars = line.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Whitespace.isSpace(chars[i]) ? ' ' : chars[i];
    }
    String spaced = new String(chars);
    if (spaced.isBlank()) {
      return 0;
    }
    Paragraph paragraph = Paragraph.of(spaced, 0, false, language);
    return (paragraph.endsSentence() || !sentence) && paragraph.words() >= MIN_LINE_WORDS ? paragraph.words() : 0;
  }

  /**
   * Splits a tree into blocks as {@link BlockCollector} does, and hands each block with prose to
   * {@link #block} with the block element that holds its text (the innermost one around it).
   */
  private abstract static class ProseBlocks implements NodeVisitor {

    private final Language language;
    private final boolean sentences;
    private final Deque<Element> holders = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    ProseBlocks(Language language) {
      this(language, true);
    }

    ProseBlocks(Language language, boolean sentences) {
      this.language = language;
      this.sentences = sentences;
    }

    /** Called for each block of text with {@code words} of prose, held by {@code holder}. */
    abstract void block(Element holder, int words);

    void traverse(Element root) {
      holders.push(root);
      NodeTraversor.traverse(this, root);
      flush();
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        String piece = textNode.getWholeText();
        text.append(piece);
        if (linkDepth > 0) {
          linkChars += piece.strip().length();
        }
      } else if (node instanceof Element element) {
        if (element.nameIs("br")) {
          text.append('\n');
        } else if (BlockCollector.isBlock(element)) {
          flush();
          holders.push(element);
        }
        if (element.nameIs("a")) {
          linkDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        if (element.nameIs("a")) {
          linkDepth--;
        }
        if (BlockCollector.isBlock(element) && depth > 0) {
          flush();
          holders.pop();
        }
      }
    }

    private void flush() {
      if (text.length() == 0 || holders.isEmpty()) {
        text.setLength(0);
        linkChars = 0;
        return;
      }
      int total = 0;
      for (int i = 0; i < text.length(); i++) {
        total += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
      }
      if (total > 0 && (double) linkChars / total <= MAX_PROSE_LINK_DENSITY) {
        int words = 0;
        for (String line : lines(text.toString())) {
          words += lineWords(line, language, sentences);
        }
        if (words > 0) {
          block(holders.peek(), words);
        }
      }
      text.setLength(0);
      linkChars = 0;
    }
  }
}
