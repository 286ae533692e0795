package dev.corpuskit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command's arguments are checked before Spark starts. */
class MainTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws IOException {
    return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void aMissingOutputIsAUsageError() throws IOException {
    assertThat(run("corpus")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Give the source path and the output path")
        .contains(Main.USAGE);
  }

  @Test
  void aBadNumberNamesTheOption() throws IOException {
    assertThat(run("corpus", "out", "--shards", "many")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--shards takes a number, not many");
  }

  @Test
  void aConfigurationFileIsRefusedUntilTheReaderIsWired() throws IOException {
    assertThat(run("corpus", "out", "--config", "corpus.yaml")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("corpus.yaml").contains("without --config");
  }

  @Test
  void theDefaultsLeaveOutTheRulesTheJobDoesNotRun() {
    var config = Main.defaults("hdfs://cluster/crawl").config();
    assertThat(config.validation().rules().settings()).extracting(s -> s.id())
        .containsExactly("near-duplicate", "portable-name");
  }
}
