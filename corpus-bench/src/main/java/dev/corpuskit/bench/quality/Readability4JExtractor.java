package dev.corpuskit.bench.quality;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J 1.0.8 (a port of Mozilla's Readability.js), the comparison baseline. */
public final class Readability4JExtractor implements Extractor.PerPage {

  @Override
  public String name() {
    return "readability4j";
  }

  @Override
  public String extract(Page page) {
    try {
      Article article = new Readability4J(page.url(), Html.decode(page.html())).parse();
      String text = article.getTextContent();
      return text == null ? "" : text;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
