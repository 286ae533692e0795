package dev.corpuskit.maven;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Turns the entries of {@code <against>} into corpus jars: Maven coordinates through Maven's resolver
 * (the local repository, then the project's remote repositories, as a dependency would be), a path
 * relative to the project folder. The jars themselves are checked by the core when it reads them.
 */
final class AgainstCorpora {

  /** A part of coordinates: what Maven allows in a group id, artifact id, version, type or classifier. */
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.+-]+");

  /** Resolves coordinates to an artifact's file. */
  @FunctionalInterface
  interface Resolver {
    Path resolve(DefaultArtifact artifact) throws ArtifactResolutionException;
  }

  private AgainstCorpora() {}

  /** A resolver asking {@code system} with the build's session and the project's remote repositories. */
  static Resolver maven(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> remotes) {
    return artifact -> system.resolveArtifact(session, new ArtifactRequest(artifact, remotes, null))
        .getArtifact().getFile().toPath();
  }

  /**
   * The jar of each entry, in order.
   *
   * @throws MojoExecutionException naming {@code <against>}, the entry and the fix when an entry is
   *     malformed, does not resolve, or names no file
   */
  static List<Path> resolve(List<String> entries, Path basedir, Resolver resolver) throws MojoExecutionException {
    List<Path> jars = new ArrayList<>();
    if (entries == null) {
      return jars;
    }
    for (String raw : entries) {
      String entry = raw == null ? "" : raw.replace('\u00a0', ' ').strip();
      if (entry.isEmpty()) {
        throw ErrorMessages.invalid("against", "an entry is empty");
      }
      jars.add(isPath(entry) ? path(entry, basedir) : coordinates(entry, resolver));
    }
    return jars;
  }

  /** A path when it names a jar file or a folder; else coordinates, which hold neither. */
  private static boolean isPath(String entry) {
    return entry.endsWith(".jar") || entry.contains("/") || entry.contains("\\") || !entry.contains(":");
  }

  private static Path path(String entry, Path basedir) throws MojoExecutionException {
    Path jar;
    try {
      jar = basedir.resolve(entry).normalize();
    } catch (InvalidPathException e) {
      throw ErrorMessages.invalid("against", "'" + entry + "' is not a path: " + e.getMessage(), e);
    }
    if (!Files.isRegularFile(jar)) {
      throw ErrorMessages.invalid("against", "'" + entry + "' names no file (" + jar + ")");
    }
    return jar;
  }

  private static Path coordinates(String entry, Resolver resolver) throws MojoExecutionException {
    String[] parts = entry.split(":", -1);
    boolean wellFormed = parts.length >= 3 && parts.length <= 5;
    for (int i = 0; wellFormed && i < parts.length; i++) {
      wellFormed = PART.matcher(parts[i]).matches();
    }
    if (!wellFormed) {
      throw ErrorMessages.invalid("against", "'" + entry + "' is neither coordinates"
          + " groupId:artifactId:version[:type[:classifier]] nor the path of a .jar file");
    }
    String type = parts.length > 3 ? parts[3] : "jar";
    // A corpus-packaging artifact is a jar (the corpus type's handler in components.xml).
    String extension = type.equals("corpus") ? "jar" : type;
    String classifier = parts.length > 4 ? parts[4] : "";
    DefaultArtifact artifact = new DefaultArtifact(parts[0], parts[1], classifier, extension, parts[2]);
    try {
      return resolver.resolve(artifact);
    } catch (ArtifactResolutionException e) {
      throw ErrorMessages.invalid("against", "'" + entry + "' does not resolve: " + e.getMessage(), e);
    }
  }
}
