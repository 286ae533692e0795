package dev.corpuskit.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds a page's article by scoring containers, in the manner of Readability:
 * every paragraph of prose gives points (one, plus one per comma, plus one per 100 characters up to
 * three) to its parent, half as many to its grandparent and a third to the next ancestor. A
 * container's points are scaled down by its link density and moved by what its class and id say
 * ({@link MarkupSignals}). The best container is the article; siblings that score nearly as well, or
 * that are prose paragraphs themselves, join it.
 */
final class ArticleContainer {

  /** A paragraph shorter than this gives no points. */
  private static final int MIN_PARAGRAPH_CHARS = 25;
  /** Points a class or id naming an article adds. */
  private static final double ARTICLE_POINTS = 10;
  /** Points a class or id naming furniture takes. */
  private static final double FURNITURE_POINTS = 25;
  /** A sibling joins the article when it scores at least this share of the best container. */
  private static final double SIBLING_SHARE = 0.2;
  /** The container must hold at least this share of the root's prose points, else the root stays. */
  private static final double MIN_PROSE_SHARE = 0.5;
  /** Elements whose text written beside their blocks scores as paragraphs ({@link #looseRuns}). */
  private static final java.util.Set<String> LOOSE_TEXT_HOLDERS = java.util.Set.of("div", "section", "article");
  /** An {@code <article>} with this many prose points is a story: two or more make a feed. */
  private static final double MIN_STORY_PROSE = 20;

  private ArticleContainer() {}

  /** The elements of {@code root} that hold the article, in document order; {@code root} if none scores. */
  static List<Element> find(Element root) {
    Map<Element, double[]> scores = new IdentityHashMap<>();
    Map<Element, double[]> prose = new IdentityHashMap<>();
    for (Element element : root.getAllElements()) {
      if (isParagraph(element)) {
        score(element, element.text(), element == root ? null : element.parent(), root, scores, prose);
      } else if (LOOSE_TEXT_HOLDERS.contains(element.normalName())) {
        for (String run : looseRuns(element)) {
          score(element, run, element, root, scores, prose);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Element scored : inDocumentOrder(scores, root)) { // ties go to the first in the page
      double score = scores.get(scored)[0] * (1 - linkDensity(scored));
      finals.put(scored, score);
      if (score > bestScore) {
        bestScore = score;
        best = scored;
      }
    }
    if (best == null) {
      return List.of(root);
    }
    Element story = firstOfFeed(root, prose);
    if (story != null) {
      return find(story);
    }
    best = withLikeParts(best, root, prose);
    Element scope = ownArticle(best, root, prose);
    double scopeProse = prose.getOrDefault(scope, new double[1])[0];
    if (prose.getOrDefault(best, new double[1])[0] < MIN_PROSE_SHARE * scopeProse) {
      Element up = best;
      while (up != scope && up.parent() != null
          && prose.getOrDefault(up, new double[1])[0] < MIN_PROSE_SHARE * scopeProse) {
        up = up.parent();
      }
      return List.of(up == scope || prose.containsKey(up) ? up : scope);
    }
    Element parent = best.parent();
    if (parent == null || best == root) {
      return List.of(best);
    }
    List<Element> out = new ArrayList<>();
    double threshold = Math.max(10, bestScore * SIBLING_SHARE);
    for (Element sibling : parent.children()) {
      if (sibling == best || finals.getOrDefault(sibling, 0.0) >= threshold || proseParagraph(sibling)) {
        out.add(sibling);
      }
    }
    return out;
  }

  /**
   * Gives the points of a paragraph of {@code text} in {@code holder}: to the prose of {@code holder}
   * and its ancestors up to {@code root}, and to the score of {@code parent} (the element that holds
   * the paragraph) and the next two ancestors.
   */
  private static void score(Element holder, String text, Element parent, Element root, Map<Element, double[]> scores,
      Map<Element, double[]> prose) {
    if (text.length() < MIN_PARAGRAPH_CHARS) {
      return;
    }
    double points = 1 + commas(text) + Math.min(3, text.length() / 100);
    for (Element up = holder; up != null; up = up == root ? null : up.parent()) {
      prose.computeIfAbsent(up, e -> new double[1])[0] += points;
    }
    // Points stay within root: a root that is itself a paragraph (a Blogger post, text and <br>
    // in its articleBody div) scores nothing above it, where no container of it could be found.
    Element ancestor = parent;
    for (int level = 0; level < 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
      scores.computeIfAbsent(ancestor, ArticleContainer::initial)[0] += points / (level == 0 ? 1 : level * 2);
      if (ancestor == root) {
        break;
      }
    }
  }

  /**
   * The paragraphs written straight into {@code element} beside blocks of its own (a Blogger post:
   * an image in a {@code div}, then text split by {@code <br><br>}): the runs of text and inline
   * markup between its blocks and double line breaks. An element without blocks is a paragraph
   * itself ({@link #isParagraph}) and has none.
   */
  static List<String> looseRuns(Element element) {
    List<String> runs = new ArrayList<>();
    boolean blocks = false;
    for (Element child : element.children()) {
      blocks |= BlockCollector.isBlock(child);
    }
    if (!blocks || !hasOwnText(element)) {
      return runs;
    }
    StringBuilder run = new StringBuilder();
    boolean afterBreak = false;
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        if (!text.isBlank()) {
          run.append(text.text());
          afterBreak = false;
        }
      } else if (child instanceof Element inline && !BlockCollector.isBlock(inline)) {
        if (inline.nameIs("br")) {
          if (afterBreak) {
            flush(run, runs);
          }
          afterBreak = true;
        } else {
          run.append(' ').append(inline.text()).append(' ');
          afterBreak = false;
        }
      } else if (child instanceof Element) {
        flush(run, runs);
        afterBreak = false;
      }
    }
    flush(run, runs);
    return runs;
  }

  private static void flush(StringBuilder run, List<String> runs) {
    String text = run.toString().strip();
    if (!text.isEmpty()) {
      runs.add(text);
    }
    run.setLength(0);
  }

  /**
   * The first of the {@code <article>} elements of {@code root} with prose in them, when there are
   * several (a feed of stories, as on pages that load the next story below the one asked for);
   * else null. Only the innermost count: an article that holds another is the feed.
   */
  private static Element firstOfFeed(Element root, Map<Element, double[]> prose) {
    List<Element> stories = new ArrayList<>();
    for (Element article : root.getElementsByTag("article")) {
      if (article != root && isStory(article) && prose.getOrDefault(article, new double[1])[0] >= MIN_STORY_PROSE) {
        stories.removeIf(outer -> contains(outer, article));
        stories.add(article);
      }
    }
    return stories.size() < 2 ? null : stories.get(0);
  }

  /** Whether schema.org microdata types {@code article} as a story ({@code NewsArticle}, {@code BlogPosting}...). */
  private static boolean isStory(Element article) {
    String type = article.attr("itemtype");
    return type.contains("schema.org/") && (type.endsWith("Article") || type.endsWith("Posting"));
  }

  /**
   * The {@code <article>} that holds {@code best} when {@code root} holds other articles with prose
   * too (teasers or fact boxes beside the story), else {@code root}.
   */
  private static Element ownArticle(Element best, Element root, Map<Element, double[]> prose) {
    Element own = null;
    for (Element up = best; up != null && up != root && own == null; up = up.parent()) {
      own = up.nameIs("article") ? up : null;
    }
    if (own == null) {
      return root;
    }
    for (Element other : root.getElementsByTag("article")) {
      if (other != own && !contains(own, other) && !contains(other, own)
          && prose.getOrDefault(other, new double[1])[0] >= MIN_STORY_PROSE) {
        return own;
      }
    }
    return root;
  }

  /**
   * The nearest ancestor of {@code best} that also holds every other element of the same kind (tag
   * and class) with prose in it: an article cut into chunks of the same markup is one article.
   */
  private static Element withLikeParts(Element best, Element root, Map<Element, double[]> prose) {
    String signature = signature(best);
    Element common = best;
    for (Element other : inDocumentOrder(prose, root)) {
      if (other != best && signature.equals(signature(other)) && !contains(common, other)) {
        Element joined = commonAncestor(common, other, root);
        if (!otherArticle(best, joined)) {
          common = joined;
        }
      }
    }
    return common;
  }

  /**
   * The keys of {@code map} in the order they stand in the page. An identity map iterates in the
   * order of identity hash codes, which change from one run to the next: where the order decides
   * (ties, joins), iterating it would make the same page give different text.
   */
  static List<Element> inDocumentOrder(Map<Element, ?> map, Element inside) {
    Element top = inside;
    while (top.parent() != null) {
      top = top.parent();
    }
    List<Element> ordered = new ArrayList<>(map.size());
    for (Element element : top.getAllElements()) {
      if (map.containsKey(element)) {
        ordered.add(element);
      }
    }
    return ordered;
  }

  private static String signature(Element element) {
    String own = element.normalName() + "." + element.className();
    Element parent = element.parent();
    return element.className().isEmpty() && parent != null
        ? own + "<" + parent.normalName() + "." + parent.className() : own;
  }

  /** Whether an {@code <article>} below {@code ancestor} holds {@code best}: a feed of articles is not one. */
  private static boolean otherArticle(Element best, Element ancestor) {
    for (Element up = best; up != null && up != ancestor; up = up.parent()) {
      if (up.nameIs("article")) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(Element ancestor, Element element) {
    for (Element up = element; up != null; up = up.parent()) {
      if (up == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static Element commonAncestor(Element a, Element b, Element root) {
    java.util.Set<Element> path = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element up = a; up != null; up = up == root ? null : up.parent()) {
      path.add(up);
    }
    for (Element up = b; up != null; up = up == root ? null : up.parent()) {
      if (path.contains(up)) {
        return up;
      }
    }
    return root;
  }

  private static double[] initial(Element element) {
    double points = switch (element.normalName()) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    int weight = MarkupSignals.weight(element);
    return new double[] {points + (weight > 0 ? ARTICLE_POINTS : weight < 0 ? -FURNITURE_POINTS : 0)};
  }

  /** A {@code p}, {@code pre} or {@code td}, or an element whose children hold text but no blocks. */
  private static boolean isParagraph(Element element) {
    switch (element.normalName()) {
      case "p", "pre", "td":
        return true;
      case "div", "section", "span":
        for (Node child : element.childNodes()) {
          if (child instanceof Element e && BlockCollector.isBlock(e)) {
            return false;
          }
        }
        return element.childNodeSize() > 0 && hasOwnText(element);
      default:
        return false;
    }
  }

  private static boolean hasOwnText(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text && !text.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean proseParagraph(Element element) {
    if (!element.nameIs("p")) {
      return false;
    }
    String text = element.text();
    double links = linkDensity(element);
    return (text.length() > 80 && links < 0.25)
        || (!text.isEmpty() && links == 0 && (text.endsWith(".") || text.endsWith(".\u201D")));
  }

  /** The share of {@code element}'s text inside links. */
  static double linkDensity(Element element) {
    int total = element.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element link : element.getElementsByTag("a")) {
      links += link.text().length();
    }
    return Math.min(1, (double) links / total);
  }

  private static int commas(String text) {
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      commas += c == ',' || c == '\uFF0C' || c == '\u060C' ? 1 : 0;
    }
    return commas;
  }
}
