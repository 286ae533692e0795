package dev.corpuskit.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id} and {@code role} say about it. The attribute values are
 * split into lower-case words at every non-alphanumeric character and at camel-case humps
 * ({@code relatedStories}, {@code c-share__bar}, {@code js_comments} give {@code related},
 * {@code share}, {@code comments}); a trailing plural {@code s} is dropped, and a comment glued to
 * another word ({@code commentlist}) is a comment. Words, not substrings:
 * {@code header} says nothing about {@code head}, {@code ad} nothing about {@code load}.
 */
final class MarkupSignals {

  /** Words of page furniture around an article: such an element is not part of it. */
  private static final Set<String> BOILERPLATE = Set.of(
      "comment", "disqus", "related", "recirc", "recirculation", "share", "sharing", "sharebar",
      "social", "newsletter", "subscribe", "subscription", "signup", "promo", "sidebar", "rail",
      "sponsor", "sponsored", "advert", "advertisement", "ad", "adslot", "outbrain", "taboola",
      "breadcrumb", "byline", "caption", "credit", "tag", "topic", "trending", "popular",
      "recommended", "recommendation", "banner", "masthead", "menu", "nav", "navigation", "footer",
      "toolbar", "support", "donate", "donation", "membership", "upsell", "cta", "widget", "modal", "popup", "cookie", "consent", "gdpr", "login",
      "bio", "author", "pagination", "pager", "disclaimer", "rating", "reaction", "skip",
      "jump", "toc", "carousel", "slideshow", "gallery", "ads", "video", "playlist",
      "next", "prev", "previous", "timestamp", "dateline", "meta");

  /** Words of the article itself: its container outweighs a neighbour with the same text. */
  private static final Set<String> ARTICLE = Set.of(
      "article", "body", "content", "entry", "hentry", "main", "post", "story", "blog",
      "articlebody", "storybody", "postbody", "prose", "rte", "richtext");

  /** Utility classes that hide an element from view (Bootstrap, Tailwind, WordPress and the like). */
  private static final Set<String> HIDING = Set.of(
      "hidden", "hide", "is-hidden", "u-hidden", "d-none", "sr-only", "visually-hidden", "visuallyhidden",
      "screen-reader-text");

  private MarkupSignals() {}

  /**
   * Whether a class of {@code element} hides it, with no other class that shows it again at some
   * screen size ({@code hidden md:block}, {@code d-none d-lg-block}, {@code visible-md}).
   */
  static boolean hidden(Element element) {
    boolean hiding = false;
    for (String name : element.classNames()) {
      if (name.indexOf(':') >= 0 || name.startsWith("visible") || (name.startsWith("d-") && name.indexOf('-', 2) > 0)) {
        return false;
      }
      hiding |= HIDING.contains(name);
    }
    return hiding;
  }

  /** The words of {@code element}'s markup that name page furniture. */
  static List<String> furnitureWords(Element element) {
    List<String> out = new ArrayList<>(2);
    for (String word : words(element)) {
      if (BOILERPLATE.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * +1 when the words name an article container and none names furniture, -1 when some word names
   * furniture, else 0.
   */
  static int weight(Element element) {
    boolean article = false;
    for (String word : words(element)) {
      if (BOILERPLATE.contains(word)) {
        return -1;
      }
      article |= articleWord(word);
    }
    return article ? 1 : 0;
  }

  /**
   * Whether one of {@code element}'s classes, or its id, names nothing but the article ({@code hentry},
   * {@code entry}, {@code post-body}, Blogger's {@code Blog} widget, WordPress's {@code id="post-5899"}),
   * whatever its other classes say:
   * blog templates give a post classes for its author, tags and categories ({@code entry-author-jane},
   * {@code tag-recipes}) and call every part of the page a {@code widget}.
   */
  static boolean namesArticle(Element element) {
    for (String name : element.classNames()) {
      if (namesArticle(name)) {
        return true;
      }
    }
    return namesArticle(element.id());
  }

  /** Whether the words of {@code name} are article words, but for numbers ({@code post-5899}). */
  private static boolean namesArticle(String name) {
    List<String> words = new ArrayList<>(2);
    split(name, words);
    words.removeIf(word -> word.chars().allMatch(Character::isDigit));
    return !words.isEmpty() && words.stream().allMatch(MarkupSignals::articleWord);
  }

  /**
   * Whether {@code word} names the article: one of its words, or two of them glued together as older
   * templates write them ({@code storycontent}, {@code postbody}).
   */
  static boolean articleWord(String word) {
    if (ARTICLE.contains(word)) {
      return true;
    }
    for (int i = 1; i < word.length(); i++) {
      if (ARTICLE.contains(word.substring(0, i)) && ARTICLE.contains(word.substring(i))) {
        return true;
      }
    }
    return false;
  }

  /** The words of {@code element}'s class, id and role. */
  static List<String> words(Element element) {
    List<String> words = new ArrayList<>();
    split(element.className(), words);
    split(element.id(), words);
    split(element.attr("role"), words);
    return words;
  }

  private static void split(String value, List<String> words) {
    int start = -1;
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : ' ';
      boolean alnum = c < 128 && Character.isLetterOrDigit(c);
      boolean hump = alnum && start >= 0 && Character.isUpperCase(c)
          && Character.isLowerCase(value.charAt(i - 1));
      if ((!alnum || hump) && start >= 0) {
        words.add(word(value.substring(start, i)));
        start = -1;
      }
      if (alnum && start < 0) {
        start = i;
      }
    }
  }

  private static String word(String raw) {
    String word = raw.toLowerCase(Locale.ROOT);
    if (gluedComment(word)) {
      return "comment";
    }
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
        ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * Whether {@code word} names a comment glued to another word, as comment systems write it
   * ({@code commentlist}, {@code commentbody}, {@code postcomment}); a commentary is an article.
   */
  private static boolean gluedComment(String word) {
    return word.startsWith("comment") && !word.startsWith("commentar") && !word.startsWith("commentat")
        || word.endsWith("comment") || word.endsWith("comments");
  }
}
