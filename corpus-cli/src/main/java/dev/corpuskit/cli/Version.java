package dev.corpuskit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The command line's version, filtered into {@code version.properties} by the build. */
final class Version implements CommandLine.IVersionProvider {

  private static final String VERSION = load();

  /** The version, such as {@code 0.1.0}. */
  static String get() {
    return VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"corpuskit " + VERSION};
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
