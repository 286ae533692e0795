package dev.corpuskit.read;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.InvalidManifestException;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.ManifestReader;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.format.internal.BoundedLineReader;
import dev.corpuskit.read.CorpusArchiveException.ArchiveLimitException;
import dev.corpuskit.read.CorpusArchiveException.CorruptArchiveException;
import dev.corpuskit.read.CorpusArchiveException.InvalidIndexException;
import dev.corpuskit.read.CorpusArchiveException.UnsafeFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
 * <p>A corpus is not trusted: a jar is checked against {@link ReadLimits} before anything is inflated,
 * an unpacked corpus is read without following links or opening anything but regular files, and the
 * manifest is checked row by row (and under {@code FULL} against {@code SHA256SUMS}) at open. Failures
 * are typed: {@link CorpusArchiveException} and its subclasses, {@link CorpusNotFoundException},
 * {@link InvalidManifestException}, {@link dev.corpuskit.format.UnsafePathException},
 * {@link CorpusIntegrityException}, and {@link NoSuchFileException} for a listed document that is absent.
 *
 * <p>Close the reader to release the jar. Not for use after closing.
 */
public final class CorpusReader implements AutoCloseable {

  private static final int MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 16;

  /** The longest {@code index.properties}: a real one is about 100 bytes. */
  private static final int MAX_INDEX_BYTES = 64 * 1024;

  /** Heap a manifest row takes besides its id's and path's characters: hashes, strings, record, map. */
  private static final long ROW_HEAP_BYTES = 264;


  private final Source source;
  private final String id;
  private final String version;
  private final String path;
  private final Verification verification;
  private final ReadLimits limits;
  private final List<ManifestEntry> documents;
  private final Map<String, ManifestEntry> byId;
  private volatile boolean closed;

  private CorpusReader(Source source, Index index, Verification verification, ReadLimits limits,
      List<ManifestEntry> documents, Map<String, ManifestEntry> byId) {
    this.source = source;
    this.id = index.id;
    this.version = index.version;
    this.path = index.path;
    this.verification = verification;
    this.limits = limits;
    this.documents = Collections.unmodifiableList(documents);
    this.byId = byId;
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
   * @throws CorpusNotFoundException when there is no such file or folder, or it holds no corpus
   * @throws CorpusArchiveException when the jar has unsafe or duplicate entries, exceeds {@code limits},
   *     or is truncated or corrupt; when its index is invalid; when {@code jar} is not a regular file or
   *     folder, or an unpacked corpus holds a link or a special file
   * @throws InvalidManifestException when a row of the manifest is malformed, naming the row
   * @throws CorpusIntegrityException under {@code FULL}, when {@code SHA256SUMS} disagrees with the manifest
   */
  public static CorpusReader open(Path jar, Verification verification, ReadLimits limits) throws IOException {
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(limits, "limits");
    Source source = sourceOf(jar, limits);
    try {
      Index index;
      try (InputStream in = source.open(CorpusLayout.INDEX)) {
        if (in == null) {
          throw new CorpusNotFoundException(jar + " is not a corpus jar: it has no " + CorpusLayout.INDEX);
        }
        index = Index.read(in, source.archive(), source.locate(CorpusLayout.INDEX));
      }
      return create(source, index, verification, limits);
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
            index = Index.read(in, source.archive(), corpus.index().toString());
          }
          return create(source, index, verification, ReadLimits.DEFAULT);
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
        Index index = Index.read(in, null, url.toString());
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
        case NONE -> readAtMost(in, name);
        case SIZE -> readChecked(in, entry, name, null);
        case FULL -> readChecked(in, entry, name, Sha256.digest());
      };
      return new CorpusDocument(entry, new String(bytes, StandardCharsets.UTF_8));
    }
  }

  /** Reads a document without a check, up to the largest entry {@link ReadLimits} allows. */
  private byte[] readAtMost(InputStream in, String name) throws IOException {
    long max = Math.min(limits.maxEntryBytes(), MAX_DOCUMENT_BYTES);
    byte[] bytes = in.readNBytes((int) max);
    if (bytes.length == max && in.read() >= 0) {
      throw new ArchiveLimitException(source.archive(), "'" + name + "' holds more than the limit of " + max
          + " bytes an entry");
    }
    return bytes;
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

  /**
   * Reads and checks the manifest, row by row: at most {@link ReadLimits#maxDocuments()} rows, and no
   * more than three quarters of the heap, so that a manifest of millions of rows in a small jar gives a
   * typed exception, not an {@link OutOfMemoryError}.
   */
  private static CorpusReader create(Source source, Index index, Verification verification, ReadLimits limits)
      throws IOException {
    String manifestName = index.path + CorpusLayout.MANIFEST_TSV;
    String where = source.locate(manifestName);
    long heapLimit = Runtime.getRuntime().maxMemory() / 4 * 3;
    List<ManifestEntry> inOrder = new ArrayList<>();
    Map<String, ManifestEntry> byId = new HashMap<>();
    try (InputStream in = source.open(manifestName)) {
      if (in == null) {
        throw new CorruptArchiveException(source.archive(), "corpus " + index.id + " has no " + manifestName);
      }
      try (ManifestReader reader = ManifestReader.open(in, where, false)) {
        long heap = 0;
        int line = 1;
        for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
          line++;
          if (inOrder.size() >= limits.maxDocuments()) {
            throw new ArchiveLimitException(source.archive(), manifestName + " lists more than "
                + limits.maxDocuments() + " documents, the limit");
          }
          heap += ROW_HEAP_BYTES + e.id().length() + e.path().length() + length(e.url()) + length(e.date());
          if (heap > heapLimit) {
            throw new ArchiveLimitException(source.archive(), manifestName + " needs more than "
                + heapLimit / (1024 * 1024) + " MB of heap for its first " + inOrder.size() + " rows, three"
                + " quarters of this JVM's; give it more with -Xmx");
          }
          checkRow(e, where, line);
          if (byId.putIfAbsent(e.id(), e) != null) {
            throw new InvalidManifestException(where, line, "duplicate id '" + e.id() + "': each document is"
                + " listed once; the manifest was tampered with");
          }
          inOrder.add(e);
        }
      }
    }
    List<ManifestEntry> documents = new ArrayList<>(inOrder);
    documents.sort(Comparator.comparing(ManifestEntry::path));
    for (int i = 1; i < documents.size(); i++) {
      if (documents.get(i).path().equals(documents.get(i - 1).path())) {
        int line = 2 + Math.max(indexOf(inOrder, documents.get(i)), indexOf(inOrder, documents.get(i - 1)));
        throw new InvalidManifestException(where, line, "duplicate path '" + documents.get(i).path()
            + "': each document is listed once; the manifest was tampered with");
      }
    }
    inOrder = null;
    if (verification == Verification.FULL) {
      checkSha256sums(source, index, documents);
    }
    return new CorpusReader(source, index, verification, limits, documents, byId);
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }

  /** The checks a row needs before the reader uses it, beyond those of {@link ManifestReader}. */
  private static void checkRow(ManifestEntry e, String where, int line) throws IOException {
    if (!CorpusLayout.isSafeRelativePath(e.id())) {
      throw new InvalidManifestException(where, line, "unsafe id '" + printable(e.id()) + "': ids, like paths,"
          + " must be relative, '/'-separated, without '\\', control characters, drive letters, or empty, '.'"
          + " or '..' segments");
    }
    CorpusLayout.requireSafeRelativePath(e.path(), where + ":" + line + ", document " + printable(e.id()));
    if (e.bytes() > MAX_DOCUMENT_BYTES) {
      throw new InvalidManifestException(where, line, "bytes " + e.bytes() + " is more than one text can hold");
    }
    if (!isSha256(e.sha256())) {
      throw new InvalidManifestException(where, line, "SHA-256 '" + printable(e.sha256()) + "' is not 64 hex"
          + " digits");
    }
  }

  /** {@code text} with control characters shown as Java escapes, at most 200 characters. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 200; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  /** Whether {@code text} is 64 hex digits, of either case. */
  private static boolean isSha256(String text) {
    if (text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 'f') {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(List<ManifestEntry> entries, ManifestEntry entry) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) == entry) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks {@code SHA256SUMS} against the manifest: one line per document, with the manifest's hash, and
   * no line for a document the manifest does not list. Streams the file; looks documents up by path.
   */
  private static void checkSha256sums(Source source, Index index, List<ManifestEntry> documents)
      throws IOException {
    String name = index.path + CorpusLayout.SHA256SUMS;
    try (InputStream in = source.open(name)) {
      if (in == null) {
        throw CorpusIntegrityException.sha256sums(index.id, name, "is missing, so the manifest cannot be checked"
            + " against it", null, null);
      }
      BoundedLineReader lines = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8),
          ManifestReader.MAX_LINE_CHARS);
      BitSet listed = new BitSet(documents.size());
      long number = 0;
      while (true) {
        String line;
        try {
          line = lines.readLine();
        } catch (BoundedLineReader.LineTooLongException e) {
          throw CorpusIntegrityException.sha256sums(index.id, name, e.getMessage(), null, null);
        }
        if (line == null) {
          break;
        }
        number++;
        if (line.length() < 67 || !isSha256(line.substring(0, 64)) || line.charAt(64) != ' '
            || (line.charAt(65) != ' ' && line.charAt(65) != '*')) {
          throw CorpusIntegrityException.sha256sums(index.id, name, "line " + number + " is not '<sha256>  <file>'",
              null, null);
        }
        String hash = line.substring(0, 64);
        String file = line.substring(66);
        if (!file.startsWith(CorpusLayout.DATA)) {
          continue;
        }
        String entryPath = index.path + file;
        int i = indexOfPath(documents, file.substring(CorpusLayout.DATA.length()));
        if (i < 0) {
          throw CorpusIntegrityException.sha256sums(index.id, entryPath, "is listed in SHA256SUMS (line " + number
              + ") but not in manifest.tsv", null, hash);
        }
        if (listed.get(i)) {
          throw CorpusIntegrityException.sha256sums(index.id, entryPath, "is listed twice in SHA256SUMS (line "
              + number + ")", documents.get(i).sha256(), hash);
        }
        listed.set(i);
        if (!hash.equalsIgnoreCase(documents.get(i).sha256())) {
          throw CorpusIntegrityException.sha256sums(index.id, entryPath, "SHA256SUMS (line " + number
              + ") lists SHA-256 " + hash + ", manifest.tsv " + documents.get(i).sha256(),
              documents.get(i).sha256(), hash);
        }
      }
      int missing = listed.nextClearBit(0);
      if (missing < documents.size()) {
        ManifestEntry e = documents.get(missing);
        throw CorpusIntegrityException.sha256sums(index.id, index.path + CorpusLayout.DATA + e.path(),
            "is in manifest.tsv but not in SHA256SUMS", e.sha256(), null);
      }
    }
  }

  /** The index of the document with {@code path} in {@code documents}, sorted by path, or -1. */
  private static int indexOfPath(List<ManifestEntry> documents, String path) {
    int low = 0;
    int high = documents.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = documents.get(mid).path().compareTo(path);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * The source for a path given by the caller: a folder, or a jar. The path itself may be a link (the
   * caller chose it); anything but a regular file or a folder is refused before it is opened, since
   * opening a named pipe blocks.
   */
  private static Source sourceOf(Path path, ReadLimits limits) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new CorpusNotFoundException(path + ": no such corpus jar or folder");
    }
    if (attributes.isDirectory()) {
      return new Source.Directory(path);
    }
    if (!attributes.isRegularFile()) {
      throw new UnsafeFileException(path, "not a regular file (a named pipe, a device or a socket) and not"
          + " opened: give a corpus jar or an unpacked corpus folder");
    }
    return new Source.Jar(path, limits);
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

    /**
     * @param archive the jar or folder, or null for URLs
     * @param name where the index is, for messages
     */
    static Index read(InputStream in, Path archive, String name) throws IOException {
      byte[] bytes = in.readNBytes(MAX_INDEX_BYTES + 1);
      if (bytes.length > MAX_INDEX_BYTES) {
        throw new InvalidIndexException(archive, name, "larger than " + MAX_INDEX_BYTES + " bytes");
      }
      Properties p = new Properties();
      try {
        p.load(new ByteArrayInputStream(bytes));
      } catch (IllegalArgumentException e) {
        throw new InvalidIndexException(archive, name, "not a properties file: " + e.getMessage());
      }
      String id = require(p, "id", archive, name);
      String version = require(p, "version", archive, name);
      String path = require(p, "path", archive, name);
      int colon = id.indexOf(':');
      CorpusInfo info;
      try {
        info = CorpusInfo.of(colon < 0 ? id : id.substring(0, colon), colon < 0 ? "" : id.substring(colon + 1), version);
      } catch (IllegalArgumentException e) {
        throw new InvalidIndexException(archive, name, "invalid corpus id or version: " + printable(e.getMessage()));
      }
      String expected = CorpusLayout.corpusPath(info.groupId(), info.artifactId());
      if (!path.equals(expected)) {
        throw new InvalidIndexException(archive, name, "path must be " + expected + " for corpus " + id
            + ", found '" + printable(path) + "'");
      }
      return new Index(id, version, path);
    }

    private static String require(Properties p, String key, Path archive, String name) throws IOException {
      String value = p.getProperty(key);
      if (value == null || value.isBlank()) {
        throw new InvalidIndexException(archive, name, "no '" + key + "'");
      }
      return value.strip();
    }
  }
}
