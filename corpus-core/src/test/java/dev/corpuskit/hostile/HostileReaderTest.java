package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.InvalidManifestException;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.format.UnsafePathException;
import dev.corpuskit.read.CorpusArchiveException.ArchiveLimitException;
import dev.corpuskit.read.CorpusArchiveException.CorruptArchiveException;
import dev.corpuskit.read.CorpusArchiveException.UnsafeFileException;
import dev.corpuskit.read.CorpusArchiveException;
import dev.corpuskit.read.CorpusDocument;
import dev.corpuskit.read.CorpusIntegrityException;
import dev.corpuskit.read.CorpusNotFoundException;
import dev.corpuskit.read.CorpusReader;
import dev.corpuskit.read.ReadLimits;
import dev.corpuskit.read.Verification;
import dev.corpuskit.testing.NamedPipes;
import dev.corpuskit.testing.TestCorpora;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile corpora for the reader beyond the archive itself: a manifest too large for the heap, entries
 * that share one block of deflated data, links and named pipes in an unpacked corpus, malformed
 * manifests and indexes, a {@code SHA256SUMS} that disagrees with the manifest, and mutated jars. Each
 * gives one of the reader's typed exceptions, in bounded memory and without following a link.
 */
class HostileReaderTest {

  private static final String BASE = "META-INF/corpus/g/c/";
  private static final String MANIFEST = BASE + "manifest.tsv";
  private static final String SUMS = BASE + "SHA256SUMS";
  private static final String INDEX = "META-INF/corpus/index.properties";
  private static final String ZEROS = "0".repeat(64);
  /** What the mutation rounds write into a text entry: separators, digits, hex, escapes. */
  private static final String MUTATIONS = "\t\n\r\0-9af:/.\\u=x\u00ff";

  @TempDir Path dir;
  private Path good;

  @BeforeEach
  void packGoodJar() throws IOException {
    good = TestCorpora.pack(dir, CorpusInfo.of("g", "c", "1"), TestCorpora.DOCUMENTS).jar();
  }

  private static String row(String id, String path, String bytes, String sha256) {
    return id + "\t" + path + "\t" + bytes + "\t1\t" + sha256 + "\t" + ZEROS + "\n";
  }

  private Path withEntry(String name, String content) throws IOException {
    Path jar = dir.resolve("rewritten-" + Integer.toHexString(content.hashCode()) + ".jar");
    TestCorpora.rewriteEntry(good, jar, name, content.getBytes(StandardCharsets.UTF_8));
    return jar;
  }

  private String goodText(String name) throws IOException {
    return new String(TestCorpora.entryBytes(good, name), StandardCharsets.UTF_8);
  }

  // --- A manifest too large for the heap -------------------------------------------------------------

  /** Runs {@link HugeManifestMain} on {@code corpus} in a JVM with {@code -Xmx256m}; returns its output. */
  private String openInSmallHeap(Path corpus, Verification verification) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        HugeManifestMain.class.getName(), corpus.toString(), verification.name());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // The output is read to its end, so the process has ended or is about to: no time limit.
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  /** Writes a manifest of {@code rows} short rows, streamed. */
  private static void writeManifest(OutputStream out, int rows) throws IOException {
    byte[] header = (Manifest.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    out.write(header);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      line.setLength(0);
      String id = String.format("d%08d", i);
      line.append(row(id, id + ".txt", "5", ZEROS));
      out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
    }
  }

  @Test
  void aManifestOfMillionsOfRowsInASmallJarIsRefusedWithinASmallHeap() throws Exception {
    Path jar = dir.resolve("huge-manifest.jar");
    try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(jar), 1 << 16))) {
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry(INDEX));
      zip.write("id=g:c\nversion=1\npath=META-INF/corpus/g/c/\n".getBytes(StandardCharsets.ISO_8859_1));
      zip.putNextEntry(new ZipEntry(MANIFEST));
      writeManifest(zip, 2_000_000);
      zip.closeEntry();
    }
    assertThat(Files.size(jar)).isLessThan(ReadLimits.DEFAULT.maxEntryBytes());

    assertThat(openInSmallHeap(jar, Verification.NONE))
        .contains("threw=" + ArchiveLimitException.class.getName(), jar.toString(), "manifest.tsv");
  }

  @Test
  void theDefaultNumberOfDocumentsOpensWithinASmallHeapAndOneMoreIsRefused() throws Exception {
    Path folder = dir.resolve("many-rows");
    Files.createDirectories(folder.resolve(BASE));
    Files.writeString(folder.resolve(INDEX), "id=g:c\nversion=1\npath=META-INF/corpus/g/c/\n");
    int max = (int) ReadLimits.DEFAULT.maxDocuments();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(MANIFEST)), 1 << 16)) {
      writeManifest(out, max);
    }
    String opened = openInSmallHeap(folder, Verification.NONE);
    assertThat(opened).contains("opened=" + max);
    System.out.println("-Xmx256m, " + max + " manifest rows: " + opened.replaceAll("\\s+", " "));

    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(MANIFEST)), 1 << 16)) {
      writeManifest(out, max + 1);
    }
    assertThat(openInSmallHeap(folder, Verification.NONE))
        .contains("threw=" + ArchiveLimitException.class.getName(), "more than " + max + " documents");
  }

  @Test
  void aManifestLineWithoutEndIsRefusedByLength() throws IOException {
    // Random letters, so that the entry does not look like a zip bomb.
    Random random = new Random(2);
    StringBuilder line = new StringBuilder();
    while (line.length() < 2 << 20) {
      line.append((char) ('a' + random.nextInt(26)));
    }
    Path jar = withEntry(MANIFEST, Manifest.HEADER + "\n" + line);
    assertThatThrownBy(() -> CorpusReader.open(jar, Verification.NONE))
        .isInstanceOf(InvalidManifestException.class).hasMessageContaining(jar.toString())
        .hasMessageContaining("manifest.tsv:2").hasMessageContaining("longer than");
  }

  // --- Entries that share one block of deflated data -------------------------------------------------

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return ByteBuffer.wrap(b, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
  }

  /**
   * A jar whose data entries {@code data/00000.txt} to {@code data/<count-1>.txt} all point at the
   * local header of the first: one deflated block of {@code size} zeros read {@code count} times.
   */
  private Path overlappingEntries(int count, int size) throws IOException {
    byte[] zeros = new byte[size];
    String zerosSha = Sha256.hex(zeros);
    StringBuilder manifest = new StringBuilder(Manifest.HEADER).append('\n');
    StringBuilder sums = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String id = String.format("%05d", i);
      manifest.append(row(id, id + ".txt", Integer.toString(size), zerosSha));
      sums.append(zerosSha).append("  data/").append(id).append(".txt\n");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(INDEX));
      zip.write("id=g:c\nversion=1\npath=META-INF/corpus/g/c/\n".getBytes(StandardCharsets.ISO_8859_1));
      zip.putNextEntry(new ZipEntry(MANIFEST));
      zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(SUMS));
      zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(BASE + "data/00000.txt"));
      zip.write(zeros);
      zip.closeEntry();
    }
    byte[] zip = bytes.toByteArray();
    int eocd = zip.length - 22;
    int cdSize = (int) u32(zip, eocd + 12);
    int cdOffset = (int) u32(zip, eocd + 16);
    int at = cdOffset;
    int last = -1;
    while (at < cdOffset + cdSize) {
      last = at;
      at += 46 + u16(zip, at + 28) + u16(zip, at + 30) + u16(zip, at + 32);
    }
    byte[] template = Arrays.copyOfRange(zip, last, at);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(zip, 0, cdOffset + cdSize);
    int nameAt = 46 + template.length - 46 - "00000.txt".length();
    for (int i = 1; i < count; i++) {
      byte[] copy = template.clone();
      byte[] name = String.format("%05d.txt", i).getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(name, 0, copy, nameAt, name.length);
      out.write(copy);
    }
    int entries = 4 + count - 1;
    ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries)
        .putShort((short) entries).putInt(cdSize + (count - 1) * template.length).putInt(cdOffset)
        .putShort((short) 0);
    out.write(end.array());
    Path jar = dir.resolve("overlap-" + count + ".jar");
    Files.write(jar, out.toByteArray());
    return jar;
  }

  @Test
  void entriesSharingOneDeflatedBlockAreRefusedBeforeAnythingIsInflated() throws IOException {
    Path jar = overlappingEntries(10_000, (1 << 20) - 1);
    assertThat(Files.size(jar)).isLessThan(3_000_000);

    assertThatThrownBy(() -> CorpusReader.open(jar, Verification.NONE))
        .isInstanceOfAny(ArchiveLimitException.class, CorruptArchiveException.class)
        .hasMessageContaining(jar.toString());
  }

  @Test
  void theTotalUncompressedSizeIsBounded() {
    ReadLimits tight = new ReadLimits(1000, 1 << 20, 200, 40, 1000);
    assertThatThrownBy(() -> CorpusReader.open(good, Verification.NONE, tight))
        .isInstanceOf(ArchiveLimitException.class).hasMessageContaining(good.toString())
        .hasMessageContaining("more than the limit of 40 bytes in total");
  }

  @Test
  void manySmallEntriesThatExpandTooWellInTotalAreRefused() throws IOException {
    // Each entry is below the per-entry ratio floor, the jar as a whole is a bomb.
    Path jar = dir.resolve("small-bombs.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry(INDEX));
      zip.write("id=g:c\nversion=1\npath=META-INF/corpus/g/c/\n".getBytes(StandardCharsets.ISO_8859_1));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.putNextEntry(new ZipEntry(BASE + "data/" + i + ".txt"));
        zip.write(zeros);
      }
    }
    assertThatThrownBy(() -> CorpusReader.open(jar, Verification.NONE))
        .isInstanceOf(ArchiveLimitException.class).hasMessageContaining(jar.toString())
        .hasMessageContaining("in total").hasMessageContaining("a zip bomb");
  }

  // --- Links and special files in an unpacked corpus -------------------------------------------------

  /** The good jar unpacked, with a row for {@code data/<path>} holding {@code text} added to its manifest. */
  private Path unpackedWithRow(String path, String text) throws IOException {
    Path folder = dir.resolve("unpacked");
    TestCorpora.extract(good, folder);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String sha = Sha256.hex(bytes);
    Files.writeString(folder.resolve(MANIFEST), goodText(MANIFEST)
        + row(path.replace(".txt", ""), path, Integer.toString(bytes.length), sha));
    Files.writeString(folder.resolve(SUMS), goodText(SUMS) + sha + "  data/" + path + "\n");
    return folder;
  }

  @ParameterizedTest
  @EnumSource(Verification.class)
  void aLinkedFolderInAnUnpackedCorpusIsNotFollowed(Verification verification) throws IOException {
    String secret = "outside secret " + verification + "\n";
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), secret);
    Path folder = unpackedWithRow("etc/secret.txt", secret);
    Files.createSymbolicLink(folder.resolve(BASE + "data/etc"), outside);
    String sha = Sha256.hex(secret.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> {
      try (CorpusReader reader = CorpusReader.open(folder, verification)) {
        reader.read("etc/secret");
      }
    }).isInstanceOf(UnsafeFileException.class).hasMessageContaining("data/etc")
        .hasMessageContaining("symbolic link")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(sha, secret.strip()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"data/a/one.txt", "manifest.tsv", "SHA256SUMS", "data"})
  void aLinkAnywhereInsideAnUnpackedCorpusIsRefused(String linked) throws IOException {
    Path folder = dir.resolve("unpacked");
    TestCorpora.extract(good, folder);
    Path target = folder.resolve(BASE + linked);
    Path moved = dir.resolve("moved-" + target.getFileName());
    Files.move(target, moved);
    Files.createSymbolicLink(target, moved);

    assertThatThrownBy(() -> {
      try (CorpusReader reader = CorpusReader.open(folder, Verification.FULL)) {
        reader.read("a/one");
      }
    }).isInstanceOf(UnsafeFileException.class).hasMessageContaining(linked).hasMessageContaining("symbolic link");
  }

  private Path fifo(Path at) throws Exception {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return at;
  }

  @Test
  void aNamedPipeAsTheCorpusIsRefusedWithoutBlocking() throws Exception {
    Path pipe = fifo(dir.resolve("pipe.jar"));
    Thread writer = NamedPipes.feed(pipe); // a reader that opened it would fail, not hang
    try {
      assertThatThrownBy(() -> CorpusReader.open(pipe))
          .isInstanceOf(UnsafeFileException.class).hasMessageContaining(pipe.toString())
          .hasMessageContaining("not a regular file");
    } finally {
      NamedPipes.release(pipe, writer);
    }
  }

  @Test
  void aNamedPipeInsideAnUnpackedCorpusIsRefused() throws Exception {
    Path folder = dir.resolve("unpacked");
    TestCorpora.extract(good, folder);
    Files.delete(folder.resolve(MANIFEST));
    Path pipe = fifo(folder.resolve(MANIFEST));
    Thread writer = NamedPipes.feed(pipe);
    try {
      assertThatThrownBy(() -> CorpusReader.open(folder))
          .isInstanceOf(UnsafeFileException.class).hasMessageContaining("manifest.tsv")
          .hasMessageContaining("not a regular file");
    } finally {
      NamedPipes.release(pipe, writer);
    }
  }

  @Test
  void aMissingCorpusIsATypedNotFound() {
    Path missing = dir.resolve("missing.jar");
    assertThatThrownBy(() -> CorpusReader.open(missing)).isInstanceOf(CorpusNotFoundException.class)
        .hasMessageContaining(missing.toString());
  }

  // --- Malformed manifests and indexes ---------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = { // H: a 64-digit hash
      "duplicate id|a/one\ta/one-again.txt\t5\t1\tH\tH",
      "duplicate path|x\ta/one.txt\t5\t1\tH\tH",
      "negative size|x\tx.txt\t-5\t1\tH\tH",
      "not a number|x\tx.txt\tfive\t1\tH\tH",
      "negative word count|x\tx.txt\t5\t-1\tH\tH",
      "unsafe id|x\u0000y\tx.txt\t5\t1\tH\tH",
      "unsafe id|../x\tx.txt\t5\t1\tH\tH",
      "SHA-256|x\tx.txt\t5\t1\tnot-a-hash\tH"})
  void aMalformedManifestRowIsATypedErrorNamingTheJarAndTheRow(String problemAndRow) throws IOException {
    String problem = problemAndRow.substring(0, problemAndRow.indexOf('|'));
    String bad = problemAndRow.substring(problemAndRow.indexOf('|') + 1).replace("H", ZEROS);
    String manifest = goodText(MANIFEST);
    int rows = (int) manifest.chars().filter(c -> c == '\n').count();
    Path jar = withEntry(MANIFEST, manifest + bad + "\n");
    for (Verification verification : Verification.values()) {
      assertThatThrownBy(() -> CorpusReader.open(jar, verification))
          .as("%s %s", problem, verification)
          .isInstanceOf(InvalidManifestException.class).hasMessageContaining(jar.toString())
          .hasMessageContaining("manifest.tsv:" + (rows + 1)).hasMessageContaining(problem);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"id=g:c\nversion=1\npath=META-INF/corpus/g/d/\n", "id=g:c\nversion=1\n",
      "id=g\u0000:c\nversion=1\npath=META-INF/corpus/g/c/\n", "id=g:c\nversion=1\npath=\\uZZZZ\n"})
  void aWrongIndexIsATypedError(String index) throws IOException {
    Path jar = withEntry(INDEX, index);
    assertThatThrownBy(() -> CorpusReader.open(jar)).isInstanceOf(CorpusArchiveException.class)
        .hasMessageContaining(jar.toString()).hasMessageContaining("index.properties");
  }

  // --- SHA256SUMS against the manifest ---------------------------------------------------------------

  @Test
  void sha256sumsThatDisagreesWithTheManifestFailsFullVerification() throws IOException {
    String sums = goodText(SUMS);
    String line = sums.lines().filter(l -> l.endsWith("  data/a/two.txt")).findFirst().orElseThrow();
    String changed = ZEROS + line.substring(64);
    Path jar = withEntry(SUMS, sums.replace(line, changed));

    assertThatThrownBy(() -> CorpusReader.open(jar, Verification.FULL))
        .isInstanceOfSatisfying(CorpusIntegrityException.class,
            e -> assertThat(e.entryPath()).isEqualTo(BASE + "data/a/two.txt"))
        .hasMessageContaining("SHA256SUMS").hasMessageContaining("data/a/two.txt");
    for (Verification lighter : List.of(Verification.SIZE, Verification.NONE)) {
      try (CorpusReader reader = CorpusReader.open(jar, lighter)) {
        assertThat(reader.read("a/two").text()).isEqualTo(TestCorpora.DOCUMENTS.get("a/two.txt"));
      }
    }
  }

  @Test
  void sha256sumsMissingALineOrTheFileFailsFullVerification() throws IOException {
    String sums = goodText(SUMS);
    String line = sums.lines().filter(l -> l.endsWith("  data/b/three.txt")).findFirst().orElseThrow();
    Path missingLine = withEntry(SUMS, sums.replace(line + "\n", ""));
    assertThatThrownBy(() -> CorpusReader.open(missingLine, Verification.FULL))
        .isInstanceOf(CorpusIntegrityException.class).hasMessageContaining("data/b/three.txt")
        .hasMessageContaining("SHA256SUMS");
    Path extraLine = withEntry(SUMS, sums + ZEROS + "  data/z.txt\n");
    assertThatThrownBy(() -> CorpusReader.open(extraLine, Verification.FULL))
        .isInstanceOf(CorpusIntegrityException.class).hasMessageContaining("data/z.txt");

    Path folder = dir.resolve("unpacked");
    TestCorpora.extract(good, folder);
    Files.delete(folder.resolve(SUMS));
    assertThatThrownBy(() -> CorpusReader.open(folder, Verification.FULL))
        .isInstanceOf(CorpusIntegrityException.class).hasMessageContaining("SHA256SUMS");
  }

  @Test
  void anEntryCommentThatIsNotUtf8IsACorruptJar() throws IOException {
    Path commented = dir.resolve("commented.jar");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(good.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(commented))) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setComment("A-COMMENT");
        out.putNextEntry(copy);
        try (InputStream in = zip.getInputStream(e)) {
          in.transferTo(out);
        }
      }
    }
    byte[] bytes = Files.readAllBytes(commented);
    byte[] comment = "A-COMMENT".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + comment.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + comment.length, comment, 0, comment.length)) {
        bytes[i + 1] = (byte) 0xFF; // not UTF-8
      }
    }
    Path jar = dir.resolve("not-utf8.jar");
    Files.write(jar, bytes);

    assertThatThrownBy(() -> CorpusReader.open(jar, Verification.NONE)).isInstanceOf(CorruptArchiveException.class)
        .hasMessageContaining(jar.toString()).hasMessageContaining("UTF-8");
  }

  // --- Mutated jars: only typed exceptions escape ----------------------------------------------------

  private static boolean typed(Throwable t) {
    if (t instanceof UncheckedIOException u) {
      return typed(u.getCause());
    }
    return t instanceof CorpusArchiveException || t instanceof CorpusIntegrityException
        || t instanceof CorpusNotFoundException || t instanceof InvalidManifestException
        || t instanceof UnsafePathException || t instanceof NoSuchFileException;
  }

  /** Opens {@code jar} and reads everything every way; returns the exception that escaped, or null. */
  private static Throwable readEverything(Path jar, Verification verification) {
    try (CorpusReader reader = CorpusReader.open(jar, verification)) {
      for (var entry : reader.documents()) {
        try {
          reader.read(entry.id());
        } catch (CorpusIntegrityException | NoSuchFileException | CorpusArchiveException e) {
          // typed: keep reading the others
        }
      }
      try (Stream<CorpusDocument> documents = reader.stream()) {
        documents.forEach(d -> { });
      } catch (RuntimeException e) {
        if (!typed(e)) {
          return e;
        }
      }
      try (InputStream in = reader.openFile("SHA256SUMS")) {
        in.readAllBytes();
      }
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  /** As {@link #readEverything}, through a class loader: {@code available} and {@code fromClasspath}. */
  private static Throwable readFromClasspath(Path jar, Verification verification) {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      CorpusReader.available(loader);
      try (CorpusReader reader = CorpusReader.fromClasspath(loader, "g:c", verification);
          Stream<CorpusDocument> documents = reader.stream()) {
        documents.forEach(d -> { });
      }
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  @Test
  void mutatedJarsGiveOnlyTypedExceptions() throws IOException {
    Random random = new Random(16);
    byte[] original = Files.readAllBytes(good);
    List<String> texts = List.of(INDEX, MANIFEST, SUMS);
    List<String> escaped = new ArrayList<>();
    int typedFailures = 0;
    for (int round = 0; round < 300; round++) {
      Path jar = dir.resolve("mutated-" + round + ".jar");
      if (round % 3 == 0) {
        byte[] bytes = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        Files.write(jar, bytes);
      } else if (round % 3 == 1) {
        // A piece of the jar cut out or repeated, as a bad download or copy would.
        int from = random.nextInt(original.length);
        int length = 1 + random.nextInt(Math.min(64, original.length - from));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(original, 0, from);
        if (random.nextBoolean()) {
          bytes.write(original, from, length);
        }
        bytes.write(original, from + length, original.length - from - length);
        Files.write(jar, bytes.toByteArray());
      } else {
        String name = texts.get(random.nextInt(texts.size()));
        byte[] text = TestCorpora.entryBytes(good, name);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
          text[random.nextInt(text.length)] = (byte) MUTATIONS.charAt(random.nextInt(MUTATIONS.length()));
        }
        TestCorpora.rewriteEntry(good, jar, name, text);
      }
      for (Verification verification : Verification.values()) {
        Throwable t = readEverything(jar, verification);
        if (t != null && !typed(t)) {
          escaped.add(round + " " + verification + ": " + t);
        } else if (t != null) {
          typedFailures++;
        }
        t = readFromClasspath(jar, verification);
        if (t != null && !typed(t)) {
          escaped.add(round + " " + verification + ": " + t);
        } else if (t != null) {
          typedFailures++;
        }
      }
    }
    assertThat(escaped).isEmpty();
    assertThat(typedFailures).isGreaterThan(100);
  }
}
