package dev.corpuskit.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Notes set in italics after an article's last paragraph: the author's biography, credits, an editor's
 * note, a disclaimer, an invitation to a forum. A paragraph ({@code p}) whose whole text is one
 * emphasis ({@code em} or {@code i}) goes when no paragraph in plain type follows it among its siblings,
 * unless the notes hold as much text as the rest of the article: an article set all in italics (a
 * post that is one {@code <p><em>}) is the article, not a note after it. A note is short: an italic
 * paragraph of {@value #PROSE_WORDS} words or more is prose (a closing passage, a long quotation) and
 * stays, while the short notes about it go, unless it gives an e-mail address (a contact line).
 */
final class EndNotes {

  /** The rule id of the removal in the audit. */
  static final String RULE = "end-note";

  /** The words from which an italic paragraph is prose rather than a note. */
  static final int PROSE_WORDS = 40;

  private EndNotes() {}

  /** Removes the end notes under {@code parts}, recording them in {@code removals}. */
  static void remove(List<Element> parts, Removals removals) {
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> parents = new ArrayList<>(); // in page order: the removals are audited in this order
    for (Element part : parts) {
      for (Element paragraph : part.getElementsByTag("p")) {
        if (italic(paragraph) && paragraph.parent() != null && seen.add(paragraph.parent())) {
          parents.add(paragraph.parent());
        }
      }
    }
    List<Element> notes = new ArrayList<>();
    for (Element parent : parents) {
      List<Element> children = parent.children();
      for (int i = children.size() - 1; i >= 0 && !plain(children.get(i)); i--) {
        if (italic(children.get(i)) && note(children.get(i).text())) {
          notes.add(children.get(i));
        }
      }
    }
    int total = 0;
    for (Element part : parts) {
      total += part.text().length();
    }
    int inNotes = 0;
    for (Element note : notes) {
      inNotes += note.text().length();
    }
    if (inNotes * 2 > total) {
      return; // the notes would take the article with them
    }
    notes.forEach(note -> removals.remove(note, RULE));
  }

  /** Whether {@code element} is a paragraph in plain type with text. */
  private static boolean plain(Element element) {
    return element.nameIs("p") && !italic(element) && !element.text().isBlank();
  }

  /**
   * Whether the text of an italic paragraph after the article reads as a note: short, or giving an
   * e-mail address (a biography's or a correction's contact line, however long).
   */
  private static boolean note(String text) {
    return words(text) < PROSE_WORDS || hasEmail(text);
  }

  /** Whether {@code text} holds a word shaped as an e-mail address: a letter, {@code @}, a name with a dot. */
  private static boolean hasEmail(String text) {
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
        continue;
      }
      int end = at + 1;
      while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-'
          || text.charAt(end) == '.')) {
        end++;
      }
      int dot = text.lastIndexOf('.', end - 2);
      if (dot > at + 1 && end - dot > 1) {
        return true;
      }
    }
    return false;
  }

  /** The number of words of {@code text}, split on any white space (U+00A0 included). */
  private static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** Whether {@code paragraph} is a {@code p} whose whole text is one {@code em} or {@code i}. */
  private static boolean italic(Element paragraph) {
    if (!paragraph.nameIs("p") || paragraph.childrenSize() != 1 || paragraph.text().isBlank()) {
      return false;
    }
    Element only = paragraph.child(0);
    return (only.nameIs("em") || only.nameIs("i")) && only.text().length() == paragraph.text().length();
  }
}
