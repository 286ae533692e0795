package dev.corpuskit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optional language columns of {@code manifest.tsv}: written when a document has a language, read
 * back exactly, and a manifest without them still read as before.
 */
class ManifestLanguageTest {

  private static final String SHA = "0".repeat(64);
  private static final String SOURCE = "1".repeat(64);

  private static Manifest read(String tsv) throws IOException {
    return Manifest.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "manifest.tsv");
  }

  @Test
  void languagesAreWrittenAsTwoMoreColumnsAndReadBack() throws IOException {
    Manifest manifest = new Manifest(List.of(
        new ManifestEntry("a", "a.txt", 3, 1, SHA, SOURCE, "de", "0.9731"),
        new ManifestEntry("b", "b.txt", 4, 2, SHA, SOURCE, null, null)));

    String tsv = manifest.toTsv();

    assertThat(tsv).isEqualTo("id\tpath\tbytes\twords\tsha256\tsource_sha256\tlanguage\tlanguage_score\n"
        + "a\ta.txt\t3\t1\t" + SHA + "\t" + SOURCE + "\tde\t0.9731\n"
        + "b\tb.txt\t4\t2\t" + SHA + "\t" + SOURCE + "\t\t\n");
    assertThat(read(tsv)).isEqualTo(manifest);
    assertThat(read(tsv).toTsv()).isEqualTo(tsv);
  }

  @Test
  void aManifestWithoutLanguagesKeepsItsSixColumns() throws IOException {
    String old = Manifest.HEADER + "\na\ta.txt\t3\t1\t" + SHA + "\t" + SOURCE + "\n";

    Manifest manifest = read(old);

    assertThat(manifest.entries()).singleElement().satisfies(e -> {
      assertThat(e.language()).isNull();
      assertThat(e.languageScore()).isNull();
    });
    assertThat(manifest.hasLanguages()).isFalse();
    assertThat(manifest.toTsv()).isEqualTo(old);
    try (ManifestReader reader = ManifestReader.open(
        new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)), "m", true)) {
      assertThat(reader.hasLanguages()).isFalse();
    }
  }

  @Test
  void aRowWithTheWrongColumnsOrABadScoreIsRefusedNamingItsLine() {
    String header = Manifest.HEADER_WITH_LANGUAGE + "\n";
    assertThatThrownBy(() -> read(header + "a\ta.txt\t3\t1\t" + SHA + "\t" + SOURCE + "\n"))
        .isInstanceOf(InvalidManifestException.class).hasMessageContaining(":2:")
        .hasMessageContaining("expected 8 tab-separated fields, found 6");
    assertThatThrownBy(() -> read(header + "a\ta.txt\t3\t1\t" + SHA + "\t" + SOURCE + "\tde\t97%\n"))
        .isInstanceOf(InvalidManifestException.class).hasMessageContaining("language_score '97%'");
    assertThatThrownBy(() -> read(header + "a\ta.txt\t3\t1\t" + SHA + "\t" + SOURCE + "\tde\t\n"))
        .isInstanceOf(InvalidManifestException.class).hasMessageContaining("a language needs its score");
    assertThatThrownBy(() -> read(header + "a\ta.txt\t3\t1\t" + SHA + "\t" + SOURCE + "\tDeutsch\t0.5000\n"))
        .isInstanceOf(InvalidManifestException.class).hasMessageContaining("'Deutsch' is not an ISO 639 code");
  }
}
