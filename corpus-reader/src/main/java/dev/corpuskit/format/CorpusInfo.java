package dev.corpuskit.format;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a corpus is called. The ids become folder names inside the jar and the version goes into
 * {@code index.properties}, so they are restricted to the characters Maven allows in ids.
 *
 * @param groupId Maven-style group id, for example {@code org.example.corpora}
 * @param artifactId Maven-style artifact id, for example {@code news-de}
 * @param version the corpus version, for example {@code 1.2.0}
 * @param title a one-line title, or null
 * @param description a description, or null; line breaks are folded into spaces in {@code MANIFEST.MF}
 * @param homepage where the corpus is described, or null
 * @param licenses the corpus's licences, possibly none
 * @param sources where the documents came from, possibly none
 * @param language the BCP 47 tag of the documents' language, such as {@code de} or {@code de-DE}, in its
 *     canonical case; null when not stated
 */
public record CorpusInfo(
    String groupId,
    String artifactId,
    String version,
    String title,
    String description,
    String homepage,
    List<License> licenses,
    List<Source> sources,
    String language) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");
  /** A well-formed BCP 47 tag: a primary language subtag, then any others. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_.+-]+");

  /** @throws InvalidConfigurationException naming the field at fault as its setting */
  public CorpusInfo {
    requireId("groupId", groupId);
    requireId("artifactId", artifactId);
    Objects.requireNonNull(version, "version");
    if (version.isBlank() || !VERSION.matcher(version).matches()) {
      throw new InvalidConfigurationException("version",
          "version must be non-blank and use only letters, digits, '.', '_', '+' and '-': '" + version + "'");
    }
    title = Text.oneLineOrNull("title", "title", title);
    description = blankToNull(description);
    homepage = Text.oneLineOrNull("homepage", "homepage", homepage);
    if (homepage != null && !isAbsoluteUri(homepage)) {
      throw new InvalidConfigurationException("homepage",
          "homepage must be an absolute URL such as https://example.org/corpus: '" + homepage + "'");
    }
    licenses = licenses == null ? List.of() : List.copyOf(licenses);
    sources = sources == null ? List.of() : List.copyOf(sources);
    if (description != null && description.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
      throw new InvalidConfigurationException("description", "description holds a control character");
    }
    if (language != null) {
      if (!LANGUAGE_TAG.matcher(language).matches()) {
        throw new IllegalArgumentException("language must be a BCP 47 tag such as de or de-DE: '" + language + "'");
      }
      language = java.util.Locale.forLanguageTag(language).toLanguageTag();
    }
  }

  /** A corpus whose language is not stated. */
  public CorpusInfo(String groupId, String artifactId, String version, String title, String description,
      String homepage, List<License> licenses, List<Source> sources) {
    this(groupId, artifactId, version, title, description, homepage, licenses, sources, null);
  }

  /** This corpus, its documents in the language {@code tag} (null: not stated). */
  public CorpusInfo withLanguage(String tag) {
    return new CorpusInfo(groupId, artifactId, version, title, description, homepage, licenses, sources, tag);
  }

  /** A corpus known only by its coordinates. */
  public static CorpusInfo of(String groupId, String artifactId, String version) {
    return new CorpusInfo(groupId, artifactId, version, null, null, null, List.of(), List.of());
  }

  /** {@code groupId:artifactId}. */
  public String id() {
    return groupId + ":" + artifactId;
  }

  private static void requireId(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new InvalidConfigurationException(name, name + " must not be blank");
    }
    if (value.indexOf('/') >= 0 || value.indexOf(':') >= 0 || value.indexOf('\\') >= 0) {
      throw new InvalidConfigurationException(name,
          name + " must not contain '/', '\\' or ':': '" + value + "'");
    }
    if (!ID.matcher(value).matches() || value.equals(".") || value.equals("..")) {
      throw new InvalidConfigurationException(name,
          name + " must use only letters, digits, '.', '_' and '-' (and not be '.' or '..'): '" + value + "'");
    }
  }

  private static boolean isAbsoluteUri(String value) {
    try {
      return new java.net.URI(value).isAbsolute();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
