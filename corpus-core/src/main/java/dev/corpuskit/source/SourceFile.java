package dev.corpuskit.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One file of a corpus, located by its path relative to the corpus root.
 *
 * <p>The relative path always uses {@code /} as separator, whatever the platform, so that ids,
 * manifests and reports are identical everywhere.
 *
 * <p>Inputs as crawls leave them are read where they lie, never unpacked on disk: a file ending in
 * {@code .gz} is the document its name without {@code .gz} says ({@code page.html.gz} is the page
 * {@code page}, parsed as {@code .html}); a WARC archive ({@code .warc}, {@code .warc.gz}) or a JSONL file
 * ({@code .jsonl}, {@code .jsonl.gz}) holds many documents, each a <em>member</em> whose relative path is
 * the archive's followed by {@code /} and the member's name ({@code crawl/news.warc.gz/example.org-
 * 20230601123456-3f2a9c1b7d4e.html}), and whose id is the archive's id followed by {@code /} and the
 * member's ({@code crawl/news/example.org-20230601123456-3f2a9c1b7d4e}). A folder named like an archive
 * is therefore read as one: its files are reported as unreadable.
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

  /** The file on disk: the archive, for a member of one. */
  public Path path() {
    int end = archiveEnd(relativePath);
    return root.resolve(end < 0 ? relativePath : relativePath.substring(0, end));
  }

  /**
   * The relative path of the archive this document is a member of ({@code crawl/news.warc.gz}), or
   * null when it is a file of its own.
   */
  public String archive() {
    int end = archiveEnd(relativePath);
    return end < 0 ? null : relativePath.substring(0, end);
  }

  /** The member's name within its archive ({@code example.org-20230601123456-3f2a9c1b7d4e.html}), or null. */
  public String member() {
    int end = archiveEnd(relativePath);
    return end < 0 ? null : relativePath.substring(end + 1);
  }

  /** Whether this file is an archive of many documents (WARC or JSONL), which the scanner lists by member. */
  public boolean isArchive() {
    return archiveEnd(relativePath) < 0 && Archives.kindOf(relativePath) != null;
  }

  /**
   * Whether this is a record of a WARC archive: a crawled page, whose {@link #metadata} holds the
   * {@code url} and {@code date} it was crawled from and at.
   */
  public boolean crawled() {
    String archive = archive();
    return archive != null && Archives.kindOf(archive) == Archives.Kind.WARC;
  }

  /** Whether this is a gzip-compressed file of one document ({@code page.html.gz}), read decompressed. */
  public boolean compressed() {
    return archiveEnd(relativePath) < 0 && Archives.kindOf(relativePath) == null && endsWithGz(relativePath);
  }

  /**
   * The document id: the relative path without its extension, for example {@code cluster-1/001}; without
   * {@code .gz} and the extension before it for a compressed file; the archive's id and the member's name
   * without its extension for a member of an archive.
   */
  public String id() {
    String archive = archive();
    if (archive != null) {
      return archive.substring(0, archive.length() - Archives.kindOf(archive).suffixLength(archive)) + "/"
          + withoutExtension(member());
    }
    return withoutExtension(compressed() ? withoutGz(relativePath) : relativePath);
  }

  /**
   * The lower-case extension without the dot, or an empty string when there is none: that of the name
   * without {@code .gz} for a compressed file ({@code html} for {@code page.html.gz}), that of the
   * member's name for a member of an archive.
   */
  public String extension() {
    String archive = archive();
    if (archive != null) {
      return extensionOf(member());
    }
    return extensionOf(compressed() ? withoutGz(relativePath) : relativePath);
  }

  /**
   * The size the file rules judge: the file's on disk (a compressed file's compressed size), a member's
   * payload as its archive's index read it.
   *
   * @throws IOException when the file cannot be stat'ed
   */
  public long size() throws IOException {
    if (archive() == null) {
      return Files.readAttributes(path(), java.nio.file.attribute.BasicFileAttributes.class,
          java.nio.file.LinkOption.NOFOLLOW_LINKS).size();
    }
    Files.readAttributes(path(), java.nio.file.attribute.BasicFileAttributes.class,
        java.nio.file.LinkOption.NOFOLLOW_LINKS); // gone: the read guard reports it
    try {
      Archives.Member found = Archives.index(new SourceFile(root, archive())).byName().get(member());
      return found == null ? 0 : found.size();
    } catch (UnreadableSourceException damaged) {
      return 0; // the read reports it
    }
  }

  /**
   * What the archive says of this member, in a stable order: a WARC record's {@code url} and
   * {@code date}, a JSONL line's fields of a single value other than its text and id; empty for a file
   * of its own, or when the archive cannot be read.
   */
  public java.util.Map<String, String> metadata() {
    if (archive() == null) {
      return java.util.Map.of();
    }
    try {
      return new java.util.TreeMap<>(Archives.metadata(this));
    } catch (IOException e) {
      return java.util.Map.of();
    }
  }

  /**
   * Reads the document: the file's bytes, decompressed for a compressed file, the record's payload or
   * the line's text for a member of an archive.
   *
   * @throws UnreadableSourceException when the gzip stream, the record or the line is damaged (the
   *     message names the file and the position)
   * @throws IOException when the file cannot be read
   */
  public SourceContent read() throws IOException {
    if (archive() != null) {
      return Archives.read(this);
    }
    byte[] raw = Files.readAllBytes(path());
    byte[] sha256 = dev.corpuskit.format.Sha256.digest().digest(raw);
    if (!compressed()) {
      return new SourceContent(raw, raw.length, sha256, null);
    }
    return new SourceContent(Gzip.decompress(raw, relativePath), raw.length, sha256, null);
  }

  /**
   * Where the archive's name ends in {@code relativePath} (the index of the {@code /} after it), or -1
   * when no folder of the path is named as an archive.
   */
  private static int archiveEnd(String relativePath) {
    for (int slash = relativePath.indexOf('/'); slash >= 0; slash = relativePath.indexOf('/', slash + 1)) {
      if (Archives.kindOf(relativePath.substring(0, slash)) != null) {
        return slash;
      }
    }
    return -1;
  }

  private static boolean endsWithGz(String path) {
    return path.regionMatches(true, path.length() - 3, ".gz", 0, 3) && path.lastIndexOf('/') < path.length() - 4;
  }

  private static String withoutGz(String path) {
    return path.substring(0, path.length() - 3);
  }

  private static String withoutExtension(String path) {
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }

  private static String extensionOf(String path) {
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    return dot > slash + 1 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
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
