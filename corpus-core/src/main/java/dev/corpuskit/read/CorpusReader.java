package dev.corpuskit.read;

import dev.corpuskit.pack.CorpusInfo;
import dev.corpuskit.pack.CorpusLayout;
import dev.corpuskit.pack.Manifest;
import dev.corpuskit.pack.ManifestEntry;
import dev.corpuskit.text.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a packaged corpus (see {@link CorpusLayout}) from a jar file, an exploded jar, or the classpath.
 * Documents are read one at a time, on demand, and checked against {@code manifest.tsv} as chosen by
 * the {@link Verification} given at open ({@link Verification#FULL} unless told otherwise).
 *
 * <p>Close the reader to release the jar. Not for use after closing.
 */
public final class CorpusReader implements AutoCloseable {

  private static final int MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 16;

  private final Source source;
  private final String id;
  private final String version;
  private final String path;
  private final Verification verification;
  private final List<ManifestEntry> documents;
  private final Map<String, ManifestEntry> byId;
  private volatile boolean closed;

  private CorpusReader(Source source, Index index, Verification verification, List<ManifestEntry> documents) {
    this.source = source;
    this.id = index.id;
    this.version = index.version;
    this.path = index.path;
    this.verification = verification;
    this.documents = List.copyOf(documents);
    Map<String, ManifestEntry> ids = new LinkedHashMap<>();
    for (ManifestEntry e : documents) {
      ids.putIfAbsent(e.id(), e);
    }
    this.byId = Collections.unmodifiableMap(ids);
  }

  /** Opens a corpus jar (or an exploded corpus jar directory) with {@link Verification#FULL}. */
  public static CorpusReader open(Path jar) throws IOException {
    return open(jar, Verification.FULL);
  }

  /** Opens a corpus jar (or an exploded corpus jar directory) with the default {@link ReadLimits}. */
  public static CorpusReader open(Path jar, Verification verification) throws IOException {
    return open(jar, verification, ReadLimits.DEFAULT);
  }

  /**
   * Opens a corpus jar (or an exploded corpus jar directory). A jar is checked entry by entry first.
   *
   * @throws CorpusArchiveException when the jar has unsafe or duplicate entries, exceeds {@code limits},
   *     or is truncated or corrupt
   */
  public static CorpusReader open(Path jar, Verification verification, ReadLimits limits) throws IOException {
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(limits, "limits");
    Source source = Files.isDirectory(jar) ? new Source.Directory(jar) : new Source.Jar(jar, limits);
    try {
      Index index;
      try (InputStream in = source.open(CorpusLayout.INDEX)) {
        if (in == null) {
          throw new CorpusNotFoundException(jar + " is not a corpus jar: it has no " + CorpusLayout.INDEX);
        }
        index = Index.read(in, jar + "!/" + CorpusLayout.INDEX);
      }
      return create(source, index, verification);
    } catch (IOException | RuntimeException e) {
      closeQuietly(source, e);
      throw e;
    }
  }

  /** Opens corpus {@code groupId:artifactId} from the thread's context class loader, with FULL checks. */
  public static CorpusReader fromClasspath(String id) throws IOException {
    return fromClasspath(defaultLoader(), id);
  }

  /** Opens corpus {@code groupId:artifactId} from {@code loader}, with FULL checks. */
  public static CorpusReader fromClasspath(ClassLoader loader, String id) throws IOException {
    return fromClasspath(loader, id, Verification.FULL);
  }

  /**
   * Opens corpus {@code groupId:artifactId} from {@code loader}. When the classpath holds it twice, the
   * first in classpath order wins, as for classes.
   *
   * @throws CorpusNotFoundException when it is not there; the message lists the corpora that are
   */
  public static CorpusReader fromClasspath(ClassLoader loader, String id, Verification verification)
      throws IOException {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(verification, "verification");
    List<AvailableCorpus> available = available(loader);
    for (AvailableCorpus corpus : available) {
      if (corpus.id().equals(id)) {
        Source source = sourceOf(corpus.index());
        try {
          Index index;
          try (InputStream in = source.open(CorpusLayout.INDEX)) {
            if (in == null) {
              throw new CorpusNotFoundException("corpus " + id + ": " + CorpusLayout.INDEX + " vanished from "
                  + source.describe());
            }
            index = Index.read(in, corpus.index().toString());
          }
          return create(source, index, verification);
        } catch (IOException | RuntimeException e) {
          closeQuietly(source, e);
          throw e;
        }
      }
    }
    throw new CorpusNotFoundException("no corpus " + id + " on the classpath; "
        + (available.isEmpty()
            ? "it holds no corpora (no " + CorpusLayout.INDEX + ")"
            : "available: " + available.stream().map(AvailableCorpus::toString).collect(Collectors.joining(", "))));
  }

  /** The corpora on the thread's context class loader. */
  public static List<AvailableCorpus> available() throws IOException {
    return available(defaultLoader());
  }

  /**
   * The corpora on {@code loader}'s classpath, in classpath order (so a corpus that is there twice is
   * listed twice, the one {@link #fromClasspath} uses first).
   */
  public static List<AvailableCorpus> available(ClassLoader loader) throws IOException {
    List<AvailableCorpus> found = new ArrayList<>();
    for (URL url : Collections.list(loader.getResources(CorpusLayout.INDEX))) {
      try (InputStream in = Source.openUncached(url)) {
        Index index = Index.read(in, url.toString());
        found.add(new AvailableCorpus(index.id, index.version, index.path, url));
      }
    }
    return List.copyOf(found);
  }

  /** {@code groupId:artifactId}. */
  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public Verification verification() {
    return verification;
  }

  /** The documents of {@code manifest.tsv}, sorted by path. */
  public List<ManifestEntry> documents() {
    return documents;
  }

  /**
   * The documents in manifest order, each read only when the stream reaches it. I/O errors surface as
   * {@link UncheckedIOException}, failed checks as {@link CorpusIntegrityException}.
   */
  public Stream<CorpusDocument> stream() {
    requireOpen();
    return documents.stream().map(e -> {
      try {
        return read(e);
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    });
  }

  /**
   * Reads the document with id {@code documentId}.
   *
   * @throws NoSuchElementException when the manifest has no such document
   * @throws CorpusIntegrityException when it fails the check
   */
  public CorpusDocument read(String documentId) throws IOException {
    ManifestEntry entry = byId.get(documentId);
    if (entry == null) {
      throw new NoSuchElementException("corpus " + id + " has no document '" + documentId + "'");
    }
    return read(entry);
  }

  /**
   * Opens another file of the corpus folder, for example {@code validation.json} or {@code LICENSE}.
   *
   * @throws NoSuchFileException when there is none
   */
  public InputStream openFile(String name) throws IOException {
    requireOpen();
    CorpusLayout.requireSafeRelativePath(name, "corpus " + id);
    InputStream in = source.open(path + name);
    if (in == null) {
      throw new NoSuchFileException(path + name, null, "in " + source.describe());
    }
    return in;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    source.close();
  }

  @Override
  public String toString() {
    return "CorpusReader[" + id + " " + version + " from " + source.describe() + "]";
  }

  private CorpusDocument read(ManifestEntry entry) throws IOException {
    requireOpen();
    String name = path + CorpusLayout.DATA + entry.path();
    try (InputStream in = source.open(name)) {
      if (in == null) {
        throw new NoSuchFileException(name, null, "listed in manifest.tsv of " + id + " but not in " + source.describe());
      }
      byte[] bytes = switch (verification) {
        case NONE -> in.readAllBytes();
        case SIZE -> readChecked(in, entry, name, null);
        case FULL -> readChecked(in, entry, name, Sha256.digest());
      };
      return new CorpusDocument(entry, new String(bytes, StandardCharsets.UTF_8));
    }
  }

  /** Reads at most the expected size into memory; any excess is only counted (and hashed). */
  private byte[] readChecked(InputStream in, ManifestEntry entry, String name, MessageDigest digest)
      throws IOException {
    if (entry.bytes() < 0 || entry.bytes() > MAX_DOCUMENT_BYTES) {
      throw new IOException(name + ": " + entry.bytes() + " bytes cannot be read as one text");
    }
    byte[] bytes = in.readNBytes((int) entry.bytes());
    long size = bytes.length;
    if (digest != null) {
      digest.update(bytes);
    }
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      size += n;
      if (digest != null) {
        digest.update(buffer, 0, n);
      }
    }
    String actual = digest == null ? null : Sha256.hex(digest);
    if (size != entry.bytes() || (actual != null && !actual.equalsIgnoreCase(entry.sha256()))) {
      throw new CorpusIntegrityException(id, name, entry.bytes(), size, entry.sha256(), actual);
    }
    return bytes;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException(this + " is closed");
    }
  }

  private static CorpusReader create(Source source, Index index, Verification verification) throws IOException {
    String manifestName = index.path + CorpusLayout.MANIFEST_TSV;
    Manifest manifest;
    try (InputStream in = source.open(manifestName)) {
      if (in == null) {
        throw new NoSuchFileException(manifestName, null, "corpus " + index.id + " in " + source.describe());
      }
      manifest = Manifest.read(in, manifestName);
    }
    for (ManifestEntry e : manifest.entries()) {
      CorpusLayout.requireSafeRelativePath(e.path(), manifestName + ", document " + e.id());
    }
    List<ManifestEntry> documents = new ArrayList<>(manifest.entries());
    documents.sort(Comparator.comparing(ManifestEntry::path));
    return new CorpusReader(source, index, verification, documents);
  }

  /** A jar file or directory when the URL names one, else the URLs themselves. */
  private static Source sourceOf(URL index) throws IOException {
    try {
      if ("jar".equals(index.getProtocol())) {
        URLConnection connection = index.openConnection();
        if (connection instanceof JarURLConnection jar && "file".equals(jar.getJarFileURL().getProtocol())) {
          return new Source.Jar(Path.of(jar.getJarFileURL().toURI()), ReadLimits.DEFAULT);
        }
      } else if ("file".equals(index.getProtocol())) {
        Path file = Path.of(index.toURI());
        // META-INF/corpus/index.properties -> the classpath directory
        return new Source.Directory(file.getParent().getParent().getParent());
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      // fall through to plain URLs
    }
    return new Source.Urls(index);
  }

  private static ClassLoader defaultLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : CorpusReader.class.getClassLoader();
  }

  private static void closeQuietly(Source source, Exception failure) {
    try {
      source.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** The content of {@code index.properties}, checked. */
  private record Index(String id, String version, String path) {

    static Index read(InputStream in, String name) throws IOException {
      Properties p = new Properties();
      p.load(in);
      String id = require(p, "id", name);
      String version = require(p, "version", name);
      String path = require(p, "path", name);
      int colon = id.indexOf(':');
      CorpusInfo info;
      try {
        info = CorpusInfo.of(colon < 0 ? id : id.substring(0, colon), colon < 0 ? "" : id.substring(colon + 1), version);
      } catch (IllegalArgumentException e) {
        throw new IOException(name + ": invalid corpus id or version: " + e.getMessage(), e);
      }
      String expected = CorpusLayout.corpusPath(info.groupId(), info.artifactId());
      if (!path.equals(expected)) {
        throw new IOException(name + ": path must be " + expected + " for corpus " + id + ", found '" + path + "'");
      }
      return new Index(id, version, path);
    }

    private static String require(Properties p, String key, String name) throws IOException {
      String value = p.getProperty(key);
      if (value == null || value.isBlank()) {
        throw new IOException(name + ": no '" + key + "'");
      }
      return value.strip();
    }
  }
}
