package dev.corpuskit.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The files that hold many documents, WARC archives and JSONL files, and the index of their members:
 * made once per archive and content (size, time, file key) and kept for the few archives read last, so
 * that the scan lists the members and each member's read goes straight to its record or line.
 */
final class Archives {

  /** How many archives' indexes are kept. */
  private static final int KEPT = 16;

  /** The kinds of archive, by the end of their names (any case). */
  enum Kind {
    WARC(".warc"),
    JSONL(".jsonl");

    private final String suffix;

    Kind(String suffix) {
      this.suffix = suffix;
    }

    /** How long the kind's suffix is in {@code path}: with {@code .gz} when compressed. */
    int suffixLength(String path) {
      return suffix.length() + (compressed(path) ? 3 : 0);
    }

    static boolean compressed(String path) {
      return path.regionMatches(true, path.length() - 3, ".gz", 0, 3);
    }
  }

  /**
   * One member of an archive.
   *
   * @param name its name within the archive, with the extension its parser goes by
   * @param offset the byte offset of its record in the (compressed) archive, or of its line in the
   *     decompressed JSONL
   * @param line its line in a JSONL file (from 1), 0 for a WARC record
   * @param size the size of its payload, as far as the index read it
   * @param failure why it cannot be read, naming the archive and the position; null when it can
   * @param metadata what the archive says of it (a record's URL and date), in a stable order
   */
  record Member(String name, long offset, long line, long size, String failure, Map<String, String> metadata) {}

  /**
   * An archive's members, in the archive's order, and how many of its records are no document.
   *
   * @param members its members, damaged ones included
   * @param skipped its records that are no document (requests, metadata, other types, not HTTP 200)
   */
  record Index(List<Member> members, int skipped, Map<String, Member> byName) {

    Index(List<Member> members, int skipped) {
      this(List.copyOf(members), skipped, byName(members));
    }

    private static Map<String, Member> byName(List<Member> members) {
      Map<String, Member> map = new LinkedHashMap<>();
      for (Member member : members) {
        map.put(member.name(), member);
      }
      return map;
    }
  }

  private record Key(Path file, long size, long mtime, Object fileKey) {}

  private static final Map<Key, Index> INDEXES = new LinkedHashMap<>(KEPT, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Index> eldest) {
      return size() > KEPT;
    }
  };

  private Archives() {}

  /** The kind of archive {@code path} names, or null when it names no archive. */
  static Kind kindOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String plain = Kind.compressed(name) ? name.substring(0, name.length() - 3) : name;
    for (Kind kind : Kind.values()) {
      if (plain.length() > kind.suffix.length()
          && plain.regionMatches(true, plain.length() - kind.suffix.length(), kind.suffix, 0, kind.suffix.length())) {
        return kind;
      }
    }
    return null;
  }

  /** The index of {@code archive}, a file that {@link SourceFile#isArchive is an archive}. */
  static Index index(SourceFile archive) throws IOException {
    return index(archive.path(), archive.relativePath());
  }

  private static Index index(Path file, String relativePath) throws IOException {
    BasicFileAttributes stat = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Key key = new Key(file.toAbsolutePath().normalize(), stat.size(), stat.lastModifiedTime().toMillis(),
        stat.fileKey());
    synchronized (INDEXES) {
      Index index = INDEXES.get(key);
      if (index == null) {
        Kind kind = Objects.requireNonNull(kindOf(relativePath), relativePath);
        index = kind == Kind.WARC ? WarcArchive.index(file, relativePath) : JsonlFile.index(file, relativePath);
        INDEXES.put(key, index);
      }
      return index;
    }
  }

  /** The document {@code member} names: its record's payload or its line's text. */
  static SourceContent read(SourceFile member) throws IOException {
    String archive = member.archive();
    Index index = index(member.path(), archive);
    Member found = index.byName().get(member.member());
    if (found == null) {
      throw new UnreadableSourceException(archive + " holds no " + member.member() + " any more: it changed"
          + " while the corpus was read; run the build again");
    }
    if (found.failure() != null) {
      throw new UnreadableSourceException(found.failure());
    }
    return kindOf(archive) == Kind.WARC ? WarcArchive.read(member.path(), archive, found)
        : JsonlFile.read(member.path(), archive, found);
  }

  /** What the archive says of {@code member} (a WARC record's URL and date), empty for other documents. */
  static Map<String, String> metadata(SourceFile member) throws IOException {
    Member found = index(member.path(), member.archive()).byName().get(member.member());
    return found == null ? Map.of() : found.metadata();
  }

  /** {@code base}, or {@code base-2}, {@code base-3}... the first not yet in {@code taken}, then taken. */
  static String unique(java.util.Set<String> taken, String base, String extension) {
    String name = base + "." + extension;
    for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      name = base + "-" + n + "." + extension;
    }
    return name;
  }
}
