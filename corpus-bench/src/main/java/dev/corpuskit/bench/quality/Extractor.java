package dev.corpuskit.bench.quality;

import java.util.ArrayList;
import java.util.List;

/** Turns benchmark pages into article text. Corpus-level extractors see all pages at once. */
public interface Extractor {

  /** A short name for the table. */
  String name();

  /** The article text of each page, in order. */
  List<String> extract(List<Page> pages);

  /** An extractor that handles each page on its own. */
  interface PerPage extends Extractor {

    /** The article text of {@code page}. */
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
