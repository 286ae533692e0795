package dev.corpuskit.io;

import dev.corpuskit.format.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes files so that readers see the old content or the new, never a part: the content goes to a
 * temporary file beside the target, which is then moved into place. On failure the temporary file is
 * deleted and the target is left as it was.
 *
 * <p>A process killed mid-write (SIGKILL, power loss) cannot delete its temporary file; the name
 * carries the writer's process id, so the next write to the same target deletes the temporary files
 * of writers that are no longer running.
 *
 * <p>Those names stay within the 255-byte name limit of ext4, APFS and NTFS whatever the target's
 * name: a name too long to carry the pid, counter and suffix is cut (see {@link #stem}).
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Writes content to an output stream. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code bytes} to {@code target} atomically, creating parent directories. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Writes what {@code writer} produces to {@code target} atomically, creating parent directories. */
  public static void write(Path target, Writer writer) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    removeStale(dir, "." + stem(absolute.getFileName().toString()) + ".");
    replace(absolute, writer);
  }

  /**
   * Writes {@code bytes} to {@code target} atomically, in a folder the caller has made, without looking
   * for the temporary files of dead writers: for a caller that writes many files into a few folders and
   * then deletes every file there that it did not write (leftovers included), where listing or making
   * the folder for every file would cost a run of tens of thousands of files dearly.
   */
  public static void writeInSweptDirectory(Path target, byte[] bytes) throws IOException {
    replace(target.toAbsolutePath(), out -> out.write(bytes));
  }

  /**
   * Whether {@code target} is a regular file, not a link, that holds exactly {@code bytes}, so that
   * writing them would change nothing. Writing them anyway is not free: on ext4 each rewrite frees
   * one inode and allocates another, which grows slow over tens of thousands of files. False when
   * {@code target} is missing or cannot be read; writing it then reports any real problem.
   */
  public static boolean holds(Path target, byte[] bytes) {
    try {
      BasicFileAttributes stat = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return stat.isRegularFile() && stat.size() == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes);
    } catch (IOException e) {
      return false;
    }
  }

  private static void replace(Path absolute, Writer writer) throws IOException {
    Temp temp = openTemp(absolute);
    boolean moved = false;
    try {
      try (OutputStream out = WriteFailedException.guard(absolute, temp.out())) {
        writer.writeTo(out);
      }
      move(temp.path(), absolute);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp.path());
      }
    }
  }

  /** A temporary file beside its target, open for writing. */
  record Temp(Path path, OutputStream out) {}

  /**
   * Creates and opens a temporary file beside {@code target}, named {@code .<name>.<pid>.<n>.tmp} so
   * that a later run can tell a dead process's leftovers. Unlike {@code Files.createTempFile}, which
   * makes the file readable by its owner only, it gets the default permissions, as the final file
   * should. The file is created and opened in one call (one system call per file instead of three:
   * create, open again with truncation, and unlink after the move), which counts when a run writes
   * tens of thousands of small files.
   */
  static Temp openTemp(Path target) throws IOException {
    Path dir = target.getParent();
    String prefix = ownPrefix(target);
    while (true) {
      Path temp = dir.resolve(prefix + Long.toUnsignedString(NEXT.incrementAndGet()) + ".tmp");
      try {
        return new Temp(temp, Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        // a leftover of an earlier process with the same pid: try the next name
      } catch (IOException e) {
        throw WriteFailedException.wrap(target, e); // no inode left, a read-only folder
      }
    }
  }

  /**
   * Creates an empty scratch file beside {@code target} (making its folder), named like the temporary
   * files of {@link #write} ({@code .<name>.<pid>.<n><suffix>}, {@code suffix} ending in {@code .tmp}),
   * so that if this process dies before deleting it, the next write of {@code target} does. The caller
   * deletes it when done.
   */
  public static Path scratchFile(Path target, String suffix) throws IOException {
    if (!suffix.endsWith(".tmp")) {
      throw new IllegalArgumentException("a scratch file's suffix ends in .tmp: " + suffix);
    }
    if (suffix.getBytes(StandardCharsets.UTF_8).length > MAX_SUFFIX) {
      throw new IllegalArgumentException("a scratch file's suffix is at most " + MAX_SUFFIX + " bytes: " + suffix);
    }
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    return Files.createTempFile(absolute.getParent(), ownPrefix(absolute), suffix);
  }

  /** {@code .<name>.<pid>.}: what this process's temporary and scratch files for {@code target} start with. */
  private static String ownPrefix(Path target) {
    return "." + stem(target.getFileName().toString()) + "." + ProcessHandle.current().pid() + ".";
  }

  /** The longest name a file system takes, in bytes: ext4, XFS, APFS (in UTF-8) and NTFS (in chars). */
  static final int NAME_LIMIT = 255;

  /** The longest suffix of a scratch file, {@code .tmp} included. */
  private static final int MAX_SUFFIX = 16;

  /**
   * The longest stem that leaves room for the rest of a temporary or scratch file's name: two dots
   * and a third, a pid of up to 19 digits, a counter of up to 20 and the suffix.
   */
  static final int MAX_STEM = NAME_LIMIT - 3 - 19 - 20 - MAX_SUFFIX;

  /**
   * {@code name} as the temporary and scratch files beside it carry it: itself when it fits in
   * {@link #MAX_STEM} UTF-8 bytes (every name but the longest: the shape stays {@code .<name>.<pid>.<n>.tmp}),
   * else its start, cut at a character, then {@code ~} and 16 hex digits of the SHA-256 of the whole
   * name. It depends on the name alone, so a later run finds a dead writer's leftovers, and two long
   * names alike at the start keep apart.
   */
  static String stem(String name) {
    if (fits(name, MAX_STEM) == name.length()) {
      return name;
    }
    String hash = HexFormat.of().formatHex(Sha256.digest().digest(name.getBytes(StandardCharsets.UTF_8)), 0, 8);
    return name.substring(0, fits(name, MAX_STEM - 1 - hash.length())) + "~" + hash;
  }

  /**
   * The end of the longest start of {@code name} that takes at most {@code bytes} bytes in UTF-8, cut
   * between characters; an unpaired surrogate counts 3 bytes, as much as a file system could give it.
   */
  private static int fits(String name, int bytes) {
    int end = 0;
    int used = 0;
    while (end < name.length()) {
      int c = name.codePointAt(end);
      used += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (used > bytes) {
        break;
      }
      end += Character.charCount(c);
    }
    return end;
  }

  private static final java.util.concurrent.atomic.AtomicLong NEXT =
      new java.util.concurrent.atomic.AtomicLong(System.nanoTime() & 0xffffff);

  /** Whether the process {@code pid}, which named a temporary file, is no longer running. */
  private static boolean gone(long pid) {
    return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  /** Deletes {@code prefix<pid>.*.tmp} files whose process is gone. */
  private static void removeStale(Path dir, String prefix) throws IOException {
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, path -> {
      String name = path.getFileName().toString();
      return name.startsWith(prefix) && name.endsWith(".tmp");
    })) {
      for (Path temp : temps) {
        String rest = temp.getFileName().toString().substring(prefix.length());
        int dot = rest.indexOf('.');
        long pid;
        try {
          pid = Long.parseLong(dot < 0 ? rest : rest.substring(0, dot));
        } catch (NumberFormatException e) {
          continue; // not ours
        }
        if (gone(pid)) {
          Files.deleteIfExists(temp);
        }
      }
    }
  }

  /**
   * Deletes every temporary or scratch file in {@code dir} (not below it) whose writer is no longer
   * running, whatever target it was for: for the folders a build owns (its cache, its reports), where a
   * killed run's files would otherwise stay until the same target is written again, or forever when it
   * never is. A missing folder has none.
   *
   * @return how many were deleted
   */
  public static int sweepDeadWriters(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        if (isDeadWritersFile(file.getFileName().toString()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            && Files.deleteIfExists(file)) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  /**
   * Whether {@code fileName} has the shape of this class's temporary and scratch files
   * ({@code .<name>.<pid>.<n>.tmp}, or {@code .<name>.<pid>.<n><suffix>} with a suffix ending in
   * {@code .tmp}) and the process it names is no longer running. The pid is the rightmost all-digit
   * part that is followed by a part starting with a digit, so that it is found whatever the
   * {@code <name>} part holds (dots and digits included, or a shortened form of a long name).
   */
  public static boolean isDeadWritersFile(String fileName) {
    if (!fileName.startsWith(".") || !fileName.endsWith(".tmp")) {
      return false;
    }
    List<String> parts = new ArrayList<>();
    for (int start = 1, dot; start <= fileName.length(); start = dot + 1) {
      dot = fileName.indexOf('.', start);
      dot = dot < 0 ? fileName.length() : dot;
      parts.add(fileName.substring(start, dot));
    }
    for (int i = parts.size() - 2; i >= 1; i--) {
      String part = parts.get(i);
      String next = parts.get(i + 1);
      if (!part.isEmpty() && part.length() <= 18 && part.chars().allMatch(c -> c >= '0' && c <= '9')
          && !next.isEmpty() && next.charAt(0) >= '0' && next.charAt(0) <= '9') {
        return gone(Long.parseLong(part));
      }
    }
    return false;
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
