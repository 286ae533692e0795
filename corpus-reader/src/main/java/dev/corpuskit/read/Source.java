package dev.corpuskit.read;

import dev.corpuskit.read.CorpusArchiveException.CorruptArchiveException;
import dev.corpuskit.read.CorpusArchiveException.UnsafeFileException;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Where a corpus's files are read from: a jar, an exploded jar, or URLs. Names are jar entry names. */
abstract class Source implements Closeable {

  /** Opens {@code name}, or returns null when there is no such file. */
  abstract InputStream open(String name) throws IOException;

  /** For messages. */
  abstract String describe();

  /** The jar or folder, or null for URLs. */
  abstract Path archive();

  /** Where {@code name} is, for messages. */
  String locate(String name) {
    return describe() + "!/" + name;
  }

  @Override
  public void close() throws IOException {}

  /** A jar, checked entry by entry against {@link ReadLimits} before anything is read from it. */
  static final class Jar extends Source {
    private final Path file;
    private final ZipFile zip;
    private final ReadLimits limits;

    Jar(Path file, ReadLimits limits) throws IOException {
      this.file = file;
      this.limits = limits;
      try {
        this.zip = new ZipFile(file.toFile());
      } catch (ZipException | java.io.EOFException e) {
        throw new CorruptArchiveException(file, "truncated, or not a jar", e);
      }
      try {
        ArchiveCheck.check(file, zip, limits, Files.size(file));
      } catch (IOException | RuntimeException e) {
        zip.close();
        throw e;
      }
    }

    @Override
    InputStream open(String name) throws IOException {
      ZipEntry entry;
      try {
        entry = zip.getEntry(name);
      } catch (IllegalArgumentException e) {
        // Every entry was decoded at open; this is a second line of defence.
        throw new CorruptArchiveException(file, "entry '" + name + "' has a name or comment that is not UTF-8");
      }
      if (entry == null || entry.isDirectory()) {
        return null;
      }
      long declared = entry.getSize() >= 0 ? entry.getSize() : limits.maxEntryBytes();
      try {
        return new BoundedEntryStream(zip.getInputStream(entry), file, name, declared);
      } catch (ZipException | java.io.EOFException e) {
        throw new CorruptArchiveException(file, "entry '" + name + "' cannot be read", e);
      }
    }

    @Override
    String describe() {
      return file.toString();
    }

    @Override
    Path archive() {
      return file;
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }

  /**
   * An unpacked corpus. Below its root, no link is followed (a link could lead anywhere on the machine,
   * and the reader would hand out that file, or its size and hash in a message) and only regular files
   * are opened (a named pipe would block the reader forever).
   */
  static final class Directory extends Source {
    private final Path root;

    Directory(Path root) {
      this.root = root;
    }

    @Override
    InputStream open(String name) throws IOException {
      // Names are checked to be safe relative paths before they get here.
      Path file = root;
      for (int start = 0; start <= name.length(); ) {
        int slash = name.indexOf('/', start);
        int end = slash < 0 ? name.length() : slash;
        file = file.resolve(name.substring(start, end));
        start = end + 1;
        BasicFileAttributes attributes;
        try {
          attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
          return null;
        }
        String shown = name.substring(0, end);
        boolean last = slash < 0;
        if (attributes.isSymbolicLink()) {
          throw new UnsafeFileException(root, "'" + shown + "' is a symbolic link" + (last ? "" : " on the way to '"
              + name + "'") + "; links in an unpacked corpus are not followed: replace the link with what it"
              + " points to, or read the corpus jar");
        }
        if (attributes.isDirectory()) {
          if (last) {
            return null;
          }
        } else if (!last) {
          return null;
        } else if (!attributes.isRegularFile()) {
          throw new UnsafeFileException(root, "'" + shown + "' is not a regular file (a named pipe, a device"
              + " or a socket) and is not opened; replace it with the file itself");
        }
      }
      return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    String describe() {
      return root.toString();
    }

    @Override
    String locate(String name) {
      return root.resolve(name).toString();
    }

    @Override
    Path archive() {
      return root;
    }
  }

  /** Resolves names against the URL of {@code META-INF/corpus/index.properties}. */
  static final class Urls extends Source {
    private final URL index;

    Urls(URL index) {
      this.index = index;
    }

    @Override
    InputStream open(String name) throws IOException {
      String prefix = dev.corpuskit.format.CorpusLayout.ROOT;
      if (!name.startsWith(prefix)) {
        return null;
      }
      try {
        return openUncached(new URL(index, name.substring(prefix.length())));
      } catch (FileNotFoundException e) {
        return null;
      }
    }

    @Override
    String describe() {
      return index.toString();
    }

    @Override
    Path archive() {
      return null;
    }

    @Override
    String locate(String name) {
      String prefix = dev.corpuskit.format.CorpusLayout.ROOT;
      try {
        return new URL(index, name.startsWith(prefix) ? name.substring(prefix.length()) : name).toString();
      } catch (java.net.MalformedURLException e) {
        return index + " " + name;
      }
    }
  }

  /**
   * Opens a URL without the JDK's jar cache, so that closing the stream closes the jar. Reads stop at the
   * largest entry {@link ReadLimits#DEFAULT} allows, and a damaged jar gives a typed exception.
   */
  static InputStream openUncached(URL url) throws IOException {
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    InputStream in;
    try {
      in = connection.getInputStream();
    } catch (ZipException | java.io.EOFException e) {
      throw new CorruptArchiveException(null, url + " cannot be read", e);
    }
    return new BoundedEntryStream(in, null, url.toString(), ReadLimits.DEFAULT.maxEntryBytes());
  }
}
