package dev.corpuskit.format;

/**
 * A licence of a corpus.
 *
 * @param name an SPDX or Open Definition id such as {@code CC-BY-4.0}, or a free-form name; may be null
 *     when {@code url} is given
 * @param url where the licence text is, or null
 */
public record License(String name, String url) {

  /** @throws InvalidConfigurationException with the setting {@code license} */
  public License {
    name = Text.oneLineOrNull("license", "licence name", name);
    url = Text.oneLineOrNull("license", "licence url", url);
    if (name == null && url == null) {
      throw new InvalidConfigurationException("license", "a licence needs a name or a url");
    }
  }
}
