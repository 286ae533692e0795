package dev.corpuskit.parse;

import dev.corpuskit.audit.Change;
import java.util.List;

/**
 * What {@link MainText} took from a page.
 *
 * @param text the main text
 * @param removed the blocks it removed, as audit entries, in the order of the markup
 */
record Extraction(String text, List<Change> removed) {

  Extraction {
    removed = List.copyOf(removed);
  }

  /** The text of {@code out} ending in one newline (none if empty), with what {@code removals} recorded. */
  static Extraction of(StringBuilder out, Removals removals) {
    return new Extraction(out.length() == 0 ? "" : out.append('\n').toString(), removals.sorted());
  }
}
