package dev.corpuskit.maven;

/**
 * The {@code <source>} element of {@code corpus:package}: where the documents came from.
 *
 * <pre>{@code
 * <source>
 *   <title>BBC News</title>
 *   <url>https://www.bbc.co.uk/news</url>
 * </source>
 * }</pre>
 */
public class SourceConfiguration {

  /** What the source is. */
  private String title;

  /** Where it is. */
  private String url;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
