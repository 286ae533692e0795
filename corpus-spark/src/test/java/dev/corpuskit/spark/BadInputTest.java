package dev.corpuskit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.pipeline.CorpusConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad file is a finding, never a failed job; a configuration the job cannot run is refused up front. */
class BadInputTest {

  @TempDir
  Path temp;

  @Test
  void aDamagedFileAndAFileTooLargeAreFindingsAndTheRestIsCleaned() throws IOException {
    Path source = temp.resolve("corpus");
    Files.createDirectories(source);
    for (Path file : Files.list(Corpora.example()).sorted().toList()) {
      Files.copy(file, source.resolve(file.getFileName().toString()));
    }
    Files.write(source.resolve("broken.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    Files.writeString(source.resolve("huge.txt"), "A long line of text that repeats.\n".repeat(1000),
        StandardCharsets.UTF_8);
    Path out = temp.resolve("out");

    CorpusJob.Result result = CorpusJob.run(Spark.session(), Corpora.source(source.toString(), Set.of()),
        source.toString(), out.toString(), JobOptions.defaults().withMaxFileBytes(16_000));

    String validation = Files.readString(out.resolve("validation.json"), StandardCharsets.UTF_8);
    assertThat(validation).contains("broken.txt.gz").contains("huge.txt").contains("--max-file-bytes")
        .contains("\"unreadable\"");
    assertThat(result.kept()).isEqualTo(5);
    List<String> ids = Spark.session().read().parquet(out.resolve(CorpusJob.SHARDS).toString()).select("id")
        .collectAsList().stream().map(row -> row.getString(0)).toList();
    assertThat(ids).hasSize(5).doesNotContain("broken", "huge");
  }

  @Test
  void aCorpusLevelRuleTheJobDoesNotRunIsRefusedNamingIt() {
    Path source = Corpora.example();
    ConfigSource defaults = () -> CorpusConfig.defaults(source);
    assertThatThrownBy(() -> CorpusJob.run(Spark.session(), defaults, source.toString(),
        temp.resolve("out").toString(), JobOptions.defaults()))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("near-duplicate");
    assertThat(temp.resolve("out")).doesNotExist();
  }
}
