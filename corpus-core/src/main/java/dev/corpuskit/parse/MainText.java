package dev.corpuskit.parse;

import dev.corpuskit.audit.Change;
import dev.corpuskit.density.DensityClassifier.Verdict;
import dev.corpuskit.density.DensityClassifier;
import dev.corpuskit.density.Paragraph;
import dev.corpuskit.density.Thresholds;
import dev.corpuskit.lang.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the main text of an HTML page as paragraphs separated by blank lines.
 *
 * <ol>
 *   <li>Non-content elements go: scripts, navigation, headers, footers, forms (but one that holds
 *       most of the page: its layout), asides, elements
 *       hidden by an attribute or a class, dates ({@code <time>}) outside a sentence
 *       ({@code non-content}); the page title ({@code h1}:
 *       {@code title}), figures and their captions (marked as such, or an image with a short text
 *       beside it, but in an element named the article: a photo post), embedded posts ({@code figure}).
 *   <li>Page furniture goes: elements whose class, id or role names them comments, sharing, related
 *       links, newsletter sign-ups, ads and the like ({@link MarkupSignals}), unless they hold half the
 *       page or one of their classes names only the article ({@code hentry}, {@code post-5899}) and
 *       they hold a post's length ({@code furniture}). A comment thread goes whatever it holds, unless
 *       it holds the article; a heading named comments goes with all that follows it. On a photo page
 *       the captions are the text: when what is left is shorter than an article and than the captions
 *       that went, the page is read again with its captions kept.
 *   <li>The page's article element ({@code itemprop=articleBody}, {@code <article>}, {@code <main>})
 *       is the root when it holds enough text, else the body; within it, the best-scoring container
 *       of prose ({@link ArticleContainer}) narrows it when it holds most of the root's prose. The
 *       text outside goes ({@code outside-article}). When the element that holds the page's declared
 *       {@code articleBody} ({@link DeclaredBody}) is smaller than the container or lies apart from it,
 *       it is the article and the container's other text goes ({@code outside-declared-body}), and
 *       so do the blocks kept after the declared body's end ({@code after-declared-body}). Notes in
 *       italics after the article's last paragraph go too ({@link EndNotes}: {@code end-note}).
 *   <li>The container is split into blocks. A block goes when most of its text is links
 *       ({@code link-density}), unless it is a sentence with words of its own between its links
 *       or a sentence of ten words or more between two kept paragraphs of prose (not a labelled
 *       pointer such as "Related: ..."), with the heading of such a list ({@code list-label}), when
 *       it holds a copyright notice (the sign or "All rights reserved"), or when it is very short
 *       and the {@link DensityClassifier} finds it poor in stop words ({@code low-density}); the
 *       rest is the article.
 *   <li>The article's standfirst ({@link Standfirst}: the element whose text is the page's own
 *       description) leads the text when it comes before the container, wherever it stood (often in
 *       the page header); its removal is taken back.
 *   <li>When that gives no text, or a scrap beside the page's prose, {@link Fallback} looks for the
 *       article again ({@code fallback-*}).
 * </ol>
 *
 * <p>Every block removed is recorded with the id of its rule ({@link #AUDIT_STEP}{@code /<rule>}), so
 * that the cleaning audit accounts for all the text of the page.
 */
public final class MainText {

  /** The step id of the extraction's removals in the cleaning audit. */
  public static final String AUDIT_STEP = "html-main-text";

  private static final String NON_CONTENT =
      "script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside, form,"
          + " button, select, textarea, [hidden], [aria-hidden=true]";

  /** Non-content elements that some templates make the container of the post itself. */
  private static final Set<String> WRAPPERS = Set.of("header", "footer", "aside");

  /** The page title: not the article's prose. */
  private static final String TITLE = "h1";

  /** Figures with their captions and embedded posts: not the article's prose. */
  private static final String FIGURES = "figcaption, figure, blockquote.twitter-tweet,"
      + " blockquote.instagram-media, blockquote.tiktok-embed";

  /** Elements that mark the article, most specific first. */
  private static final String[] ARTICLE_ELEMENTS = {"[itemprop=articleBody]", "article", "main", "[role=main]"};

  /**
   * An article element with less text than this (or than half the page's, on a small page) is a
   * teaser, not the article.
   */
  private static final int MIN_ARTICLE_CHARS = 500;

  /** A later heading-less article element with this much prose outside links continues the article. */
  private static final int MIN_CONTINUATION_CHARS = 200;

  /**
   * An element that one of its classes names the article, and whose others name only what a blog
   * template says of a post ({@link #POST_WORDS}), is a post with this much text outside links.
   */
  private static final int MIN_POST_CHARS = 200;

  /** Furniture words that blog templates put on the container of a post: its author, its tags. */
  private static final Set<String> POST_WORDS = Set.of("author", "tag", "widget");

  /** The furniture word of captions, which on a photo page hold its text. */
  private static final Set<String> CAPTIONS = Set.of("caption");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Elements that mark a phrase of running text. */
  private static final Set<String> PHRASES = Set.of("a", "em", "strong", "b", "i");

  /** A heading or a line ending in a colon no longer than this can be the label of a list. */
  private static final int MAX_LABEL_CHARS = 60;

  /** An image with no more text than this beside it is a figure with its caption. */
  private static final int MAX_CAPTION_CHARS = 250;
  private static final Set<String> CAPTION_HOLDERS = Set.of("div", "section", "span");

  /** A link-dense block with this much text outside its links that ends a sentence is prose. */
  private static final int MIN_PROSE_OUTSIDE_LINKS = 80;

  /** A block the classifier finds poor in stop words goes only when shorter than this. */
  private static final int MAX_LOW_DENSITY_CHARS = 40;

  /** A link-dense sentence between two paragraphs of kept prose has this many words, at least, to stay. */
  private static final int MIN_SANDWICHED_WORDS = 10;

  /** A paragraph of prose around a linked sentence has this many characters, at least. */
  private static final int MIN_PROSE_AROUND_CHARS = 80;

  private static final Thresholds THRESHOLDS = Thresholds.forHtml();
  private static final DensityClassifier CLASSIFIER = new DensityClassifier(THRESHOLDS);

  private MainText() {}

  /** The main text of {@code page}, in English. */
  public static String of(Document page) {
    return of(page, Language.of(Language.ENGLISH));
  }

  /** The main text of {@code page}, judged with the stop words of {@code language}. */
  public static String of(Document page, Language language) {
    return extract(page, language).text();
  }

  /**
   * The main text of {@code page} and the blocks removed from it, each as an audit entry of
   * {@code html-main-text/<rule>} at the line of the markup where the block starts. A page whose text is
   * in its captions (a slideshow, a photo post with a long caption) is read again with them kept when
   * the text found without them is a scrap shorter than they are.
   */
  static Extraction extract(Document page, Language language) {
    Removals removals = new Removals();
    Extraction chosen = chosen(page, language, Set.of(), removals);
    if (chosen.text().length() < MIN_ARTICLE_CHARS && removals.captionChars() > chosen.text().length()) {
      Extraction withCaptions = chosen(page, language, CAPTIONS, new Removals());
      chosen = withCaptions.text().length() > chosen.text().length() ? withCaptions : chosen;
    }
    return Fallback.unlessBlind(page, language, chosen);
  }

  /** The text of the container the page's markup and prose point to ({@link ArticleContainer}). */
  private static Extraction chosen(Document page, Language language, Set<String> excused, Removals removals) {
    Document copy = page.clone();
    Element standfirst = Standfirst.find(copy);
    Map<Element, Integer> order = standfirst == null ? Map.of() : Standfirst.order(copy);
    String declared = DeclaredBody.of(copy);
    Element body = prepare(copy, removals);
    removeFurniture(body, excused, removals);
    Element article = articleElement(copy, body);
    List<Element> parts = ArticleContainer.find(article);
    for (Element more : continuations(article, body)) {
      parts = new ArrayList<>(parts);
      parts.addAll(ArticleContainer.find(more));
    }
    Element declaredBody = DeclaredBody.find(body, parts, declared);
    if (declaredBody != null) {
      for (Element part : parts) {
        removals.outside(part, List.of(declaredBody), DeclaredBody.RULE);
      }
      List<Element> kept = new ArrayList<>(parts);
      kept.add(declaredBody);
      removals.outside(body, kept, "outside-article");
      parts = List.of(declaredBody);
    } else {
      removals.outside(body, parts, "outside-article");
    }
    StringBuilder out = textOf(parts, removals, language, declared);
    if (standfirst != null && Standfirst.before(standfirst, parts, order)) {
      withStandfirst(standfirst, out, removals);
    }
    return Extraction.of(out, removals);
  }

  /**
   * Removes from {@code copy} what is never the article's prose (non-content, hidden elements, lone
   * dates, the title, figures), recording it in {@code removals}; returns its body.
   */
  static Element prepare(Document copy, Removals removals) {
    Element body = copy.body() != null ? copy.body() : copy;
    removals.remove(copy, nonContent(copy, body), "non-content");
    removals.remove(copy, hiddenByClass(copy), "non-content");
    removals.remove(copy, datesAlone(copy), "non-content");
    removals.remove(copy, copy.select(TITLE), "title");
    removals.remove(copy, copy.select(FIGURES), "figure");
    removals.remove(copy, imagesWithCaptions(body), "figure");
    return body;
  }

  /**
   * The non-content elements of {@code copy}, but for a {@code <form>} that holds most of the page's
   * text, and a {@code <header>}, {@code <footer>} or {@code <aside>} that one of its classes (or its id)
   * names the article ({@link MarkupSignals#namesArticle}: {@code blogPost}, {@code entry-content}) and
   * that holds an article's length of prose: such a form is the page's layout (ASP.NET wraps whole
   * pages in one), and such an element is the post itself, written by its template as an aside; its
   * fields, navigation and inner asides go all the same. A teaser box named a story is shorter.
   */
  private static Elements nonContent(Document copy, Element body) {
    int page = body.text().length();
    Elements out = new Elements(); // Elements.removeIf would take the form out of the page
    for (Element element : copy.select(NON_CONTENT)) {
      boolean layout = element.nameIs("form") ? element.text().length() * 2 > page
          : WRAPPERS.contains(element.normalName()) && MarkupSignals.namesArticle(element)
              && proseChars(element) >= MIN_ARTICLE_CHARS;
      if (!layout) {
        out.add(element);
      }
    }
    return out;
  }

  /** Removes the furniture under {@code root} (see {@link #removeFurniture(Element, ToIntFunction, int, Set, Removals)}). */
  static void removeFurniture(Element root, Removals removals) {
    removeFurniture(root, Set.of(), removals);
  }

  /** Removes the furniture under {@code root} but for what only the {@code excused} words name. */
  private static void removeFurniture(Element root, Set<String> excused, Removals removals) {
    ToIntFunction<Element> size = paragraphChars(root) > 0 ? MainText::paragraphChars : e -> e.text().length();
    removeFurniture(root, size, size.applyAsInt(root), excused, removals);
  }

  /**
   * The text of the article {@code parts}: their end notes go ({@link EndNotes}), then the blocks
   * judged not to be prose ({@link #judge}), each recorded in {@code removals}.
   */
  static StringBuilder textOf(List<Element> parts, Removals removals, Language language) {
    return textOf(parts, removals, language, "");
  }

  /**
   * The text of the article {@code parts}, as {@link #textOf(List, Removals, Language)} gives it, without
   * the kept blocks after the end of the page's {@code declared} article body ({@link DeclaredBody#withoutTail}).
   */
  static StringBuilder textOf(List<Element> parts, Removals removals, Language language, String declared) {
    EndNotes.remove(parts, removals);
    BlockCollector collector = new BlockCollector();
    for (Element part : parts) {
      NodeTraversor.traverse(collector, part);
    }
    List<Block> blocks = collector.blocks();
    List<Paragraph> paragraphs = paragraphs(blocks, language);
    List<Verdict> verdicts = withListLabels(blocks, judge(blocks, paragraphs));
    return kept(blocks, DeclaredBody.withoutTail(blocks, verdicts, declared), removals);
  }

  /** The paragraphs of {@code blocks}, as the density classifier and the verdicts read them. */
  static List<Paragraph> paragraphs(List<Block> blocks, Language language) {
    List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      paragraphs.add(Paragraph.of(block.text(), block.linkChars(), block.heading(), language));
    }
    return paragraphs;
  }

  /**
   * The text of the {@code blocks} their {@code verdicts} keep, blank-line separated; each other block is
   * recorded in {@code removals} under its verdict's rule.
   */
  static StringBuilder kept(List<Block> blocks, List<Verdict> verdicts, Removals removals) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      if (verdicts.get(i).keep()) {
        out.append(out.length() == 0 ? "" : "\n\n").append(blocks.get(i).text());
      } else {
        removals.add(blocks.get(i), verdicts.get(i).rule());
      }
    }
    return out;
  }

  /**
   * Puts the blocks of {@code standfirst} before the article's text {@code out}, unless the text
   * holds it already, and takes back their removals.
   */
  private static void withStandfirst(Element standfirst, StringBuilder out, Removals removals) {
    BlockCollector collector = new BlockCollector();
    NodeTraversor.traverse(collector, standfirst);
    StringBuilder text = new StringBuilder();
    for (Block block : collector.blocks()) {
      text.append(block.text()).append("\n\n");
    }
    if (text.length() == 0 || Standfirst.letters(out.toString()).contains(Standfirst.letters(text.toString()))) {
      return;
    }
    collector.blocks().forEach(block -> removals.restore(block.text()));
    out.insert(0, out.length() == 0 ? text.substring(0, text.length() - 2) : text);
  }

  /** One verdict per block of the article container, with the rule id of each removal. */
  static List<Verdict> judge(List<Block> blocks, List<Paragraph> paragraphs) {
    List<Verdict> density = CLASSIFIER.judge(paragraphs);
    List<Verdict> verdicts = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph paragraph = paragraphs.get(i);
      if (paragraph.linkDensity() > THRESHOLDS.maxLinkDensity() && !linkedProse(paragraph)) {
        verdicts.add(new Verdict(false, "link-density"));
      } else if (paragraph.copyright() || rightsReserved(blocks.get(i).text())) {
        verdicts.add(new Verdict(false, "copyright"));
      } else if (density.get(i).rule().equals("low-density") && paragraph.chars() < MAX_LOW_DENSITY_CHARS) {
        verdicts.add(density.get(i));
      } else {
        verdicts.add(new Verdict(true, ""));
      }
    }
    // Links in the flow of the article: a sentence whose words are mostly one link, between prose.
    List<Verdict> judged = List.copyOf(verdicts);
    for (int i = 1; i + 1 < paragraphs.size(); i++) {
      if (judged.get(i).rule().equals("link-density") && paragraphs.get(i).endsSentence()
          && paragraphs.get(i).words() >= MIN_SANDWICHED_WORDS && !labelled(blocks.get(i).text())
          && prose(paragraphs.get(i - 1), judged.get(i - 1)) && prose(paragraphs.get(i + 1), judged.get(i + 1))) {
        verdicts.set(i, new Verdict(true, ""));
      }
    }
    return verdicts;
  }

  /**
   * Whether {@code text} opens with a label ("Related:", "SEE ALSO:", "[Read more:"): a pointer to
   * another page set between the paragraphs, not a sentence of the article.
   */
  private static boolean labelled(String text) {
    int start = 0;
    for (int word = 0; word < 3; word++) {
      int end = text.indexOf(' ', start);
      if (end < 0) {
        break;
      }
      if (end > start && text.charAt(end - 1) == ':') {
        return true;
      }
      start = end + 1;
    }
    return text.startsWith("[") || text.startsWith("(");
  }

  /** Whether a kept {@code paragraph} is prose: a sentence of some length, not a heading. */
  private static boolean prose(Paragraph paragraph, Verdict verdict) {
    return verdict.keep() && !paragraph.heading() && paragraph.endsSentence()
        && paragraph.chars() >= MIN_PROSE_AROUND_CHARS;
  }

  /**
   * Images with their captions outside {@code <figure>}: a {@code div}, {@code section} or
   * {@code span} that holds an image and a short text, the largest such with less text than its parent
   * and fewer than two paragraphs of text. An element whose class or id names the article
   * ({@link MarkupSignals#namesArticle}) is never one: an image with a short text in a post's own
   * container is a photo post, and that text is its article.
   */
  private static Elements imagesWithCaptions(Element body) {
    Elements out = new Elements();
    // Many images share their ancestors: each ancestor's text is measured once.
    Map<Element, Integer> lengths = new IdentityHashMap<>();
    ToIntFunction<Element> length = e -> lengths.computeIfAbsent(e, x -> x.text().length());
    for (Element image : body.select("img, picture, video")) {
      Element figure = null;
      for (Element up = image.parent(); up != null && up != body; up = up.parent()) {
        int chars = length.applyAsInt(up);
        if (chars > MAX_CAPTION_CHARS || up.parent() == null || length.applyAsInt(up.parent()) <= chars
            || paragraphsBeside(up) >= 2 || MarkupSignals.namesArticle(up)) {
          break;
        }
        figure = CAPTION_HOLDERS.contains(up.normalName()) && chars > 0 ? up : figure;
      }
      if (figure != null) {
        out.add(figure);
      }
    }
    return out;
  }

  /**
   * The paragraphs ({@code p}) with text and no image in {@code element}: a caption is one, two or
   * more are a short post with its image.
   */
  private static int paragraphsBeside(Element element) {
    int count = 0;
    for (Element paragraph : element.getElementsByTag("p")) {
      count += paragraph.hasText() && paragraph.selectFirst("img, picture, video") == null ? 1 : 0;
    }
    return count;
  }

  /** The dates ({@code <time>}) that stand alone, not in a sentence: a dateline, a timestamp. */
  private static Elements datesAlone(Document page) {
    Elements dates = new Elements();
    for (Element time : page.getElementsByTag("time")) {
      if (!besideText(time)) {
        dates.add(time);
      }
    }
    return dates;
  }

  /** The elements whose class hides them ({@link MarkupSignals#hidden}). */
  private static Elements hiddenByClass(Document page) {
    Elements hidden = new Elements();
    for (Element element : page.select("[class]")) {
      if (MarkupSignals.hidden(element)) {
        hidden.add(element);
      }
    }
    return hidden;
  }

  /**
   * Whether {@code element} is a phrase of a sentence: a link or an emphasis right beside text, with
   * no block inside. Its class names how it looks, not page furniture.
   */
  private static boolean inRunningText(Element element) {
    if (!PHRASES.contains(element.normalName()) || element.selectFirst("p, div, li, ul, ol, table, section") != null) {
      return false;
    }
    return besideText(element);
  }

  /** Whether text (not blank) comes right before or after {@code element}. */
  private static boolean besideText(Element element) {
    return element.previousSibling() instanceof TextNode before && !before.isBlank()
        || element.nextSibling() instanceof TextNode after && !after.isBlank();
  }

  /**
   * Whether a link-dense {@code paragraph} is prose all the same: a sentence whose names are links
   * (films, people, places) with words of its own between them, ending as a sentence does. A list of
   * links does not end so, and a plug ("Create an account, follow your teams.") has few words besides
   * its links.
   */
  private static boolean linkedProse(Paragraph paragraph) {
    double outsideLinks = paragraph.chars() * (1 - paragraph.linkDensity());
    return outsideLinks >= MIN_PROSE_OUTSIDE_LINKS && paragraph.endsSentence();
  }

  /** Whether {@code text} holds a copyright notice without the sign: "All rights reserved". */
  private static boolean rightsReserved(String text) {
    return text.toLowerCase(Locale.ROOT).contains("all rights reserved");
  }

  /**
   * The verdicts with the label of each list of links that went (a heading, or a short line ending in a
   * colon, just before link-dense blocks that go) going too ({@code list-label}): "Related stories:"
   * names the list, not the article.
   */
  static List<Verdict> withListLabels(List<Block> blocks, List<Verdict> verdicts) {
    List<Verdict> out = new ArrayList<>(verdicts);
    for (int i = out.size() - 2; i >= 0; i--) {
      Verdict next = out.get(i + 1);
      String text = blocks.get(i).text();
      boolean label = text.length() <= MAX_LABEL_CHARS && (blocks.get(i).heading() || text.endsWith(":"));
      if (label && out.get(i).keep() && !next.keep() && next.rule().equals("link-density")) {
        out.set(i, new Verdict(false, "list-label"));
      }
    }
    return out;
  }

  /** The length of the text of the paragraphs ({@code p}) in {@code element}. */
  private static int paragraphChars(Element element) {
    int chars = 0;
    for (Element paragraph : element.getElementsByTag("p")) {
      chars += paragraph.text().length();
    }
    return chars;
  }

  /**
   * Whether {@code element} is or holds a blog entry (hAtom {@code hentry}) with an article's length of
   * text. WordPress marks a post so beside one class per tag and author ({@code tag-*}, {@code author-*}),
   * and Blogger puts its posts in a {@code widget}, their text between {@code <br>}s, so that by its
   * paragraphs the entry seems to hold little of the page.
   */
  private static boolean holdsEntry(Element element) {
    for (Element entry : element.getElementsByClass("hentry")) {
      if (entry.text().length() >= MIN_ARTICLE_CHARS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code element}, named by its markup a comment thread, is one: it holds no article (the
   * marked article body, or an {@code <article>} or an element named the article, not itself a
   * comment, of an article's length). A thread goes however much of the page it holds: on a
   * popular post the readers write more than the author.
   */
  private static boolean commentThread(Element element, List<String> furniture) {
    if (!furniture.contains("comment") && !furniture.contains("disqus")) {
      return false;
    }
    for (Element inside : element.getAllElements()) {
      if (inside.hasAttr("itemprop") && inside.attr("itemprop").equalsIgnoreCase("articleBody")) {
        return false;
      }
      if ((inside.nameIs("article") || MarkupSignals.namesArticle(inside))
          && !MarkupSignals.furnitureWords(inside).contains("comment") && proseChars(inside) >= MIN_ARTICLE_CHARS) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code element} is the heading of a comment thread written as siblings after it, as
   * Movable Type writes it ({@code <h2 id="comments">}): a heading that its markup names comments,
   * not a link to them ("3 comments" in a post's header).
   */
  private static boolean commentsHeading(Element element, List<String> furniture) {
    return HEADINGS.contains(element.normalName()) && furniture.contains("comment")
        && element.getElementsByTag("a").stream().noneMatch(Element::hasText);
  }

  /** The length of {@code element}'s text outside links. */
  private static int proseChars(Element element) {
    return (int) Math.round(element.text().length() * (1 - ArticleContainer.linkDensity(element)));
  }

  /**
   * The later {@code <article>} elements that carry on {@code article} when a page splits one story
   * across several (an advertisement rail between its halves): like it, they have no heading and no
   * microdata type of their own, and hold prose rather than links. Teasers and feeds of stories
   * have headings or types, and stay out.
   */
  static List<Element> continuations(Element article, Element body) {
    if (!article.nameIs("article") || !untitled(article)) {
      return List.of();
    }
    List<Element> more = new ArrayList<>();
    boolean after = false;
    for (Element other : body.getElementsByTag("article")) {
      if (other == article) {
        after = true;
      } else if (after && !ArticleContainer.contains(article, other) && untitled(other)
          && proseChars(other) >= MIN_CONTINUATION_CHARS
          && more.stream().noneMatch(kept -> ArticleContainer.contains(kept, other))) {
        more.add(other);
      }
    }
    return more;
  }

  /** Whether {@code article} has neither a heading nor a microdata type: a part, not a story. */
  private static boolean untitled(Element article) {
    return article.attr("itemtype").isEmpty() && article.select("h1, h2, h3, h4, h5, h6").isEmpty();
  }

  /** The first article element with enough text, else {@code body}. */
  private static Element articleElement(Document page, Element body) {
    int enough = Math.min(MIN_ARTICLE_CHARS, body.text().length() / 2);
    for (String query : ARTICLE_ELEMENTS) {
      Element candidate = page.selectFirst(query);
      if (candidate != null && !candidate.text().isBlank() && candidate.text().length() >= enough) {
        return candidate;
      }
    }
    return body;
  }

  /**
   * Removes the elements under {@code element} whose markup names them furniture. One that holds half
   * the page, the marked article body, an {@code <article>} of an article's length, or a blog entry of
   * one ({@link #holdsEntry}) stays: its words
   * name the page's layout (a post's {@code tag-*} classes, say), and the words it shares with its
   * parts are {@code excused} in them. Half the page alone would miss a page that holds its article
   * more than twice, or several articles, each under half of it. The page's size is the text of its paragraphs
   * ({@code p}), if it has any, so that a sidebar of teasers does not pass for the layout.
   */
  private static void removeFurniture(Element element, ToIntFunction<Element> size, int pageSize, Set<String> excused,
      Removals removals) {
    List<Element> children = new ArrayList<>(element.children());
    for (int i = 0; i < children.size(); i++) {
      Element child = children.get(i);
      List<String> furniture = MarkupSignals.furnitureWords(child);
      if (commentsHeading(child, furniture)) {
        for (Element thread : children.subList(i, children.size())) {
          removals.remove(thread, "furniture");
        }
        return;
      } else if (furniture.isEmpty() || excused.containsAll(furniture)) {
        removeFurniture(child, size, pageSize, excused, removals);
      } else if (inRunningText(child)) {
        continue;
      } else if (commentThread(child, furniture)) {
        removals.remove(child, "furniture");
      } else if (size.applyAsInt(child) * 2 >= pageSize || child.selectFirst("[itemprop=articleBody]") != null
          || child.normalName().equals("article") && size.applyAsInt(child) >= MIN_ARTICLE_CHARS
          || holdsEntry(child)
          || MarkupSignals.namesArticle(child)
              && proseChars(child) >= (POST_WORDS.containsAll(furniture) ? MIN_POST_CHARS : MIN_ARTICLE_CHARS)) {
        Set<String> more = new HashSet<>(excused);
        more.addAll(furniture);
        removeFurniture(child, size, pageSize, more, removals);
      } else {
        if (CAPTIONS.containsAll(furniture)) {
          removals.caption(child.text().length());
        }
        removals.remove(child, "furniture");
      }
    }
  }
}
