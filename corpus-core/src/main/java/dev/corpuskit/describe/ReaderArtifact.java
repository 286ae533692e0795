package dev.corpuskit.describe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The coordinates of the {@code corpus-reader} artifact of this build, which the data card tells a user
 * to depend on: the reader is released with the core, so its version is the core's, written into
 * {@code reader.properties} when the core is built.
 */
final class ReaderArtifact {

  private static final Properties COORDINATES = load();

  private ReaderArtifact() {}

  static String groupId() {
    return COORDINATES.getProperty("groupId");
  }

  static String artifactId() {
    return COORDINATES.getProperty("artifactId");
  }

  static String version() {
    return COORDINATES.getProperty("version");
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = ReaderArtifact.class.getResourceAsStream("reader.properties")) {
      if (in == null) {
        throw new IllegalStateException("reader.properties is missing from dev/corpuskit/describe: "
            + "the core was not built by Maven (its filtered resources)");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
