package dev.corpuskit.pack;

import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.ManifestReader;
import dev.corpuskit.format.UnsafePathException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The checks before a jar is written, in one pass over the manifest: every path is safe, the data
 * folder holds exactly the listed files (besides cleaning's {@link CorpusLayout#OUTPUT_RECORD}), and
 * each has the listed size (the hash is checked while the jar is written). The folder is compared by
 * counting its files; only when they differ are both listings held, to name the difference.
 *
 * @param documents the number of documents
 * @param totalBytes their total size
 */
record DataCheck(int documents, long totalBytes) {

  private static final int LISTED_MISSING = 1000;

  /**
   * Checks {@code dataDirectory} against {@code manifest}.
   *
   * @throws UnsafePathException when a manifest path could escape the data folder
   * @throws DataDirectoryMismatchException when files are missing or not listed
   * @throws StaleDocumentException when a document's size differs from its manifest entry
   */
  static DataCheck of(Path dataDirectory, ManifestSource manifest) throws IOException {
    if (!Files.isDirectory(dataDirectory)) {
      throw new NoSuchFileException(dataDirectory.toString(), null, "data directory");
    }
    int documents = 0;
    long totalBytes = 0;
    boolean missing = false;
    ManifestEntry wrongSize = null;
    try (ManifestReader reader = manifest.open()) {
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        CorpusLayout.requireSafeRelativePath(e.path(), "manifest.tsv, document " + e.id());
        Path file = dataDirectory.resolve(e.path());
        BasicFileAttributes attributes = attributes(file);
        if (attributes == null || attributes.isDirectory()) {
          missing = true;
        } else if (wrongSize == null && size(file, attributes) != e.bytes()) {
          wrongSize = e;
        }
        documents++;
        totalBytes += e.bytes();
      }
    }
    if (missing || countFiles(dataDirectory) != documents) {
      throw mismatch(dataDirectory, manifest);
    }
    if (wrongSize != null) {
      throw DocumentDeflater.stale(wrongSize, dataDirectory.resolve(wrongSize.path()));
    }
    return new DataCheck(documents, totalBytes);
  }

  /** The attributes of {@code file}, not following a link (one system call), or null if it does not exist. */
  private static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** The size of {@code file}, the size of a link's target for a link. */
  private static long size(Path file, BasicFileAttributes attributes) throws IOException {
    return attributes.isSymbolicLink() ? Files.size(file) : attributes.size();
  }

  /** Every entry but directories, links included, from the attributes the walk reads anyway. */
  private static long countFiles(Path dataDirectory) throws IOException {
    long[] count = new long[1];
    Path record = dataDirectory.resolve(CorpusLayout.OUTPUT_RECORD);
    Files.walkFileTree(dataDirectory, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (!file.equals(record)) {
          count[0]++;
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return count[0];
  }

  /** Names the difference; only on failure, so holding both listings is fine. */
  private static DataDirectoryMismatchException mismatch(Path dataDirectory, ManifestSource manifest)
      throws IOException {
    Set<String> declared = new HashSet<>();
    List<String> missing = new ArrayList<>();
    try (ManifestReader reader = manifest.open()) {
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        declared.add(e.path());
        Path file = dataDirectory.resolve(e.path());
        if ((!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
            && missing.size() < LISTED_MISSING) {
          missing.add(e.path());
        }
      }
    }
    TreeSet<String> undeclared = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dataDirectory)) {
      files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> slashed(dataDirectory.relativize(p)))
          .filter(p -> !declared.contains(p) && !p.equals(CorpusLayout.OUTPUT_RECORD))
          .forEach(undeclared::add);
    }
    return new DataDirectoryMismatchException(dataDirectory, new ArrayList<>(undeclared), missing);
  }

  private static String slashed(Path relative) {
    StringBuilder s = new StringBuilder();
    for (Path name : relative) {
      if (s.length() > 0) {
        s.append('/');
      }
      s.append(name);
    }
    return s.toString();
  }
}
