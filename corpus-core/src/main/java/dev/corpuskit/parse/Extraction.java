package dev.corpuskit.parse;

import dev.corpuskit.clean.Change;
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
}
