package dev.corpuskit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.config.CorpusConfigFile;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.report.AuditDetail;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's arguments are checked before Spark starts. */
class MainTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

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
  void aMissingConfigurationFileIsAUsageError() throws IOException {
    assertThat(run("corpus", "out", "--config", dir.resolve("corpus.yaml").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No configuration file").contains("corpus.yaml");
  }

  @Test
  void aBadKeyInTheConfigurationFileNamesItsPathBeforeSparkStarts() throws IOException {
    Path file = Files.writeString(dir.resolve("corpus.yaml"), "rules:\n  near-duplicate: {severity: OFF, treshold: 0.9}\n");
    assertThat(run("corpus", "out", "--config", file.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("corpus.yaml:2:").contains("rules.near-duplicate");
  }

  @Test
  void theConfigurationFileGivesTheCoresSettingsOnEveryMachine() throws Exception {
    Path file = Files.writeString(dir.resolve("corpus.yaml"), String.join("\n",
        "rules:",
        "  near-duplicate: {severity: OFF}",
        "  portable-name: {severity: OFF}",
        "  min-words: {severity: ERROR, min: 30}",
        "disabledSteps: [corpus-repeated]",
        "auditDetail: counts",
        ""));
    ConfigSource source = Main.configFile(file.toString());
    CorpusConfig expected = CorpusConfigFile.load(file).corpusConfig(dir);

    // As an executor gets it: serialized with the task, read back, then asked.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(source);
    }
    ConfigSource shipped;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      shipped = (ConfigSource) in.readObject();
    }
    CorpusConfig config = shipped.config();
    assertThat(config.validation().rules().settings()).isEqualTo(expected.validation().rules().settings())
        .extracting(s -> s.id()).contains("near-duplicate", "portable-name", "min-words");
    assertThat(config.validation().charset()).isEqualTo(expected.validation().charset());
    assertThat(config.cleaning().disabledSteps()).containsExactly("corpus-repeated");
    assertThat(config.cleaning()).isEqualTo(expected.cleaning());
    assertThat(config.auditDetail()).isEqualTo(AuditDetail.COUNTS);
  }

  @Test
  void theDefaultsLeaveOutTheRulesTheJobDoesNotRun() {
    var config = Main.defaults("hdfs://cluster/crawl").config();
    assertThat(config.validation().rules().settings()).extracting(s -> s.id())
        .containsExactly("near-duplicate", "portable-name");
  }
}
