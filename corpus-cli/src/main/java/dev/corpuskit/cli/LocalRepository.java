package dev.corpuskit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the corpus jars of {@code --against}: a path, or Maven coordinates looked up in the local
 * repository as Maven lays it out ({@code group/as/folders/artifact/version/artifact-version[-classifier].type}),
 * without resolving anything remotely: {@code mvn dependency:get} fetches a missing one.
 */
final class LocalRepository {

  /** {@code groupId:artifactId:version[:type[:classifier]]}, no part empty or holding a path separator. */
  private static final Pattern COORDINATES =
      Pattern.compile("([^:/\\\\\\s]+):([^:/\\\\\\s]+):([^:/\\\\\\s]+)(?::([^:/\\\\\\s]+)(?::([^:/\\\\\\s]+))?)?");

  private LocalRepository() {}

  /**
   * The jar {@code entry} names: an existing file as it is, else coordinates in {@code repository}
   * (null: the system property {@code maven.repo.local}, else {@code ~/.m2/repository}).
   *
   * @throws CliException (usage) naming the entry, where it was looked for, and the fix
   */
  static Path jar(String entry, Path repository) {
    Path path = Path.of(entry);
    if (Files.isRegularFile(path)) {
      return path;
    }
    Matcher coordinates = COORDINATES.matcher(entry.strip());
    if (!coordinates.matches()) {
      throw Settings.invalid("against", "'" + entry + "' names no file and is not Maven coordinates"
          + " groupId:artifactId:version[:type[:classifier]]");
    }
    Path root = repository != null ? repository : defaultRepository();
    String groupId = coordinates.group(1);
    String artifactId = coordinates.group(2);
    String version = coordinates.group(3);
    String type = coordinates.group(4) == null ? "jar" : coordinates.group(4);
    String classifier = coordinates.group(5);
    Path jar = root.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
        .resolve(artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + "." + type);
    if (!Files.isRegularFile(jar)) {
      throw Settings.invalid("against", "'" + entry + "' is not in the local repository " + root + " (no " + jar
          + ")", null, "Fetch it with mvn dependency:get -Dartifact=" + entry + ", give --local-repository,"
          + " or give the jar's path.");
    }
    return jar;
  }

  /** The local repository Maven uses by default. */
  static Path defaultRepository() {
    String property = System.getProperty("maven.repo.local");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }
}
