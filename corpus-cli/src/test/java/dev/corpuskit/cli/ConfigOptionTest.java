package dev.corpuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --config}: the file's settings apply where the command line gives none; an option wins. */
class ConfigOptionTest {

  @TempDir Path dir;

  private Path config(String yaml) throws IOException {
    return Files.writeString(dir.resolve("corpuskit.yaml"), yaml);
  }

  private static final String CLEANING = """
      language: en
      rules:
        file-name: {pattern: "%s"}
        min-words: {severity: ERROR, min: 40}
      disabledSteps: [repeated-paragraphs]
      auditDetail: full
      """.formatted(Fixtures.EXAMPLE_PATTERN.replace("\\", "\\\\"));

  @Test
  void cleanWithTheFileWritesWhatCleanWithTheOptionsWrites() throws IOException {
    Path file = config("sourceDirectory: " + Fixtures.EXAMPLE + "\n" + CLEANING);

    Cli fromFile = Cli.run("clean", "--config", file.toString(), "-o", dir.resolve("a/corpus").toString(),
        "--reports-dir", dir.resolve("a/reports").toString());
    Cli fromOptions = Cli.run("clean", Fixtures.EXAMPLE.toString(), "-o", dir.resolve("b/corpus").toString(),
        "--reports-dir", dir.resolve("b/reports").toString(), "--language", "en",
        "--rule-param", "file-name.pattern=" + Fixtures.EXAMPLE_PATTERN, "--rule", "min-words=ERROR",
        "--rule-param", "min-words.min=40", "--disable-step", "repeated-paragraphs", "--audit-detail", "full");

    assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
    assertThat(fromOptions.exitCode()).as(fromOptions.err()).isZero();
    Fixtures.assertSameTree(dir.resolve("a/corpus"), dir.resolve("b/corpus"));
    Fixtures.assertSameTree(dir.resolve("a/reports"), dir.resolve("b/reports"));
    assertThat(Files.readString(dir.resolve("a/reports/cleaning.json"))).doesNotContain("repeated-paragraphs");
  }

  @Test
  void anOptionWinsOverTheFilesKeyAndTheFileOverTheDefault() throws IOException {
    Path file = config("minDocuments: 100\nreportsDirectory: out/reports\n");

    Cli fileValue = Cli.run("validate", Fixtures.EXAMPLE.toString(), "--config", file.toString());
    Cli optionValue = Cli.run("validate", Fixtures.EXAMPLE.toString(), "--config", file.toString(),
        "--min-documents", "5");

    assertThat(fileValue.exitCode()).isEqualTo(1);
    assertThat(fileValue.err()).contains("100");
    assertThat(optionValue.exitCode()).as(optionValue.err()).isZero();
    assertThat(dir.resolve("out/reports/validation.json")).exists(); // relative to the file's folder
  }

  @Test
  void aRuleOptionOverridesOnlyItsFieldOfTheFilesRule() throws IOException {
    Path file = config("rules:\n  min-words: {severity: ERROR, min: 40}\n");

    Cli file40 = Cli.run("validate", Fixtures.EXAMPLE.toString(), "--config", file.toString(),
        "--reports-dir", dir.resolve("r1").toString());
    Cli option = Cli.run("validate", Fixtures.EXAMPLE.toString(), "--config", file.toString(),
        "--reports-dir", dir.resolve("r2").toString(), "--rule-param", "min-words.min=100000");

    assertThat(file40.exitCode()).as(file40.err()).isZero();
    assertThat(option.exitCode()).isEqualTo(1); // the file's severity ERROR with the option's minimum
    assertThat(option.findingLines()).isNotEmpty().allMatch(line -> line.endsWith("[min-words]"));
  }

  @Test
  void aBadKeyExitsTwoNamingTheKeyAndWhere() throws IOException {
    Path file = config("rules:\n  near-duplicate: {threshold: 1.5}\n");

    Cli cli = Cli.run("validate", Fixtures.EXAMPLE.toString(), "--config", file.toString());

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains(file + ":2:31: rules.near-duplicate.threshold: ").contains("rule table");
  }

  @Test
  void aMissingFileExitsTwo() {
    Cli cli = Cli.run("clean", "--config", dir.resolve("nope.yaml").toString());

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("Invalid --config").contains("nope.yaml");
  }

  @Test
  void packageTakesTheMetadataFromTheFileAndRequiresCoordinatesSomewhere() throws IOException {
    Path out = dir.resolve("target");
    assertThat(Cli.run("clean", Fixtures.EXAMPLE.toString(), "-o", out.resolve("corpus").toString(),
        "--reports-dir", out.resolve("corpus-reports").toString()).exitCode()).isZero();
    Path file = config("""
        outputDirectory: target/corpus
        reportsDirectory: target/corpus-reports
        outputTimestamp: "2026-11-21T00:00:00Z"
        metadata:
          groupId: org.example
          artifactId: news
          version: 1.0.0
          title: News
          licenses: [CC-BY-4.0]
          organization: {name: Example}
        """);

    Cli missing = Cli.run("package", "--jar", out.resolve("x.jar").toString(), "-o", out.resolve("corpus").toString(),
        "--reports-dir", out.resolve("corpus-reports").toString());
    Cli packaged = Cli.run("package", "--config", file.toString(), "--jar", out.resolve("news.jar").toString());
    Cli overridden = Cli.run("package", "--config", file.toString(), "--jar", out.resolve("news2.jar").toString(),
        "--corpus-version", "2.0.0");

    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("Missing --group-id").contains("metadata.groupId");
    assertThat(packaged.exitCode()).as(packaged.err()).isZero();
    assertThat(overridden.exitCode()).as(overridden.err()).isZero();
    String card = Files.readString(out.resolve("corpus-reports/datapackage.json"));
    assertThat(card).contains("\"2.0.0\"").contains("CC-BY-4.0");
  }
}
