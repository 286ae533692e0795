package dev.corpuskit.format;

/**
 * Where a corpus's documents came from, for provenance.
 *
 * @param title what the source is, for example a publisher or a crawl
 * @param url where it is, or null
 */
public record Source(String title, String url) {

  public Source {
    title = Text.oneLineOrNull("source title", title);
    url = Text.oneLineOrNull("source url", url);
    if (title == null && url == null) {
      throw new IllegalArgumentException("a source needs a title or a url");
    }
  }
}
