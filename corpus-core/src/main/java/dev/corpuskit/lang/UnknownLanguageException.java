package dev.corpuskit.lang;

import dev.corpuskit.format.InvalidConfigurationException;
import java.util.List;

/**
 * A language tag names no language this toolkit has data for, or is not a BCP 47 tag at all. It carries
 * the tag as given and the codes of the known languages, so that the message can list them; its
 * setting is {@code language}.
 */
public final class UnknownLanguageException extends InvalidConfigurationException {

  private static final long serialVersionUID = 1L;

  private final String tag;
  private final List<String> known;

  /** {@code tag} is unknown; {@code reason} says why, {@code known} what would do. */
  UnknownLanguageException(String tag, String reason, List<String> known) {
    super("language", reason + "; known: " + String.join(", ", known));
    this.tag = tag;
    this.known = List.copyOf(known);
  }

  /** The tag as given. */
  public String tag() {
    return tag;
  }

  /** The codes of the languages there are data for, sorted. */
  public List<String> known() {
    return known;
  }
}
