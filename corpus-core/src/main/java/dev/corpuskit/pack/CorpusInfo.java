package dev.corpuskit.pack;

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
 * @param license a one-line license name or SPDX id, or null
 */
public record CorpusInfo(
    String groupId, String artifactId, String version, String title, String description, String license) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_.+-]+");

  public CorpusInfo {
    requireId("groupId", groupId);
    requireId("artifactId", artifactId);
    Objects.requireNonNull(version, "version");
    if (version.isBlank() || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException(
          "version must be non-blank and use only letters, digits, '.', '_', '+' and '-': '" + version + "'");
    }
    title = blankToNull(title);
    description = blankToNull(description);
    license = blankToNull(license);
    requireOneLine("title", title);
    requireOneLine("license", license);
    if (description != null && description.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
      throw new IllegalArgumentException("description holds a control character");
    }
  }

  /** A corpus without title, description or license. */
  public static CorpusInfo of(String groupId, String artifactId, String version) {
    return new CorpusInfo(groupId, artifactId, version, null, null, null);
  }

  /** {@code groupId:artifactId}. */
  public String id() {
    return groupId + ":" + artifactId;
  }

  private static void requireId(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.indexOf('/') >= 0 || value.indexOf(':') >= 0 || value.indexOf('\\') >= 0) {
      throw new IllegalArgumentException(name + " must not contain '/', '\\' or ':': '" + value + "'");
    }
    if (!ID.matcher(value).matches() || value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          name + " must use only letters, digits, '.', '_' and '-' (and not be '.' or '..'): '" + value + "'");
    }
  }

  private static void requireOneLine(String name, String value) {
    if (value != null && value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(name + " must be one line without control characters");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
