package dev.corpuskit.parse;

import dev.corpuskit.audit.Change;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Records the blocks that {@link MainText} removes from a page as audit entries of
 * {@code html-main-text/<rule>}, each with the line of the markup where the block starts.
 */
final class Removals {

  private final List<Change> changes = new ArrayList<>();
  private int captionChars;

  /**
   * Removes {@code elements} (a selection from {@code root}), recording their text under {@code rule};
   * one inside another is recorded with it. One pass over the page and one bulk removal, so that
   * many elements cost no more than a few.
   */
  void remove(Element root, Elements elements, String rule) {
    if (elements.isEmpty()) {
      return;
    }
    Set<Element> selected = Collections.newSetFromMap(new IdentityHashMap<>());
    selected.addAll(elements);
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element element && selected.contains(element)) {
          record(element, rule);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    elements.remove();
  }

  /** Removes {@code element}, recording its text under {@code rule}. */
  void remove(Element element, String rule) {
    record(element, rule);
    element.remove();
  }

  private void record(Element element, String rule) {
    BlockCollector collector = new BlockCollector();
    NodeTraversor.traverse(collector, element);
    collector.blocks().forEach(block -> add(block, rule));
  }

  /** Records, under {@code rule}, the text of {@code root} outside {@code parts}. */
  void outside(Element root, List<Element> parts, String rule) {
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    inside.addAll(parts);
    if (inside.contains(root)) {
      return;
    }
    BlockCollector collector = new BlockCollector();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element element && inside.contains(element)) {
          collector.breakBlock();
          return FilterResult.SKIP_ENTIRELY;
        }
        collector.head(node, depth);
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        collector.tail(node, depth);
        return FilterResult.CONTINUE;
      }
    }, root);
    collector.blocks().forEach(block -> add(block, rule));
  }

  /** Counts {@code chars} of text that went as a caption. */
  void caption(int chars) {
    captionChars += chars;
  }

  /** The length of the text that went as captions. */
  int captionChars() {
    return captionChars;
  }

  /** Records that {@code block} went by {@code rule}. */
  void add(Block block, String rule) {
    changes.add(new Change(MainText.AUDIT_STEP + "/" + rule, block.line(), block.text(), null));
  }

  /** Takes back the first removal of a block with {@code text}: it is in the main text after all. */
  void restore(String text) {
    for (int i = 0; i < changes.size(); i++) {
      if (text.equals(changes.get(i).before())) {
        changes.remove(i);
        return;
      }
    }
  }

  /** The removals in the order of the markup (by line; in the order recorded within a line). */
  List<Change> sorted() {
    List<Change> out = new ArrayList<>(changes);
    out.sort(Comparator.comparingInt(Change::line));
    return out;
  }
}
