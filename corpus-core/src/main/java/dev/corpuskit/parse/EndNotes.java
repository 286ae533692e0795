package dev.corpuskit.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Notes set in italics after an article's last paragraph: the author's biography, credits, an editor's
 * note, a disclaimer, an invitation to a forum. A paragraph ({@code p}) whose whole text is one
 * emphasis ({@code em} or {@code i}) goes when no paragraph in plain type follows it among its siblings.
 */
final class EndNotes {

  /** The rule id of the removal in the audit. */
  static final String RULE = "end-note";

  private EndNotes() {}

  /** Removes the end notes under {@code parts}, recording them in {@code removals}. */
  static void remove(List<Element> parts, Removals removals) {
    List<Element> notes = new ArrayList<>();
    for (Element part : parts) {
      for (Element paragraph : part.getElementsByTag("p")) {
        if (italic(paragraph) && last(paragraph)) {
          notes.add(paragraph);
        }
      }
    }
    notes.forEach(note -> removals.remove(note, RULE));
  }

  /** Whether no paragraph in plain type with text follows {@code paragraph} among its siblings. */
  private static boolean last(Element paragraph) {
    for (Element next = paragraph.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      if (next.nameIs("p") && !italic(next) && !next.text().isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the whole text of {@code paragraph} is one {@code em} or {@code i}. */
  private static boolean italic(Element paragraph) {
    if (paragraph.childrenSize() != 1 || paragraph.text().isBlank()) {
      return false;
    }
    Element only = paragraph.child(0);
    return (only.nameIs("em") || only.nameIs("i")) && only.text().length() == paragraph.text().length();
  }
}
