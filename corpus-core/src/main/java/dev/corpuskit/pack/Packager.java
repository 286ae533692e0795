package dev.corpuskit.pack;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.InvalidManifestException;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.ManifestReader;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.format.UnsafePathException;
import dev.corpuskit.io.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Writes a corpus jar (see {@link CorpusLayout}) from cleaned documents and their manifest.
 *
 * <p>The jar is reproducible: the same input gives the same bytes, whatever the time zone or the time of
 * day. {@code META-INF/MANIFEST.MF} comes first, then every other entry sorted by name; there are no
 * directory entries; every entry has the spec's timestamp as a DOS time (no extended-timestamp extra
 * field) and is deflated at the packager's level ({@link #COMPRESSION_LEVEL} by default), documents
 * on several threads with the same bytes as one, the other entries ahead on a thread of their own. A
 * packager {@link #reusing} the previous jar copies the deflated bytes of each document it holds
 * unchanged instead of deflating it again, once it has checked that they inflate to the document. The
 * jar is written to a temporary file that replaces the target only when complete, so a failure leaves
 * any previous jar untouched. Memory does not grow with the number of documents.
 */
public final class Packager {

  /** The default deflate level of every entry. */
  public static final int COMPRESSION_LEVEL = 6;

  static final String JAR_MANIFEST = "META-INF/MANIFEST.MF";

  private static final int BUFFER = 64 * 1024;

  /** At most this many warnings are kept whole; a jar damaged throughout would give one per document. */
  private static final int MAX_WARNINGS = 20;

  private final int threads;
  private final int level;
  private final Path previousJar;

  /** A packager that deflates on one thread per available processor. */
  public Packager() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** A packager that deflates documents on {@code threads} threads; the jar is the same for any value. */
  public Packager(int threads) {
    this(threads, COMPRESSION_LEVEL);
  }

  /**
   * A packager that deflates documents on {@code threads} threads at {@code level} (0 to 9, as
   * {@link java.util.zip.Deflater}); the jar is the same for any thread count.
   */
  public Packager(int threads, int level) {
    this(threads, level, null);
  }

  private Packager(int threads, int level, Path previousJar) {
    if (threads < 1) {
      throw new InvalidConfigurationException("threads", "threads must be at least 1: " + threads);
    }
    if (level < 0 || level > 9) {
      throw new InvalidConfigurationException("compressionLevel", "the deflate level must be 0 to 9: " + level);
    }
    this.threads = threads;
    this.level = level;
    this.previousJar = previousJar;
  }

  /**
   * This packager, taking the deflated bytes of unchanged documents from {@code jar}: a jar of the same
   * corpus that a packager wrote at the same level on the same Java runtime (whose deflater must give
   * the same bytes), such as the target jar of the previous build. A document is reused only when the
   * jar's own manifest lists it with the same SHA-256, and its deflated bytes only once they are
   * inflated and found to hold the document exactly, which is still read and checked; a document whose
   * bytes do not is deflated again, and so is every document of a jar that cannot be read, each with a
   * warning in {@link PackageResult#warnings()}. A missing jar is ignored.
   */
  public Packager reusing(Path jar) {
    return new Packager(threads, level, jar);
  }

  /** Packages an in-memory manifest; see {@link #pack(PackageSpec, Path, ManifestSource, Path)}. */
  public PackageResult pack(PackageSpec spec, Path dataDirectory, Manifest manifest, Path targetJar)
      throws IOException {
    Objects.requireNonNull(manifest, "manifest");
    return pack(spec, dataDirectory, ManifestSource.of(manifest), targetJar);
  }

  /**
   * Packages the documents of {@code manifest}, read from {@code dataDirectory}, into {@code targetJar}.
   * The manifest is read a few times, row by row, and never held in memory.
   *
   * @throws UnsafePathException when a manifest path could escape the data folder
   * @throws DataDirectoryMismatchException when {@code dataDirectory} holds a file the manifest does not
   *     list, or lacks one it lists
   * @throws StaleDocumentException when a document's size or SHA-256 differs from its manifest entry
   * @throws InvalidManifestException when a manifest line is malformed or out of order
   * @throws NoSuchFileException when an extra file does not exist
   */
  public PackageResult pack(PackageSpec spec, Path dataDirectory, ManifestSource manifest, Path targetJar)
      throws IOException {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(targetJar, "targetJar");
    CorpusInfo info = spec.info();
    String base = CorpusLayout.corpusPath(info.groupId(), info.artifactId());
    for (Map.Entry<String, Path> extra : spec.extraFiles().entrySet()) {
      if (!Files.isRegularFile(extra.getValue())) {
        throw new NoSuchFileException(extra.getValue().toString(), null, "extra file '" + extra.getKey() + "'");
      }
    }

    TreeMap<String, EntryContent> entries = new TreeMap<>();
    entries.put(CorpusLayout.INDEX, EntryContent.of(indexProperties(info, base)));
    entries.put(base + CorpusLayout.MANIFEST_TSV, out -> writeManifest(manifest, out));
    entries.put(base + CorpusLayout.SHA256SUMS, out -> writeSha256sums(manifest, out));
    for (Map.Entry<String, Path> extra : spec.extraFiles().entrySet()) {
      Path file = extra.getValue();
      entries.put(base + extra.getKey(), out -> Files.copy(file, out));
    }
    for (Map.Entry<String, EntryContent> generated : spec.generatedFiles().entrySet()) {
      entries.put(base + generated.getKey(), generated.getValue());
    }
    // No other name starts with the data prefix, so the documents sort between these two parts.
    String data = base + CorpusLayout.DATA;

    LocalDateTime time = LocalDateTime.ofInstant(spec.outputTimestamp(), ZoneOffset.UTC);
    MessageDigest jarDigest = Sha256.digest();
    long[] jarBytes = new long[1];
    List<String> warnings = new ArrayList<>();
    int[] leftOut = new int[1];
    Consumer<String> warn = warning -> {
      if (warnings.size() < MAX_WARNINGS) {
        warnings.add(warning);
      } else {
        leftOut[0]++;
      }
    };
    DocumentDeflater deflater = new DocumentDeflater(threads, level, warn);
    Path jar = targetJar.toAbsolutePath();
    DataCheck checked;
    try (EntrySpool spool = new EntrySpool(jar, level)) {
      // The reports and descriptors (the cleaning report alone can be a hundred megabytes) are deflated
      // while the data folder is checked and the documents are deflated, in the order the jar takes them.
      for (Map.Entry<String, EntryContent> e : entries.entrySet()) {
        spool.submit(e.getKey(), e.getValue());
      }
      checked = DataCheck.of(dataDirectory, manifest);
      AtomicFiles.write(jar, out -> {
        BufferedOutputStream buffered = new BufferedOutputStream(new DigestOutputStream(out, jarDigest), BUFFER);
        Path central = AtomicFiles.scratchFile(jar, ".central.tmp");
        try (ZipWriter zip = new ZipWriter(buffered, central, time, level);
            PreviousJar previous = previousJar == null ? null
                : PreviousJar.open(previousJar, data, base + CorpusLayout.MANIFEST_TSV, warn)) {
          zip.stream(JAR_MANIFEST, EntryContent.of(jarManifest(info)));
          for (String name : entries.headMap(data).keySet()) {
            zip.add(name, spool.take(name));
          }
          deflater.writeAll(zip, manifest, dataDirectory, data, previous);
          for (String name : entries.tailMap(data).keySet()) {
            zip.add(name, spool.take(name));
          }
          jarBytes[0] = zip.finish();
        }
        buffered.flush();
      });
    }
    if (leftOut[0] > 0) {
      warnings.add(leftOut[0] + " more warnings like these were left out.");
    }
    return new PackageResult(targetJar, checked.documents(), checked.totalBytes(), jarBytes[0],
        Sha256.hex(jarDigest), deflater.reused(), warnings);
  }

  /** The text of {@code index.properties}, by hand so that it holds no date and a fixed order. */
  static byte[] indexProperties(CorpusInfo info, String base) {
    return ("id=" + info.id() + "\nversion=" + info.version() + "\npath=" + base + "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** {@code <sha256>  data/<path>} lines in path order, as {@code sha256sum} writes and checks them. */
  static byte[] sha256sums(Manifest manifest) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeSha256sums(ManifestSource.of(manifest), out);
    return out.toByteArray();
  }

  private static void writeSha256sums(ManifestSource manifest, OutputStream out) throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (ManifestReader reader = manifest.open()) {
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        text.append(e.sha256().toLowerCase(java.util.Locale.ROOT)).append("  ").append(CorpusLayout.DATA)
            .append(e.path()).append('\n');
      }
    }
    text.flush();
  }

  /** The manifest in its canonical form, as {@link Manifest#toTsv()} writes it. */
  private static void writeManifest(ManifestSource manifest, OutputStream out) throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (ManifestReader reader = manifest.open()) {
      text.append(Manifest.header(reader.columns())).append('\n');
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        text.append(Manifest.row(e, reader.columns()));
      }
    }
    text.flush();
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

}
