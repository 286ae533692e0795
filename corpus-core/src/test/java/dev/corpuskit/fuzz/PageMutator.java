package dev.corpuskit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Mutates the structure of a page the way real sites differ from one another: elements deleted,
 * unwrapped, duplicated or re-nested; classes and ids stripped or swapped; text truncated; the
 * {@code <article>}, {@code <main>} and JSON-LD markers removed or duplicated. The same seed gives
 * the same mutations, so that a failing case is reproduced from its seed alone.
 */
final class PageMutator {

  /** The mutation operations, each applied to a page chosen at random. */
  enum Operation {
    DELETE, UNWRAP, DUPLICATE, WRAP, MOVE, STRIP_CLASS_ID, STRIP_ALL_CLASS_ID, SWAP_CLASS_ID,
    TRUNCATE_TEXT, REMOVE_ARTICLE, DUPLICATE_ARTICLE, REMOVE_MAIN, DUPLICATE_MAIN,
    REMOVE_JSON_LD, DUPLICATE_JSON_LD
  }

  private static final String JSON_LD = "script[type=application/ld+json]";

  private final Random random;
  private final List<String> log = new ArrayList<>();
  private final List<String> moved = new ArrayList<>();

  PageMutator(long seed) {
    this.random = new Random(seed);
  }

  /** The operations applied so far, each with the tag of the element it touched. */
  List<String> log() {
    return List.copyOf(log);
  }

  /**
   * The text of each element moved to another part of the page: what it holds is no longer where the
   * page's author put it, so it may rightly fall outside the article.
   */
  List<String> moved() {
    return List.copyOf(moved);
  }

  /** Applies between one and {@code maxOperations} operations to {@code page}, in place. */
  void mutate(Document page, int maxOperations) {
    int count = 1 + random.nextInt(maxOperations);
    Operation[] all = Operation.values();
    for (int i = 0; i < count; i++) {
      apply(page, all[random.nextInt(all.length)]);
    }
  }

  /** Applies {@code operation} once to {@code page}, when the page has an element it applies to. */
  void apply(Document page, Operation operation) {
    Element body = page.body();
    switch (operation) {
      case DELETE -> pick(inner(body)).ifPresent(e -> note(operation, e).remove());
      case UNWRAP -> pick(inner(body)).ifPresent(e -> note(operation, e).unwrap());
      case DUPLICATE -> pick(inner(body)).ifPresent(e -> note(operation, e).after(e.clone()));
      case WRAP -> pick(inner(body)).ifPresent(e -> note(operation, e).wrap("<div></div>"));
      case MOVE -> move(body);
      case STRIP_CLASS_ID -> pick(body.select("[class], [id]")).ifPresent(e -> strip(note(operation, e)));
      case STRIP_ALL_CLASS_ID -> {
        log.add(operation.name());
        body.select("[class], [id]").forEach(PageMutator::strip);
      }
      case SWAP_CLASS_ID -> swap(body.select("[class], [id]"));
      case TRUNCATE_TEXT -> truncate(body);
      case REMOVE_ARTICLE -> pick(body.select("article")).ifPresent(e -> note(operation, e).unwrap());
      case DUPLICATE_ARTICLE -> pick(body.select("article")).ifPresent(e -> note(operation, e).after(e.clone()));
      case REMOVE_MAIN -> pick(body.select("main, [role=main]")).ifPresent(e -> note(operation, e).unwrap());
      case DUPLICATE_MAIN -> pick(body.select("main, [role=main]")).ifPresent(e -> note(operation, e).after(e.clone()));
      case REMOVE_JSON_LD -> pick(page.select(JSON_LD)).ifPresent(e -> note(operation, e).remove());
      case DUPLICATE_JSON_LD -> pick(page.select(JSON_LD)).ifPresent(e -> note(operation, e).after(e.clone()));
      default -> throw new IllegalStateException(operation.name());
    }
  }

  /** Moves an element into another that is neither inside it nor holds it already. */
  private void move(Element body) {
    List<Element> elements = inner(body);
    if (elements.size() < 2) {
      return;
    }
    Element moved = elements.get(random.nextInt(elements.size()));
    Element target = elements.get(random.nextInt(elements.size()));
    if (target == moved || target.tag().isEmpty() || moved.parent() == target
        || target.parents().contains(moved)) {
      return;
    }
    log.add("MOVE " + moved.tagName() + " into " + target.tagName());
    this.moved.add(moved.text());
    moved.remove();
    if (random.nextBoolean()) {
      target.prependChild(moved);
    } else {
      target.appendChild(moved);
    }
  }

  private void swap(List<Element> marked) {
    if (marked.size() < 2) {
      return;
    }
    Element a = marked.get(random.nextInt(marked.size()));
    Element b = marked.get(random.nextInt(marked.size()));
    log.add("SWAP_CLASS_ID " + a.tagName() + "<->" + b.tagName());
    for (String key : List.of("class", "id")) {
      String first = a.attr(key);
      String second = b.attr(key);
      set(a, key, second);
      set(b, key, first);
    }
  }

  private void truncate(Element body) {
    List<TextNode> texts = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      for (TextNode t : e.textNodes()) {
        if (t.text().length() > 20) {
          texts.add(t);
        }
      }
    }
    if (texts.isEmpty()) {
      return;
    }
    TextNode node = texts.get(random.nextInt(texts.size()));
    String text = node.getWholeText();
    log.add("TRUNCATE_TEXT in " + ((Element) node.parent()).tagName());
    node.text(text.substring(0, random.nextInt(text.length())));
  }

  private static void set(Element e, String key, String value) {
    if (value.isEmpty()) {
      e.removeAttr(key);
    } else {
      e.attr(key, value);
    }
  }

  private static void strip(Element e) {
    e.removeAttr("class");
    e.removeAttr("id");
  }

  private Element note(Operation operation, Element e) {
    log.add(operation.name() + " " + e.tagName());
    return e;
  }

  /** The body's elements, the body itself left out. */
  private static List<Element> inner(Element body) {
    List<Element> all = new ArrayList<>(body.getAllElements());
    all.remove(0);
    return all;
  }

  private Optional<Element> pick(List<Element> elements) {
    return elements.isEmpty() ? Optional.empty()
        : Optional.of(elements.get(random.nextInt(elements.size())));
  }
}
