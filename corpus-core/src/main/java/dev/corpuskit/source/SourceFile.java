package dev.corpuskit.source;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One file of a corpus, located by its path relative to the corpus root.
 *
 * <p>The relative path always uses {@code /} as separator, whatever the platform, so that ids,
 * manifests and reports are identical everywhere.
 *
 * @param root the corpus root directory
 * @param relativePath the path below {@code root}, with {@code /} separators
 */
public record SourceFile(Path root, String relativePath) implements Comparable<SourceFile> {

  public SourceFile {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(relativePath, "relativePath");
    // A backslash separates folders only on Windows; elsewhere it is part of a name.
    if (relativePath.isEmpty() || relativePath.startsWith("/")
        || (File.separatorChar == '\\' && relativePath.contains("\\"))) {
      throw new IllegalArgumentException("Not a relative '/'-separated path: " + relativePath);
    }
  }

  /** Creates the source file for {@code file}, which must lie below {@code root}. */
  public static SourceFile of(Path root, Path file) {
    Path relative = root.relativize(file);
    StringBuilder path = new StringBuilder();
    for (Path part : relative) {
      if (path.length() > 0) {
        path.append('/');
      }
      path.append(part);
    }
    return new SourceFile(root, path.toString());
  }

  /** The file on disk. */
  public Path path() {
    return root.resolve(relativePath);
  }

  /** The document id: the relative path without its extension, for example {@code cluster-1/001}. */
  public String id() {
    int dot = relativePath.lastIndexOf('.');
    int slash = relativePath.lastIndexOf('/');
    return dot > slash + 1 ? relativePath.substring(0, dot) : relativePath;
  }

  /** The lower-case extension without the dot, or an empty string when there is none. */
  public String extension() {
    int dot = relativePath.lastIndexOf('.');
    int slash = relativePath.lastIndexOf('/');
    return dot > slash + 1 ? relativePath.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  @Override
  public int compareTo(SourceFile other) {
    return relativePath.compareTo(other.relativePath);
  }

  @Override
  public String toString() {
    return relativePath;
  }
}
