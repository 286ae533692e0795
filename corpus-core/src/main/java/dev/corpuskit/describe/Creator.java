package dev.corpuskit.describe;

import dev.corpuskit.format.InvalidConfigurationException;
import java.util.Objects;

/**
 * Who made a corpus: an organization or a person, as the POM states them ({@code <organization>},
 * {@code <developers>}). The descriptors name them as the corpus's creators rather than the groupId,
 * which is a namespace, not an author.
 *
 * @param kind an organization or a person
 * @param name the name, or null
 * @param email the e-mail address of a person, or null
 * @param url the homepage, or null
 */
public record Creator(Kind kind, String name, String email, String url) {

  /** What a creator is. */
  public enum Kind {
    ORGANIZATION, PERSON
  }

  /** @throws InvalidConfigurationException with the setting {@code organization} or {@code developers} */
  public Creator {
    Objects.requireNonNull(kind, "kind");
    String setting = kind == Kind.ORGANIZATION ? "organization" : "developers";
    name = oneLineOrNull(setting, "name", name);
    email = oneLineOrNull(setting, "email", email);
    url = oneLineOrNull(setting, "url", url);
    if (name == null && email == null && url == null) {
      throw new InvalidConfigurationException(setting,
          (kind == Kind.ORGANIZATION ? "the organization" : "a developer") + " needs a name, an email or a url");
    }
    if (email != null && !isAddress(email)) {
      throw new InvalidConfigurationException(setting, "email must be an address such as jane@example.org: '"
          + email + "'");
    }
  }

  /** An organization. */
  public static Creator organization(String name, String url) {
    return new Creator(Kind.ORGANIZATION, name, null, url);
  }

  /** A person. */
  public static Creator person(String name, String email, String url) {
    return new Creator(Kind.PERSON, name, email, url);
  }

  /** What to call this creator: the name, else the e-mail address, else the url. */
  public String label() {
    return name != null ? name : email != null ? email : url;
  }

  /** Whether {@code email} is one '@' with something on either side and no space. */
  private static boolean isAddress(String email) {
    int at = email.indexOf('@');
    return at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1
        && email.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private static String oneLineOrNull(String setting, String what, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidConfigurationException(setting, what + " must be one line without control characters");
    }
    return value.strip();
  }
}
