package dev.corpuskit.parse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The standfirst of an article: the summary under its headline, found as the element of the page
 * whose text is the page's own description ({@code og:description}, {@code description} or
 * {@code twitter:description} meta data), else as the first element after the headline whose class or
 * id names it ({@code dek}, {@code subtitle}, {@code standfirst}...). It often sits in the page
 * header, apart from the body.
 */
final class Standfirst {

  private static final String[] DESCRIPTIONS = {
      "meta[property=og:description]", "meta[name=description]", "meta[name=twitter:description]"};

  /** A shorter description (letters and digits) is a label, not a summary. */
  private static final int MIN_CHARS = 30;
  /** A description cut short still names an element whose text it begins and mostly covers. */
  private static final double MIN_COVER = 0.8;

  /** Words of class and id that name a standfirst. */
  private static final Set<String> NAMES = Set.of(
      "dek", "deck", "subdeck", "subtitle", "subheadline", "subhead", "subhed", "subheading", "standfirst",
      "strapline", "strap", "excerpt");
  /** A standfirst named by its markup is a sentence or a few. */
  private static final int MIN_NAMED_CHARS = 20;
  private static final int MAX_NAMED_CHARS = 400;

  private Standfirst() {}

  /** The standfirst of {@code page}, described or named; null if none. */
  static Element find(Document page) {
    Element described = described(page);
    return described != null ? described : named(page);
  }

  /**
   * The first element after the headline ({@code h1}) whose class or id names a standfirst, if its
   * text is a sentence or a few; else null.
   */
  private static Element named(Document page) {
    Element headline = page.selectFirst("h1");
    if (headline == null) {
      return null;
    }
    boolean after = false;
    for (Element element : page.getAllElements()) {
      after |= element == headline;
      if (after && element != headline && isNamed(element)) {
        int length = element.text().length();
        return length >= MIN_NAMED_CHARS && length <= MAX_NAMED_CHARS ? element : null;
      }
    }
    return null;
  }

  /** Whether a word of {@code element}'s class or id, or two in a row ({@code sub-title}), name a standfirst. */
  private static boolean isNamed(Element element) {
    List<String> words = MarkupSignals.words(element);
    for (int i = 0; i < words.size(); i++) {
      if (NAMES.contains(words.get(i)) || i > 0 && NAMES.contains(words.get(i - 1) + words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first element of {@code page}'s body after its headline ({@code h1}), in document order,
   * whose text is the page's description (or begins it, or begins with it, covering most of the
   * other); null if none. A headline is not a standfirst.
   */
  static Element described(Document page) {
    String description = "";
    for (String query : DESCRIPTIONS) {
      Element meta = page.selectFirst(query);
      if (meta != null && description.isEmpty()) {
        description = letters(meta.attr("content"));
      }
    }
    Element body = page.body();
    if (description.length() < MIN_CHARS || body == null) {
      return null;
    }
    Map<Element, Integer> lengths = textLengths(body);
    Element headline = page.selectFirst("h1");
    boolean after = headline == null;
    for (Element element : body.getAllElements()) {
      int length = lengths.getOrDefault(element, 0);
      after |= element == headline;
      if (!after || element.nameIs("h1") || length < MIN_CHARS || length > description.length() * 3) {
        continue;
      }
      String text = letters(element.text());
      if (text.length() <= description.length() * 2 && same(text, description)
          && element.getElementsByTag("h1").isEmpty()) {
        return element;
      }
    }
    return null;
  }

  /** The length of the text under each element with text, in one pass (spaces not collapsed). */
  static Map<Element, Integer> textLengths(Element root) {
    Map<Element, Integer> lengths = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text && text.parent() != null) {
          lengths.merge(text.parent(), text.getWholeText().length(), Integer::sum);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && element != root && element.parent() != null) {
          lengths.merge(element.parent(), lengths.getOrDefault(element, 0), Integer::sum);
        }
      }
    }, root);
    return lengths;
  }

  private static boolean same(String text, String description) {
    return text.equals(description)
        || text.startsWith(description) && description.length() >= MIN_COVER * text.length()
        || description.startsWith(text) && text.length() >= MIN_COVER * description.length();
  }

  /** Letters and digits in lower case, one space between words. */
  static String letters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** The position of each element of {@code page} in document order, to be asked after removals. */
  static Map<Element, Integer> order(Document page) {
    Map<Element, Integer> order = new IdentityHashMap<>();
    for (Element element : page.getAllElements()) {
      order.put(element, order.size());
    }
    return order;
  }

  /** Whether {@code element} comes before every one of {@code parts} and lies outside them all. */
  static boolean before(Element element, List<Element> parts, Map<Element, Integer> order) {
    int at = order.getOrDefault(element, Integer.MAX_VALUE);
    for (Element part : parts) {
      if (ArticleContainer.contains(part, element) || order.getOrDefault(part, -1) <= at) {
        return false;
      }
    }
    return true;
  }
}
