package dev.corpuskit.bench.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns benchmark pages into article text. Corpus-level extractors see all pages at once. A page whose
 * extraction failed (an exception, a timeout, a crashed external process) gets {@code null}, so the
 * table can tell failed pages from empty ones; both score as empty output.
 */
public interface Extractor {

  /** A short name for the table. */
  String name();

  /** The article text of each page, in order; {@code null} for a page whose extraction failed. */
  List<String> extract(List<Page> pages);

  /**
   * Why this extractor cannot run here (a missing external tool), or empty when it can. The harness
   * lists an unavailable extractor as skipped, with this note, instead of failing.
   */
  default Optional<String> unavailable() {
    return Optional.empty();
  }

  /**
   * Whether the harness may run this extractor in every speed pass. An external, slow peer runs once:
   * its score is the same on every pass and its speed is that of the one run.
   */
  default boolean repeatable() {
    return true;
  }

  /** An extractor that handles each page on its own. */
  interface PerPage extends Extractor {

    /** The article text of {@code page}, or {@code null} when its extraction failed. */
    String extract(Page page);

    @Override
    default List<String> extract(List<Page> pages) {
      List<String> out = new ArrayList<>(pages.size());
      for (Page page : pages) {
        out.add(extract(page));
      }
      return out;
    }
  }
}
