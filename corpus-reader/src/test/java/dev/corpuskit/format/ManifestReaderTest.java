package dev.corpuskit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

  private static final String A = "a\ta.txt\t3\t1\t" + "0".repeat(64) + "\t" + "1".repeat(64) + "\n";
  private static final String B = "b\tb.txt\t4\t2\t" + "2".repeat(64) + "\t" + "3".repeat(64) + "\n";

  @TempDir Path dir;

  @Test
  void streamsTheRowsOfASortedManifest() throws IOException {
    Path file = Files.writeString(dir.resolve("manifest.tsv"), Manifest.HEADER + "\n" + A + B);
    try (ManifestReader reader = ManifestReader.open(file)) {
      assertThat(reader.next().path()).isEqualTo("a.txt");
      assertThat(reader.next().words()).isEqualTo(2);
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void refusesRowsOutOfOrderOrTwiceNamingTheLine() throws IOException {
    for (String rows : new String[] {B + A, A + A}) {
      Path file = Files.writeString(dir.resolve("manifest.tsv"), Manifest.HEADER + "\n" + rows);
      try (ManifestReader reader = ManifestReader.open(file)) {
        reader.next();
        assertThatThrownBy(reader::next).isInstanceOf(InvalidManifestException.class)
            .hasMessageContaining("manifest.tsv:3:").hasMessageContaining("run corpus:clean again");
      }
    }
    // The in-memory form sorts, as before.
    Manifest manifest = Manifest.read(new ByteArrayInputStream((Manifest.HEADER + "\n" + B + A)
        .getBytes(StandardCharsets.UTF_8)), "m");
    assertThat(manifest.toTsv()).isEqualTo(Manifest.HEADER + "\n" + A + B);
  }

  @Test
  void refusesAWrongFieldCount() throws IOException {
    Path file = Files.writeString(dir.resolve("manifest.tsv"), Manifest.HEADER + "\n" + A.replace("\ta.txt", "")
        + "x\t" + B);
    try (ManifestReader reader = ManifestReader.open(file)) {
      assertThatThrownBy(reader::next).hasMessageContaining(":2: expected 6 tab-separated fields, found 5");
      assertThatThrownBy(reader::next).hasMessageContaining(":3: expected 6 tab-separated fields, found 7");
    }
  }
}
