package dev.corpuskit.clean;

import java.util.List;

/**
 * A cleaned document.
 *
 * @param text the cleaned text
 * @param changes every change, in step order
 */
public record Cleaned(String text, List<Change> changes) {

  public Cleaned {
    changes = List.copyOf(changes);
  }
}
