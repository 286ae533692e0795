package dev.corpuskit.bench.quality;

/** The naive full text as it is: the baseline every cleaner starts from. */
public final class NaiveText implements Extractor.PerPage {

  @Override
  public String name() {
    return "baseline-text";
  }

  @Override
  public String extract(Page page) {
    return page.text();
  }
}
