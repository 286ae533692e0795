package dev.corpuskit.read;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import dev.corpuskit.read.CorpusArchiveException.CorruptArchiveException;

/** Where a corpus's files are read from: a jar, an exploded jar, or URLs. Names are jar entry names. */
abstract class Source implements Closeable {

  /** Opens {@code name}, or returns null when there is no such file. */
  abstract InputStream open(String name) throws IOException;

  /** For messages. */
  abstract String describe();

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
      } catch (ZipException e) {
        throw new CorruptArchiveException(file, "truncated, or not a jar", e);
      }
      try {
        ArchiveCheck.check(file, zip, limits);
      } catch (IOException | RuntimeException e) {
        zip.close();
        throw e;
      }
    }

    @Override
    InputStream open(String name) throws IOException {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null || entry.isDirectory()) {
        return null;
      }
      long declared = entry.getSize() >= 0 ? entry.getSize() : limits.maxEntryBytes();
      try {
        return new BoundedEntryStream(zip.getInputStream(entry), file, name, declared);
      } catch (ZipException e) {
        throw new CorruptArchiveException(file, "entry '" + name + "' cannot be read", e);
      }
    }

    @Override
    String describe() {
      return file.toString();
    }

    @Override
    public void close() throws IOException {
      zip.close();
    }
  }

  static final class Directory extends Source {
    private final Path root;

    Directory(Path root) {
      this.root = root;
    }

    @Override
    InputStream open(String name) throws IOException {
      // Names are checked to be safe relative paths before they get here; links are not followed.
      Path file = root.resolve(name);
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.newInputStream(file) : null;
    }

    @Override
    String describe() {
      return root.toString();
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
      String prefix = dev.corpuskit.pack.CorpusLayout.ROOT;
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
  }

  /** Opens a URL without the JDK's jar cache, so that closing the stream closes the jar. */
  static InputStream openUncached(URL url) throws IOException {
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    return connection.getInputStream();
  }
}
