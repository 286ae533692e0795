package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.read.CorpusArchiveException.ArchiveLimitException;
import dev.corpuskit.read.CorpusArchiveException.CorruptArchiveException;
import dev.corpuskit.read.CorpusArchiveException.DuplicateEntryException;
import dev.corpuskit.read.CorpusArchiveException.UnsafeEntryException;
import dev.corpuskit.read.CorpusArchiveException;
import dev.corpuskit.read.CorpusIntegrityException;
import dev.corpuskit.read.CorpusReader;
import dev.corpuskit.read.ReadLimits;
import dev.corpuskit.read.Verification;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile corpus jars, built with java.util.zip: each gives a typed exception naming the jar and the
 * entry, reads stay bounded, and nothing is written anywhere.
 */
class HostileArchiveTest {

  private static final String DATA = "META-INF/corpus/g/c/data/";

  @TempDir Path dir;
  private Path good;

  @BeforeEach
  void packGoodJar() throws IOException {
    good = TestCorpora.pack(dir, CorpusInfo.of("g", "c", "1"), TestCorpora.DOCUMENTS).jar();
  }

  /** The good jar plus {@code extra} entries, each with its content. */
  private Path withExtraEntries(String name, String... extra) throws IOException {
    Path out = dir.resolve(name);
    try (ZipFile zip = new ZipFile(good.toFile()); ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(out))) {
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        target.putNextEntry(new ZipEntry(e.getName()));
        try (InputStream in = zip.getInputStream(e)) {
          in.transferTo(target);
        }
        target.closeEntry();
      }
      for (int i = 0; i < extra.length; i += 2) {
        target.putNextEntry(new ZipEntry(extra[i]));
        target.write(extra[i + 1].getBytes(StandardCharsets.UTF_8));
        target.closeEntry();
      }
    }
    return out;
  }

  private List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil.txt", "META-INF/corpus/g/c/data/../../../../../evil.txt", "/tmp/evil.txt",
      "C:/evil.txt", "a\\..\\..\\evil.txt"})
  void unsafeEntryNamesAreRefusedAndNothingIsWritten(String entry) throws IOException {
    Path jar = withExtraEntries("slip.jar", entry, "pwned");
    List<Path> before = filesUnder(dir);

    assertThatThrownBy(() -> CorpusReader.open(jar)).isInstanceOf(UnsafeEntryException.class)
        .hasMessageContaining(jar.toString()).hasMessageContaining("'" + entry + "'");

    assertThat(filesUnder(dir)).isEqualTo(before);
    assertThat(Path.of("/tmp/evil.txt")).doesNotExist();
  }

  @Test
  void duplicateEntriesAreRefused() throws IOException {
    // ZipOutputStream refuses duplicate names: write two names of one length, then rename one in place.
    Path jar = withExtraEntries("dup.jar", DATA + "dupA.txt", "first", DATA + "dupB.txt", "second");
    byte[] bytes = Files.readAllBytes(jar);
    byte[] from = (DATA + "dupB.txt").getBytes(StandardCharsets.UTF_8);
    byte[] to = (DATA + "dupA.txt").getBytes(StandardCharsets.UTF_8);
    int replaced = 0;
    for (int i = 0; i + from.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, bytes, i, to.length);
        replaced++;
      }
    }
    assertThat(replaced).isEqualTo(2); // local header and central directory
    Files.write(jar, bytes);

    assertThatThrownBy(() -> CorpusReader.open(jar)).isInstanceOf(DuplicateEntryException.class)
        .hasMessageContaining(DATA + "dupA.txt");
  }

  @Test
  void zipBombIsRefusedByItsCompressionRatioBeforeInflating() throws IOException {
    Path jar = dir.resolve("bomb.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("META-INF/corpus/index.properties"));
      zip.write("id=g:c\nversion=1\npath=META-INF/corpus/g/c/\n".getBytes(StandardCharsets.ISO_8859_1));
      zip.putNextEntry(new ZipEntry(DATA + "bomb.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 100; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(jar)).isLessThan(1 << 20);

    assertThatThrownBy(() -> CorpusReader.open(jar)).isInstanceOf(ArchiveLimitException.class)
        .hasMessageContaining("bomb.txt").hasMessageContaining("a zip bomb");
  }

  @Test
  void entryCountAndEntrySizeLimitsHold() {
    assertThatThrownBy(() -> CorpusReader.open(good, Verification.FULL, new ReadLimits(3, 1 << 20, 200)))
        .isInstanceOf(ArchiveLimitException.class).hasMessageContaining("more than 3 entries");
    assertThatThrownBy(() -> CorpusReader.open(good, Verification.FULL, new ReadLimits(100, 10, 200)))
        .isInstanceOf(ArchiveLimitException.class).hasMessageContaining("more than the limit of 10");
  }

  @Test
  void aHeaderThatUnderstatesItsSizeCannotMakeTheReaderInflateMore() throws IOException {
    // Shrink the declared size of manifest.tsv in the central directory; the data still inflates in full.
    Path jar = dir.resolve("liar.jar");
    byte[] bytes = Files.readAllBytes(good);
    String name = "META-INF/corpus/g/c/manifest.tsv";
    int at = lastIndexOf(bytes, ("PK\1\2").getBytes(StandardCharsets.ISO_8859_1), name);
    bytes[at + 24] = 5; // uncompressed size, little-endian
    bytes[at + 25] = 0;
    bytes[at + 26] = 0;
    bytes[at + 27] = 0;
    Files.write(jar, bytes);

    assertThatThrownBy(() -> CorpusReader.open(jar)).isInstanceOfAny(ArchiveLimitException.class,
        CorruptArchiveException.class).hasMessageContaining("manifest.tsv");
  }

  /** The offset of the central-directory header (signature {@code sig}) of entry {@code name}. */
  private static int lastIndexOf(byte[] bytes, byte[] sig, String name) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    for (int i = bytes.length - 46; i >= 0; i--) {
      if (Arrays.equals(bytes, i, i + 4, sig, 0, 4) && Arrays.equals(bytes, i + 46, Math.min(bytes.length, i + 46 + n.length), n, 0, n.length)) {
        return i;
      }
    }
    throw new AssertionError("no central directory entry for " + name);
  }

  @Test
  void truncatedJarsAreRefusedNamingTheFile() throws IOException {
    byte[] bytes = Files.readAllBytes(good);
    for (int length : new int[] {0, 10, bytes.length / 2, bytes.length - 10}) {
      Path jar = dir.resolve("truncated-" + length + ".jar");
      Files.write(jar, Arrays.copyOf(bytes, length));
      assertThatThrownBy(() -> CorpusReader.open(jar)).as("%d bytes", length)
          .isInstanceOf(CorruptArchiveException.class).hasMessageContaining(jar.toString())
          .hasMessageContaining("download or build the jar again");
    }
  }

  @Test
  void corruptDataGivesATypedExceptionNamingTheEntry() throws IOException {
    byte[] bytes = Files.readAllBytes(good);
    String entry = DATA + "a/two.txt";
    byte[] name = entry.getBytes(StandardCharsets.UTF_8);
    int local = lastIndexOf(bytes, "PK\3\4".getBytes(StandardCharsets.ISO_8859_1), "") ;
    for (int i = 0; i < bytes.length - name.length; i++) {
      if (Arrays.equals(bytes, i, i + name.length, name, 0, name.length) && bytes[i - 30] == 'P') {
        local = i + name.length; // start of the compressed data (no extra field)
        break;
      }
    }
    for (int i = local; i < local + 8; i++) {
      bytes[i] ^= (byte) 0x5A;
    }
    Path jar = dir.resolve("corrupt.jar");
    Files.write(jar, bytes);

    try (CorpusReader reader = CorpusReader.open(jar)) {
      assertThatThrownBy(() -> reader.read("a/two")).isInstanceOfAny(CorpusArchiveException.class,
          CorpusIntegrityException.class).hasMessageContaining("a/two.txt");
    }
  }

  @Test
  void hashMismatchIsATypedExceptionWithBothHashes() throws IOException {
    Path jar = dir.resolve("tampered.jar");
    TestCorpora.rewriteEntry(good, jar, DATA + "a/one.txt", "The first document!\n".getBytes(StandardCharsets.UTF_8));
    try (CorpusReader reader = CorpusReader.open(jar)) {
      assertThatThrownBy(() -> reader.read("a/one")).isInstanceOf(CorpusIntegrityException.class)
          .hasMessageContaining("a/one.txt").hasMessageContaining("SHA-256");
    }
  }
}
