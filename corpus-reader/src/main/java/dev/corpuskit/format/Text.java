package dev.corpuskit.format;

/** Checks for the short texts of corpus metadata. */
final class Text {

  private Text() {}

  /** {@code value} if it is one line; null if blank; fails on line breaks or control characters. */
  static String oneLineOrNull(String what, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(what + " must be one line without control characters");
    }
    return value.strip();
  }
}
