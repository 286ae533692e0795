package dev.corpuskit.pipeline.state;

import dev.corpuskit.format.Sha256;
import dev.corpuskit.source.CorpusScanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a run's inputs and outputs look like on disk, taken from their file attributes only: one hash
 * over every file's path, size, modification time and file key (device and inode where the platform
 * has them), so that a run can tell cheaply that nothing changed since the last one.
 */
public final class Fingerprints {

  private Fingerprints() {}

  /**
   * The sources' attributes as a run sees them before it reads them.
   *
   * @param digest the hash of every file's relative path, size, modification time and file key
   * @param newestMillis the newest modification time, in milliseconds, to tell racily clean files
   */
  public record Sources(byte[] digest, long newestMillis) {

    /** Whether these are the sources of a run that started at {@code startedAt} and saw {@code digest}. */
    boolean sameAs(byte[] otherDigest, long startedAt) {
      return Arrays.equals(digest, otherDigest) && !racy(newestMillis, startedAt);
    }
  }

  /**
   * Whether a file modified at {@code mtimeMillis} may have changed unseen by a run that started at
   * {@code startedAt}: a change made in the same second as (or after) the start can keep the size and
   * the time the run saw (file systems with coarse timestamps), so such a file is "racily clean", as
   * git calls it, and only its content can tell.
   */
  public static boolean racy(long mtimeMillis, long startedAt) {
    return Math.floorDiv(mtimeMillis, 1000) >= Math.floorDiv(startedAt, 1000);
  }

  /** The fingerprint of {@code files}, from the attributes their scan read, in their order. */
  public static Sources sources(List<CorpusScanner.Listed> files) {
    Hasher hasher = new Hasher();
    long newest = Long.MIN_VALUE;
    for (CorpusScanner.Listed file : files) {
      hasher.add(file.file().relativePath(), file.attributes());
      newest = Math.max(newest, file.attributes().lastModifiedTime().toMillis());
    }
    return new Sources(hasher.digest(), newest);
  }

  /**
   * Stats every file below {@code directory} (none when it does not exist), in {@link #walk}'s order,
   * so that a file changed, removed or added there changes the hash.
   */
  public static byte[] tree(Path directory) throws IOException {
    return walk(directory, (file, path, stat) -> true);
  }

  /** Decides, for each file a {@link #walk} meets, whether it stays (and is hashed). */
  public interface TreeVisitor {
    /**
     * @param file the file
     * @param path its path relative to the walked directory, with {@code /} between names
     * @param stat its attributes, the link's own for a link
     * @return whether the file stays; a visitor that deletes it returns false
     */
    boolean keep(Path file, String path, BasicFileAttributes stat) throws IOException;
  }

  /**
   * Visits every file below {@code directory} (none when it does not exist; a link is a file, never
   * followed) in a fixed order, each folder's entries sorted by name, and returns the hash {@link #tree}
   * gives for what {@code visitor} keeps. Only the listings of the folders being walked are held, one
   * per level of nesting, so memory grows with the largest folder, not with the number of files.
   */
  public static byte[] walk(Path directory, TreeVisitor visitor) throws IOException {
    Hasher hasher = new Hasher();
    if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      walk(directory, "", visitor, hasher);
    }
    return hasher.digest();
  }

  private static void walk(Path folder, String prefix, TreeVisitor visitor, Hasher hasher) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      listing.forEach(entries::add);
    }
    entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
    for (Path entry : entries) {
      BasicFileAttributes stat = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      String path = prefix + entry.getFileName();
      if (stat.isDirectory()) {
        walk(entry, path + "/", visitor, hasher);
      } else if (visitor.keep(entry, path, stat)) {
        hasher.add(path, stat);
      }
    }
  }

  /**
   * A report file as a run left it: its size and time for a quick check, its SHA-256 for when another
   * goal wrote the same bytes again (validate and clean both write {@code validation.json}).
   */
  public record Report(String name, long size, long mtimeMillis, byte[] sha256) {

    /** Whether {@code directory} still holds this report, with the same content. */
    boolean unchangedIn(Path directory) throws IOException {
      Path file = directory.resolve(name);
      try {
        BasicFileAttributes stat = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!stat.isRegularFile() || stat.size() != size) {
          return false;
        }
        return stat.lastModifiedTime().toMillis() == mtimeMillis || Arrays.equals(hash(file), sha256);
      } catch (NoSuchFileException e) {
        return false;
      }
    }
  }

  /** The report {@code name} of {@code directory}, as it is now. */
  public static Report report(Path directory, String name) throws IOException {
    Path file = directory.resolve(name);
    BasicFileAttributes stat = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return new Report(name, stat.size(), stat.lastModifiedTime().toMillis(), hash(file));
  }

  private static byte[] hash(Path file) throws IOException {
    MessageDigest digest = Sha256.digest();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return digest.digest();
  }

  /** Hashes file attributes, one file after the other, through a buffer. */
  private static final class Hasher {
    private final MessageDigest digest = Sha256.digest();
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

    void add(String path, BasicFileAttributes stat) {
      byte[] name = path.getBytes(StandardCharsets.UTF_8);
      Object key = stat.fileKey();
      byte[] fileKey = key == null ? new byte[0] : key.toString().getBytes(StandardCharsets.UTF_8);
      if (buffer.remaining() < name.length + fileKey.length + 40) {
        flush();
      }
      if (buffer.remaining() < name.length + fileKey.length + 40) {
        buffer.put(Sha256.digest().digest(name)); // a name longer than the buffer: its hash stands for it
      } else {
        buffer.putInt(name.length).put(name);
      }
      Instant time = stat.lastModifiedTime().toInstant();
      buffer.putLong(stat.size()).putLong(time.getEpochSecond()).putInt(time.getNano())
          .put((byte) (stat.isRegularFile() ? 'f' : stat.isSymbolicLink() ? 'l' : 'o'))
          .putInt(fileKey.length).put(fileKey);
    }

    byte[] digest() {
      flush();
      return digest.digest();
    }

    private void flush() {
      digest.update(buffer.array(), 0, buffer.position());
      buffer.clear();
    }
  }
}
