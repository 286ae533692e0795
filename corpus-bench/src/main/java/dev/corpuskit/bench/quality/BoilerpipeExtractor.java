package dev.corpuskit.bench.quality;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;

/** boilerpipe 1.1.0's {@code ArticleExtractor}, the comparison baseline. */
public final class BoilerpipeExtractor implements Extractor.PerPage {

  @Override
  public String name() {
    return "boilerpipe";
  }

  @Override
  public String extract(Page page) {
    try {
      String text = ArticleExtractor.INSTANCE.getText(Html.decode(page.html()));
      return text == null ? "" : text;
    } catch (BoilerpipeProcessingException | RuntimeException e) {
      return null;
    }
  }
}
