package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What each kind of run writes and where it keeps its stamp. */
class RunKindTest {

  @Test
  void onlyACleaningRunCleansAndWritesTheManifest() {
    assertThat(RunKind.VALIDATE.cleans()).isFalse();
    assertThat(RunKind.CLEAN.cleans()).isTrue();
    assertThat(RunKind.VALIDATE.reports()).containsExactly("validation.json");
    assertThat(RunKind.CLEAN.reports()).containsExactly("validation.json", "cleaning.json", "manifest.tsv",
        "summary.json");
  }

  /** The stamps keep their names, so that a build after an upgrade finds those of the build before. */
  @Test
  void eachKindHasItsStampBesideTheCache() {
    Path cache = Path.of("cache", "documents.bin");

    assertThat(BuildCache.runStamp(cache, RunKind.VALIDATE)).isEqualTo(Path.of("cache", "documents.bin.validate.stamp"));
    assertThat(BuildCache.runStamp(cache, RunKind.CLEAN)).isEqualTo(Path.of("cache", "documents.bin.clean.stamp"));
  }
}
