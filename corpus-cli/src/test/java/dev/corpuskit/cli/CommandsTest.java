package dev.corpuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands run in this JVM: exit codes, findings, formats, help. */
class CommandsTest {

  @TempDir Path dir;

  @Test
  void validateOnAMalformedFolderExitsOneWithTheCoresFindings() throws IOException {
    Path corpus = Fixtures.malformed(dir);

    Cli cli = Cli.run("validate", corpus.toString(), "--reports-dir", dir.resolve("cli-reports").toString(),
        "--threads", "2");

    List<Finding> core = new ArrayList<>();
    CorpusConfig config = new CorpusConfig(corpus, List.of(), List.of(),
        new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.of(List.of())), new CleanerConfig(Set.of(), "en"));
    CorpusBuild.validate(config, RunOptions.defaults().withThreads(1), dir.resolve("core-reports"), new RunSink() {
      @Override
      public void finding(Finding finding) {
        core.add(finding);
      }
    });
    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(1);
    assertThat(core).extracting(Finding::ruleId)
        .contains("empty", "encoding", "line-endings", "min-words", "duplicate", "file-type");
    assertThat(cli.findingLines()).containsExactlyElementsOf(
        core.stream().map(f -> f.format(corpus.resolve(f.file()).toString())).toList());
    assertThat(cli.outLines().get(cli.outLines().size() - 1))
        .startsWith("corpuskit validate: " + corpus + ", 7 documents, ")
        .contains(core.stream().filter(f -> f.severity().name().equals("ERROR")).count() + " errors");
    assertThat(dir.resolve("cli-reports/validation.json")).hasSameBinaryContentAs(
        dir.resolve("core-reports/validation.json"));
  }

  @Test
  void aCorpusWithoutErrorsExitsZeroUnlessWarningsFail() throws IOException {
    Path corpus = Fixtures.malformed(dir);
    String reports = dir.resolve("reports").toString();

    Cli warnings = Cli.run("validate", corpus.toString(), "--reports-dir", reports, "--include", "crlf.txt,short.txt");
    Cli failing = Cli.run("validate", corpus.toString(), "--reports-dir", reports, "--include", "crlf.txt,short.txt",
        "--fail-on-warning");
    Cli errorsAllowed = Cli.run("validate", corpus.toString(), "--reports-dir", reports, "--no-fail-on-error");

    assertThat(warnings.exitCode()).isZero();
    assertThat(warnings.findingLines()).hasSize(2); // CRLF line ends, a short document
    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(errorsAllowed.exitCode()).isZero();
    assertThat(errorsAllowed.findingLines()).isNotEmpty();
  }

  @Test
  void ruleOptionsReachTheCore() throws IOException {
    Path corpus = Fixtures.malformed(dir);
    String reports = dir.resolve("reports").toString();

    Cli lowered = Cli.run("validate", corpus.toString(), "--reports-dir", reports, "--include", "short.txt",
        "--rule", "min-words=ERROR", "--rule-param", "min-words.min=1");
    Cli raised = Cli.run("validate", corpus.toString(), "--reports-dir", reports, "--include", "short.txt",
        "--rule", "min-words=ERROR");

    assertThat(lowered.exitCode()).isZero();
    assertThat(lowered.findingLines()).isEmpty();
    assertThat(raised.exitCode()).isEqualTo(1);
    assertThat(raised.findingLines()).singleElement().asString().endsWith("[min-words]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--threads|0|Invalid --threads: 0 is less than 1. Use 1 or more",
      "--language|xx|Invalid --language: unknown language 'xx'",
      "--encoding|UTF-9|Invalid --encoding: no charset 'UTF-9'. Use a charset",
      "--rule|min-words=LOUD|Invalid --rule/--rule-param/--rule-action: rule 'min-words', severity",
      "--rule|no-such-rule=ERROR|Fix the options of rule no-such-rule",
      "--rule-param|min-words.min=many|Fix the options of rule min-words",
      "--rule-param|min-words=1|Invalid --rule-param 'min-words=1': give it as ID.KEY=VALUE",
      "--rule-action|min-words=delete|Invalid --rule/--rule-param/--rule-action: rule 'min-words'",
      "--min-documents|-1|Invalid --min-documents: -1 is negative. Use 0 or more",
      "--max-findings|-2|Invalid --max-findings: -2 is less than -1",
      "--audit-detail|most|Invalid --audit-detail:",
      "--near-duplicates|drop-all|Invalid --near-duplicates:",
      "--disable-step|no-such-step|Invalid --disable-step:",
      "--enable-step|no-such-step|Invalid --enable-step:",
      "--step-param|c4.minWordsPerLine=0|Invalid --step-param:",
      "--format|html|Invalid value for option '--format': expected one of [text, json, sarif]"})
  void aBadValueExitsTwoNamingTheOptionAndTheFix(String option, String value, String message) throws IOException {
    Path corpus = Fixtures.malformed(dir);

    Cli cli = Cli.run("clean", corpus.toString(), "--reports-dir", dir.resolve("reports").toString(),
        "--output-dir", dir.resolve("out").toString(), option, value);

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(2);
    assertThat(cli.err()).contains(message);
    assertThat(cli.err()).doesNotContain("\tat ");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aMissingFolderOrAnUnknownOptionIsAUsageError() {
    Cli missing = Cli.run("validate", dir.resolve("nowhere").toString());
    Cli unknown = Cli.run("validate", "--colour");
    Cli none = Cli.run();

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Invalid SOURCE_DIR: the corpus folder " + dir.resolve("nowhere")
        + " does not exist");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--colour'");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("Missing a command", "Usage: corpuskit");
  }

  @Test
  void aSelectionOfTooFewFilesExitsOneNamingTheOptions() throws IOException {
    Path corpus = Fixtures.malformed(dir);
    String reports = dir.resolve("reports").toString();

    Cli none = Cli.run("validate", corpus.toString(), "--reports-dir", reports, "--include", "**/*.html");
    Cli allowed = Cli.run("validate", corpus.toString(), "--reports-dir", reports, "--include", "**/*.html",
        "--min-documents", "0");

    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).contains("includes [**/*.html]", "--include/--exclude", "--min-documents 0");
    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "clean", "report", "package"})
  void everyCommandHasHelpWithItsExitCodes(String command) {
    Cli cli = Cli.run(command, "--help");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("Usage: corpuskit " + command).contains("Exit codes:", "  2   usage or configuration error");
  }

  @Test
  void versionNamesTheBuild() {
    Cli cli = Cli.run("--version");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).matches("corpuskit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
  }

  @Test
  void jsonHoldsEveryFindingAndTheTotals() throws IOException {
    Path corpus = Fixtures.malformed(dir);
    Cli text = Cli.run("validate", corpus.toString(), "--reports-dir", dir.resolve("r1").toString());

    Cli cli = Cli.run("validate", corpus.toString(), "--reports-dir", dir.resolve("r2").toString(), "--format",
        "json");

    assertThat(cli.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("documents").asInt()).isEqualTo(7);
    List<String> lines = new ArrayList<>();
    for (JsonNode finding : json.get("findings")) {
      lines.add(finding.get("path").asText() + ":" + Math.max(1, finding.get("line").asInt()) + ":"
          + Math.max(1, finding.get("column").asInt()) + ": " + finding.get("message").asText() + " ["
          + finding.get("rule").asText() + "]");
      assertThat(finding.get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
    }
    assertThat(lines).containsExactlyElementsOf(text.findingLines());
    assertThat(json.get("errors").asLong()).isPositive();
    assertThat(cli.err()).startsWith("corpuskit validate: ");
  }

  @Test
  void maxFindingsCapsEachSeverityAndSaysHowManyWereLeftOut() throws IOException {
    Path corpus = Fixtures.malformed(dir);

    Cli cli = Cli.run("validate", corpus.toString(), "--reports-dir", dir.resolve("r").toString(), "--max-findings",
        "1");

    assertThat(cli.findingLines()).hasSize(2); // one error, one warning
    assertThat(cli.out()).contains("Printed the first 1 findings of each severity; not printed:");
  }

  @Test
  void reportCleansAndShowsTheFindingsWithoutFailing() throws IOException {
    Path corpus = Fixtures.malformed(dir);

    Cli cli = Cli.run("report", corpus.toString(), "--reports-dir", dir.resolve("reports").toString(),
        "--output-dir", dir.resolve("out").toString());
    Cli clean = Cli.run("clean", corpus.toString(), "--reports-dir", dir.resolve("reports2").toString(),
        "--output-dir", dir.resolve("out2").toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(clean.exitCode()).isEqualTo(1);
    assertThat(cli.findingLines()).containsExactlyElementsOf(clean.findingLines());
    assertThat(dir.resolve("reports/index.html")).isRegularFile();
    assertThat(cli.out()).contains("The review page: " + dir.resolve("reports/index.html"));
  }

  @Test
  void packageWithoutACleanedCorpusSaysToCleanFirst() {
    Cli cli = Cli.run("package", "--group-id", "org.example", "--artifact-id", "news", "--corpus-version", "1.0",
        "--output-dir", dir.resolve("none").toString(), "--reports-dir", dir.resolve("reports").toString(),
        "--jar", dir.resolve("news.jar").toString());

    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
    assertThat(cli.err()).contains("No cleaned corpus", "corpuskit clean first");
  }

  @Test
  void packageRefusesBadMetadataNamingTheOption() throws IOException {
    Path out = dir.resolve("out");
    Path reports = dir.resolve("reports");
    assertThat(Cli.run("clean", Fixtures.EXAMPLE.toString(), "--output-dir", out.toString(), "--reports-dir",
        reports.toString()).exitCode()).isZero();

    Cli cli = Cli.run("package", "--group-id", "org example", "--artifact-id", "news", "--corpus-version", "1.0",
        "--output-dir", out.toString(), "--reports-dir", reports.toString(), "--jar", dir.resolve("n.jar").toString());
    Cli level = Cli.run("package", "--group-id", "org.example", "--artifact-id", "news", "--corpus-version", "1.0",
        "--output-dir", out.toString(), "--reports-dir", reports.toString(), "--jar", dir.resolve("n.jar").toString(),
        "--compression-level", "10");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("Invalid --group-id:", "'org example'", "for example org.example.corpora");
    assertThat(level.exitCode()).isEqualTo(2);
    assertThat(level.err()).contains("Invalid --compression-level: 10 is not a deflate level. Use 0 (stored) to 9.");
    assertThat(dir.resolve("n.jar")).doesNotExist();
  }

  @Test
  void aCleanedCorpusPackagesIntoTheSameJarTwice() throws IOException {
    Path out = dir.resolve("out");
    Path reports = dir.resolve("reports");
    Cli clean = Cli.run("clean", Fixtures.EXAMPLE.toString(), "--output-dir", out.toString(), "--reports-dir",
        reports.toString());
    String[] pack = {"package", "--group-id", "org.example", "--artifact-id", "news", "--corpus-version", "1.0",
        "--output-dir", out.toString(), "--reports-dir", reports.toString(), "--license", "CC-BY-4.0"};

    Cli first = Cli.run(concat(pack, "--jar", dir.resolve("a.jar").toString()));
    Cli second = Cli.run(concat(pack, "--jar", dir.resolve("b.jar").toString()));

    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(clean.out()).contains("Cleaned 5 documents into " + out);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("Packaged 5 documents (");
    assertThat(dir.resolve("a.jar")).hasSameBinaryContentAs(dir.resolve("b.jar"));
  }

  static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void withACacheAnUnchangedCorpusIsKeptAndItsFindingsPrintedAgain() throws IOException {
    Path corpus = Fixtures.malformed(dir);
    // Files changed in the second the run starts are read again (racy timestamps): age them, as a real corpus is.
    FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.toList()) {
        Files.setLastModifiedTime(file, hourAgo);
      }
    }
    String[] clean = {"clean", corpus.toString(), "--output-dir", dir.resolve("out").toString(), "--reports-dir",
        dir.resolve("reports").toString(), "--cache-dir", dir.resolve("cache").toString()};

    Cli first = Cli.run(clean);
    byte[] cleaning = Files.readAllBytes(dir.resolve("reports/cleaning.json"));
    Cli second = Cli.run(clean);

    assertThat(first.out()).doesNotContain("Nothing changed");
    assertThat(second.out()).contains("Nothing changed since the last clean: kept 3 cleaned documents");
    assertThat(second.exitCode()).isEqualTo(first.exitCode()).isEqualTo(1);
    assertThat(second.findingLines()).isNotEmpty().containsExactlyElementsOf(first.findingLines());
    assertThat(dir.resolve("reports/cleaning.json")).hasBinaryContent(cleaning);
    assertThat(dir.resolve("cache")).isDirectoryContaining(path -> true);
  }

  @Test
  void theProgressBarShowsDocumentsRateAndTimeLeft() {
    assertThat(TerminalProgress.bar(new RunOptions.Progress(10, 40, 2_000_000, 4.0)))
        .isEqualTo("[#######.......................] 10/40 documents, 0.5 MB/s, 0:12 left");
    assertThat(TerminalProgress.bar(new RunOptions.Progress(0, 40, 0, 0.1))).endsWith("--:-- left");
    assertThat(new RunOptions.Progress(10, 40, 2_000_000, 4.0).line())
        .isEqualTo("10/40 documents (25%), 2.0 MB in 4.0 s, 0.5 MB/s");
  }
}
