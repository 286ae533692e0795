package dev.corpuskit.format;

/** Checks for the short texts of corpus metadata. */
final class Text {

  private Text() {}

  /**
   * {@code value} if it is one line; null if blank; fails on line breaks or control characters with an
   * {@link InvalidConfigurationException} for {@code setting}, calling the value {@code what}.
   */
  static String oneLineOrNull(String setting, String what, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidConfigurationException(setting, what + " must be one line without control characters");
    }
    return value.strip();
  }
}
