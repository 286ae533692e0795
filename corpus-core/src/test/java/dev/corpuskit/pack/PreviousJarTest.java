package dev.corpuskit.pack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.testing.Bytes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousJarTest {

  private static final LocalDateTime TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  @TempDir Path tmp;

  /** A jar as Packager lays it out: documents under data/, then the manifest. */
  private Path jar(List<ManifestEntry> entries) throws IOException {
    Path jar = tmp.resolve("old.jar");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jar));
        ZipWriter zip = new ZipWriter(out, tmp.resolve("central"), TIME, 6)) {
      zip.stream("META-INF/MANIFEST.MF", EntryContent.of("Manifest-Version: 1.0\r\n\r\n".getBytes(UTF_8)));
      for (ManifestEntry e : entries) {
        zip.stream("data/" + e.path(), EntryContent.of(content(e.path())));
      }
      zip.stream("manifest.tsv", EntryContent.of(new Manifest(entries).toBytes()));
      zip.finish();
    }
    return jar;
  }

  private static byte[] content(String path) {
    return ("The text of " + path + ", with a few words.\n").getBytes(UTF_8);
  }

  private static List<ManifestEntry> entries(int count) {
    List<ManifestEntry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String path = String.format("c%02d/d%06d.txt", i % 7, i);
      byte[] bytes = content(path);
      entries.add(new ManifestEntry(path, path, bytes.length, 8, Sha256.hex(bytes), "00"));
    }
    return new Manifest(entries).entries();
  }

  @Test
  void findsUnchangedDocumentsInAZip64JarAndGivesTheirDeflatedBytes() throws IOException, DataFormatException {
    List<ManifestEntry> entries = entries(70_000); // more than 65535 entries: Zip64 end records
    try (PreviousJar previous = PreviousJar.open(jar(entries), "data/", "manifest.tsv")) {
      assertThat(previous).isNotNull();
      for (int i = 0; i < entries.size(); i++) {
        ManifestEntry e = entries.get(i);
        if (i % 997 == 5) { // changed since: another hash
          assertThat(previous.find(new ManifestEntry(e.id(), e.path(), e.bytes(), 8, "ff" + e.sha256().substring(2),
              "00"))).isNull();
          continue;
        }
        PreviousJar.Entry old = previous.find(e);
        assertThat(old).as(e.path()).isNotNull();
        if (i % 1000 == 0) {
          byte[] expected = content(e.path());
          CRC32 crc = new CRC32();
          crc.update(expected);
          DeflatedEntry deflated = previous.read(old, expected, expected.length, (int) crc.getValue());
          assertThat(inflate(deflated)).isEqualTo(expected);
          assertThatThrownBy(() -> previous.read(old, expected, expected.length, (int) crc.getValue() + 1))
              .as("another CRC: not the same content").isInstanceOf(ZipException.class)
              .hasMessageContaining("CRC-32");
        }
      }
    }
  }

  @Test
  void aNewDocumentIsNotFoundAndTheOthersStillAre() throws IOException {
    List<ManifestEntry> entries = entries(50);
    try (PreviousJar previous = PreviousJar.open(jar(entries), "data/", "manifest.tsv")) {
      ManifestEntry first = entries.get(0);
      assertThat(previous.find(new ManifestEntry("a", "a-new.txt", 3, 1, "aa", "00"))).isNull();
      assertThat(previous.find(first)).isNotNull();
      assertThat(previous.find(entries.get(49))).isNotNull();
    }
  }

  @Test
  void somethingElseThanAJarOffersNothing() throws IOException {
    Path text = Files.writeString(tmp.resolve("not.jar"), "not a zip at all, but long enough to look at".repeat(3));
    List<String> warnings = new ArrayList<>();
    assertThat(PreviousJar.open(text, "data/", "manifest.tsv", warnings::add)).isNull();
    assertThat(warnings).singleElement().asString().contains(text.toString(), "no end of central directory");
    warnings.clear();
    assertThat(PreviousJar.open(tmp.resolve("missing.jar"), "data/", "manifest.tsv", warnings::add)).isNull();
    assertThat(warnings).as("no previous jar is no news").isEmpty();
  }

  @Test
  void aTruncatedOrZeroedJarOffersNothing() throws IOException {
    byte[] whole = Files.readAllBytes(jar(entries(50)));
    Path truncated = Files.write(tmp.resolve("truncated.jar"), Arrays.copyOf(whole, whole.length / 2));
    byte[] zeroed = whole.clone(); // as a file system may leave a file whose last write was lost
    Arrays.fill(zeroed, whole.length / 2, whole.length, (byte) 0);
    Path zeroedJar = Files.write(tmp.resolve("zeroed.jar"), zeroed);
    Path empty = Files.write(tmp.resolve("empty.jar"), new byte[0]);
    for (Path jar : List.of(truncated, zeroedJar, empty)) {
      List<String> warnings = new ArrayList<>();
      assertThat(PreviousJar.open(jar, "data/", "manifest.tsv", warnings::add)).as(jar.toString()).isNull();
      assertThat(warnings).singleElement().asString().contains(jar.toString());
    }
  }

  @Test
  void deflatedBytesThatDoNotInflateToTheDocumentAreRefused() throws IOException {
    List<ManifestEntry> entries = entries(3);
    Path jar = jar(entries);
    ManifestEntry e = entries.get(1);
    byte[] content = content(e.path());
    CRC32 crc = new CRC32();
    crc.update(content);
    byte[] bytes = Files.readAllBytes(jar);
    int data = Bytes.find(bytes, ("data/" + e.path()).getBytes(UTF_8)) + ("data/" + e.path()).length();
    int compressed;
    try (PreviousJar previous = PreviousJar.open(jar, "data/", "manifest.tsv")) {
      compressed = (int) previous.find(e).compressedSize();
    }
    for (int at : new int[] {0, compressed / 2, compressed - 1}) {
      byte[] damaged = bytes.clone();
      damaged[data + at] ^= (byte) 0xFF;
      Files.write(jar, damaged);
      try (PreviousJar previous = PreviousJar.open(jar, "data/", "manifest.tsv")) {
        PreviousJar.Entry old = previous.find(e);
        assertThat(old).isNotNull();
        assertThatThrownBy(() -> previous.read(old, content, content.length, (int) crc.getValue()))
            .as("byte " + at + " of " + compressed).isInstanceOf(ZipException.class)
            .hasMessageContaining("deflated data");
      }
    }
    Files.write(jar, bytes);
    try (PreviousJar previous = PreviousJar.open(jar, "data/", "manifest.tsv")) {
      byte[] other = content.clone();
      other[3] ^= 1; // another document with the same CRC-32 and size would be refused all the same
      assertThatThrownBy(() -> previous.read(previous.find(e), other, other.length, (int) crc.getValue()))
          .isInstanceOf(ZipException.class).hasMessageContaining("do not inflate to the document from byte 0");
    }
  }

  private static byte[] inflate(DeflatedEntry entry) throws DataFormatException {
    Inflater inflater = new Inflater(true);
    inflater.setInput(entry.data(), 0, entry.length());
    byte[] out = new byte[(int) entry.size()];
    int n = inflater.inflate(out);
    inflater.end();
    assertThat(n).isEqualTo(out.length);
    return out;
  }
}
