package dev.corpuskit.pack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.text.Sha256;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
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
          DeflatedEntry deflated = previous.read(old, (int) crc.getValue());
          assertThat(inflate(deflated)).isEqualTo(expected);
          assertThat(previous.read(old, (int) crc.getValue() + 1)).as("another CRC: not the same content").isNull();
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
    assertThat(PreviousJar.open(text, "data/", "manifest.tsv")).isNull();
    assertThat(PreviousJar.open(tmp.resolve("missing.jar"), "data/", "manifest.tsv")).isNull();
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
