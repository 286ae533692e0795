package dev.corpuskit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optional crawl columns of {@code manifest.tsv} ({@code url}, {@code date}): last, after the
 * language columns when there are both, read back exactly; a manifest without them is unchanged.
 */
class ManifestCrawlColumnsTest {

  private static final String SHA = "0".repeat(64);
  private static final String SOURCE = "1".repeat(64);
  private static final String URL = "https://example.org/a?b=1";
  private static final String DATE = "2023-06-01T12:34:56Z";

  private static Manifest read(String tsv) throws IOException {
    return Manifest.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "manifest.tsv");
  }

  @Test
  void crawlColumnsComeLastAndReadBack() throws IOException {
    Manifest manifest = new Manifest(List.of(
        new ManifestEntry("a", "a.txt", 3, 1, SHA, SOURCE, "de", "0.9731", URL, DATE),
        new ManifestEntry("b", "b.txt", 4, 2, SHA, SOURCE, null, null)));

    String tsv = manifest.toTsv();

    assertThat(tsv).isEqualTo(Manifest.HEADER_WITH_LANGUAGE + "\turl\tdate\n"
        + "a\ta.txt\t3\t1\t" + SHA + "\t" + SOURCE + "\tde\t0.9731\t" + URL + "\t" + DATE + "\n"
        + "b\tb.txt\t4\t2\t" + SHA + "\t" + SOURCE + "\t\t\t\t\n");
    assertThat(read(tsv)).isEqualTo(manifest);
    assertThat(read(tsv).toTsv()).isEqualTo(tsv);
  }

  @Test
  void crawlColumnsWithoutLanguages() throws IOException {
    Manifest manifest = new Manifest(List.of(new ManifestEntry("a", "a.txt", 3, 1, SHA, SOURCE, null, null, URL,
        DATE)));

    String tsv = manifest.toTsv();

    assertThat(tsv).startsWith(Manifest.HEADER + "\turl\tdate\n").endsWith("\t" + URL + "\t" + DATE + "\n");
    try (ManifestReader reader = ManifestReader.open(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
        "m", true)) {
      assertThat(reader.columns()).isEqualTo(new Manifest.Columns(false, true));
      assertThat(reader.next()).isEqualTo(manifest.entries().get(0));
    }
    assertThat(new Manifest(List.of(new ManifestEntry("a", "a.txt", 3, 1, SHA, SOURCE))).toTsv())
        .as("no crawl, no columns").startsWith(Manifest.HEADER + "\n");
  }

  @Test
  void crawlColumnsBeforeTheLanguageColumnsAreRefused() {
    String tsv = Manifest.HEADER + "\turl\tdate\tlanguage\tlanguage_score\n";

    assertThatThrownBy(() -> read(tsv)).isInstanceOf(InvalidManifestException.class)
        .hasMessageContaining("'\\turl\\tdate'");
  }

  @Test
  void aTabInAUrlIsRefused() {
    assertThatThrownBy(() -> new ManifestEntry("a", "a.txt", 3, 1, SHA, SOURCE, null, null, "https://x/\t", DATE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
