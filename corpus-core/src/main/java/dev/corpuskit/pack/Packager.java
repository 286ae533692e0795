package dev.corpuskit.pack;

import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.text.Sha256;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a corpus jar (see {@link CorpusLayout}) from cleaned documents and their manifest.
 *
 * <p>The jar is reproducible: the same input gives the same bytes, whatever the time zone or the time of
 * day. {@code META-INF/MANIFEST.MF} comes first, then every other entry sorted by name; there are no
 * directory entries; every entry has the spec's timestamp as a DOS time (no extended-timestamp extra
 * field) and is deflated at {@link #COMPRESSION_LEVEL}. The jar is written to a temporary file that
 * replaces the target only when complete, so a failure leaves any previous jar untouched.
 */
public final class Packager {

  /** The deflate level of every entry. */
  public static final int COMPRESSION_LEVEL = 6;

  static final String JAR_MANIFEST = "META-INF/MANIFEST.MF";

  private static final int BUFFER = 64 * 1024;

  /**
   * Packages the documents of {@code manifest}, read from {@code dataDirectory}, into {@code targetJar}.
   *
   * @throws UnsafePathException when a manifest path could escape the data folder
   * @throws DataDirectoryMismatchException when {@code dataDirectory} holds a file the manifest does not
   *     list, or lacks one it lists
   * @throws StaleDocumentException when a document's size or SHA-256 differs from its manifest entry
   * @throws NoSuchFileException when an extra file does not exist
   */
  public PackageResult pack(PackageSpec spec, Path dataDirectory, Manifest manifest, Path targetJar)
      throws IOException {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(targetJar, "targetJar");
    CorpusInfo info = spec.info();
    String base = CorpusLayout.corpusPath(info.groupId(), info.artifactId());
    for (ManifestEntry e : manifest.entries()) {
      CorpusLayout.requireSafeRelativePath(e.path(), "manifest.tsv, document " + e.id());
    }
    requireExactly(dataDirectory, manifest);
    for (Map.Entry<String, Path> extra : spec.extraFiles().entrySet()) {
      if (!Files.isRegularFile(extra.getValue())) {
        throw new NoSuchFileException(extra.getValue().toString(), null, "extra file '" + extra.getKey() + "'");
      }
    }
    // Cheap check before any writing; the hash is checked while streaming.
    for (ManifestEntry e : manifest.entries()) {
      Path file = dataDirectory.resolve(e.path());
      if (Files.size(file) != e.bytes()) {
        throw stale(e, file, Files.size(file), hash(file));
      }
    }

    TreeMap<String, EntryContent> entries = new TreeMap<>();
    entries.put(CorpusLayout.INDEX, bytes(indexProperties(info, base)));
    entries.put(base + CorpusLayout.MANIFEST_TSV, bytes(manifest.toBytes()));
    entries.put(base + CorpusLayout.SHA256SUMS, bytes(sha256sums(manifest)));
    for (Map.Entry<String, Path> extra : spec.extraFiles().entrySet()) {
      Path file = extra.getValue();
      entries.put(base + extra.getKey(), zip -> copy(file, zip, null));
    }
    for (Map.Entry<String, byte[]> generated : spec.generatedFiles().entrySet()) {
      entries.put(base + generated.getKey(), bytes(generated.getValue()));
    }
    long totalBytes = 0;
    for (ManifestEntry e : manifest.entries()) {
      Path file = dataDirectory.resolve(e.path());
      entries.put(base + CorpusLayout.DATA + e.path(), zip -> writeDocument(e, file, zip));
      totalBytes += e.bytes();
    }

    LocalDateTime time = LocalDateTime.ofInstant(spec.outputTimestamp(), ZoneOffset.UTC);
    MessageDigest jarDigest = Sha256.digest();
    long[] jarBytes = new long[1];
    AtomicFiles.write(targetJar, out -> {
      CountingOutputStream counted = new CountingOutputStream(new DigestOutputStream(out, jarDigest));
      BufferedOutputStream buffered = new BufferedOutputStream(counted, BUFFER);
      ZipOutputStream zip = new ZipOutputStream(buffered, StandardCharsets.UTF_8);
      zip.setLevel(COMPRESSION_LEVEL);
      zip.setMethod(ZipOutputStream.DEFLATED);
      writeEntry(zip, JAR_MANIFEST, time, bytes(jarManifest(info)));
      for (Map.Entry<String, EntryContent> e : entries.entrySet()) {
        writeEntry(zip, e.getKey(), time, e.getValue());
      }
      zip.finish();
      buffered.flush();
      jarBytes[0] = counted.count;
    });
    return new PackageResult(
        targetJar, manifest.entries().size(), totalBytes, jarBytes[0], Sha256.hex(jarDigest));
  }

  /** The text of {@code index.properties}, by hand so that it holds no date and a fixed order. */
  static byte[] indexProperties(CorpusInfo info, String base) {
    return ("id=" + info.id() + "\nversion=" + info.version() + "\npath=" + base + "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** {@code <sha256>  data/<path>} lines in path order, as {@code sha256sum} writes and checks them. */
  static byte[] sha256sums(Manifest manifest) {
    StringBuilder sums = new StringBuilder();
    for (ManifestEntry e : manifest.entries()) {
      sums.append(e.sha256().toLowerCase(java.util.Locale.ROOT)).append("  ").append(CorpusLayout.DATA)
          .append(e.path()).append('\n');
    }
    return sums.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code META-INF/MANIFEST.MF}: only attributes that depend on the corpus, never on the build. */
  static byte[] jarManifest(CorpusInfo info) {
    ByteArrayOutputStream mf = new ByteArrayOutputStream();
    attribute(mf, "Manifest-Version", "1.0");
    attribute(mf, "Corpus-Id", info.id());
    attribute(mf, "Corpus-Version", info.version());
    attribute(mf, "Corpus-Format", CorpusLayout.FORMAT);
    if (info.title() != null) {
      attribute(mf, "Corpus-Title", info.title());
    }
    if (info.description() != null) {
      attribute(mf, "Corpus-Description", info.description().strip().replaceAll("\\s+", " "));
    }
    if (!info.licenses().isEmpty()) {
      attribute(mf, "Corpus-License", String.join(", ",
          info.licenses().stream().map(l -> l.name() != null ? l.name() : l.url()).toList()));
    }
    mf.writeBytes(new byte[] {'\r', '\n'});
    return mf.toByteArray();
  }

  /** Writes a manifest header in lines of at most 72 bytes, never splitting a UTF-8 sequence. */
  private static void attribute(ByteArrayOutputStream out, String name, String value) {
    byte[] line = (name + ": " + value).getBytes(StandardCharsets.UTF_8);
    int pos = 0;
    boolean first = true;
    do {
      int end = Math.min(line.length, pos + (first ? 72 : 71));
      while (end < line.length && (line[end] & 0xC0) == 0x80) {
        end--;
      }
      if (!first) {
        out.write(' ');
      }
      out.write(line, pos, end - pos);
      out.write('\r');
      out.write('\n');
      pos = end;
      first = false;
    } while (pos < line.length);
  }

  private static void requireExactly(Path dataDirectory, Manifest manifest) throws IOException {
    if (!Files.isDirectory(dataDirectory)) {
      throw new NoSuchFileException(dataDirectory.toString(), null, "data directory");
    }
    Set<String> declared = new HashSet<>();
    manifest.entries().forEach(e -> declared.add(e.path()));
    TreeSet<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dataDirectory)) {
      files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .forEach(p -> present.add(slashed(dataDirectory.relativize(p))));
    }
    List<String> undeclared = new ArrayList<>();
    for (String p : present) {
      if (!declared.contains(p)) {
        undeclared.add(p);
      }
    }
    List<String> missing = new ArrayList<>();
    for (ManifestEntry e : manifest.entries()) {
      if (!present.contains(e.path())) {
        missing.add(e.path());
      }
    }
    if (!undeclared.isEmpty() || !missing.isEmpty()) {
      throw new DataDirectoryMismatchException(dataDirectory, undeclared, missing);
    }
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

  private static void writeDocument(ManifestEntry e, Path file, OutputStream zip) throws IOException {
    MessageDigest digest = Sha256.digest();
    long size = copy(file, zip, digest);
    String actual = Sha256.hex(digest);
    if (size != e.bytes() || !actual.equalsIgnoreCase(e.sha256())) {
      throw stale(e, file, size, actual);
    }
  }

  private static StaleDocumentException stale(ManifestEntry e, Path file, long size, String actual) {
    return new StaleDocumentException(e.path(), file, e.bytes(), size, e.sha256(), actual);
  }

  private static String hash(Path file) throws IOException {
    MessageDigest digest = Sha256.digest();
    copy(file, OutputStream.nullOutputStream(), digest);
    return Sha256.hex(digest);
  }

  /** Streams {@code file} to {@code out}, feeding {@code digest} if not null; returns the byte count. */
  private static long copy(Path file, OutputStream out, MessageDigest digest) throws IOException {
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (digest != null) {
          digest.update(buffer, 0, n);
        }
        out.write(buffer, 0, n);
        size += n;
      }
    }
    return size;
  }

  private static void writeEntry(ZipOutputStream zip, String name, LocalDateTime time, EntryContent content)
      throws IOException {
    ZipEntry entry = new ZipEntry(name);
    // A local time inside the DOS range: no extended-timestamp field, no dependence on the time zone.
    entry.setTimeLocal(time);
    zip.putNextEntry(entry);
    content.writeTo(zip);
    zip.closeEntry();
  }

  private static EntryContent bytes(byte[] bytes) {
    return out -> out.write(bytes);
  }

  @FunctionalInterface
  private interface EntryContent {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final class CountingOutputStream extends java.io.FilterOutputStream {
    long count;

    CountingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
