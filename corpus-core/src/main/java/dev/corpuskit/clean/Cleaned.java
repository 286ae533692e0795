package dev.corpuskit.clean;

import dev.corpuskit.audit.Change;
import java.util.List;

/**
 * A cleaned document.
 *
 * @param text the cleaned text
 * @param changes every change but those of blank lines ({@link Audit}), ordered by line, those of a line in
 *     step order
 * @param corpusLines the {@link RepeatedLines#keyOf keys} of the lines whose cleaning depended on the whole corpus
 *     (see {@link RepeatedLines#signature})
 */
public record Cleaned(String text, List<Change> changes, long[] corpusLines) {

  public Cleaned {
    changes = List.copyOf(changes);
    corpusLines = corpusLines.clone();
  }

  /** A cleaned document whose cleaning did not consult the corpus. */
  public Cleaned(String text, List<Change> changes) {
    this(text, changes, new long[0]);
  }

  @Override
  public long[] corpusLines() {
    return corpusLines.clone();
  }
}
