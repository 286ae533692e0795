package dev.corpuskit.pack;

import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.Printable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A data directory whose files are not exactly the manifest's documents: a packaged corpus must hold
 * its manifest, all of it and nothing else.
 */
public final class DataDirectoryMismatchException extends IOException {

  private static final long serialVersionUID = 1L;

  private static final int LISTED = 20;

  private final List<String> undeclared;
  private final List<String> missing;

  public DataDirectoryMismatchException(Path dataDirectory, List<String> undeclared, List<String> missing) {
    super(Printable.escape(message(dataDirectory, undeclared, missing)));
    this.undeclared = List.copyOf(undeclared);
    this.missing = List.copyOf(missing);
  }

  /** Files of the data directory that the manifest does not list, sorted. */
  public List<String> undeclared() {
    return undeclared;
  }

  /** Manifest paths that have no file in the data directory, sorted. */
  public List<String> missing() {
    return missing;
  }

  private static String message(Path dir, List<String> undeclared, List<String> missing) {
    StringBuilder m = new StringBuilder(dir.toString()).append(" does not match manifest.tsv");
    if (!undeclared.isEmpty()) {
      m.append("; files not in the manifest: ").append(list(undeclared));
    }
    if (!missing.isEmpty()) {
      m.append("; manifest documents without a file: ").append(list(missing));
    }
    return m.toString();
  }

  private static String list(List<String> paths) {
    String shown = String.join(", ", paths.subList(0, Math.min(LISTED, paths.size())));
    return paths.size() > LISTED ? shown + " and " + (paths.size() - LISTED) + " more" : shown;
  }
}
