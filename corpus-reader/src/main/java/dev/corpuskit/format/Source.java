package dev.corpuskit.format;

/**
 * Where a corpus's documents came from, for provenance.
 *
 * @param title what the source is, for example a publisher or a crawl
 * @param url where it is, or null
 */
public record Source(String title, String url) {

  /** @throws InvalidConfigurationException with the setting {@code source} */
  public Source {
    title = Text.oneLineOrNull("source", "source title", title);
    url = Text.oneLineOrNull("source", "source url", url);
    if (title == null && url == null) {
      throw new InvalidConfigurationException("source", "a source needs a title or a url");
    }
  }
}
