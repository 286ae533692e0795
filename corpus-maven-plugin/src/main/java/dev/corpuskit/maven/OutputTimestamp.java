package dev.corpuskit.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.MojoExecutionException;

/** Reads {@code project.build.outputTimestamp} the way Maven's archivers do. */
final class OutputTimestamp {

  /** The earliest time a zip entry can carry, used when no timestamp is configured. */
  static final Instant DEFAULT = Instant.parse("1980-01-01T00:00:02Z");

  private OutputTimestamp() {}

  static Instant parse(String value) throws MojoExecutionException {
    if (value == null || value.isBlank() || value.trim().length() < 2) {
      return DEFAULT; // Maven treats a one-character value as "not set"
    }
    String trimmed = value.trim();
    try {
      if (trimmed.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochSecond(Long.parseLong(trimmed));
      }
      return OffsetDateTime.parse(trimmed).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw ErrorMessages.invalid("outputTimestamp", "'" + value + "' is neither ISO-8601 nor seconds", e);
    }
  }
}
