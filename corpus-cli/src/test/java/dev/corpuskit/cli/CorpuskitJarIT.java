package dev.corpuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code corpuskit.jar} run as users run it, {@code java -jar corpuskit.jar ...} in a JVM of
 * its own: it starts from its manifest with every dependency inside, and prints, writes and exits as
 * the commands do in-process.
 */
class CorpuskitJarIT {

  static final Path JAR = Path.of(System.getProperty("corpuskit.jar", "target/corpuskit.jar"));

  @TempDir Path dir;

  /** What {@code java -jar corpuskit.jar args} printed and returned. */
  static Cli java(Path outFile, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(Arrays.asList(args));
    Path err = Files.createTempFile(outFile.getParent(), "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("corpuskit " + String.join(" ", args) + " did not end");
    }
    return new Cli(process.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarStartsAndShowsItsHelp() throws Exception {
    Cli help = java(dir.resolve("help.txt"), "--help");
    Cli version = java(dir.resolve("version.txt"), "--version");

    assertThat(JAR).isRegularFile();
    assertThat(help.exitCode()).as(help.err()).isZero();
    assertThat(help.out()).startsWith("Usage: corpuskit").contains("validate", "clean", "report", "package",
        "Exit codes:");
    assertThat(version.out().strip()).isEqualTo("corpuskit " + Version.get());
  }

  @Test
  void validateOnAMalformedFolderExitsOneWithTheFindingsOfTheInProcessRun() throws Exception {
    Path corpus = Fixtures.malformed(dir);

    Cli jar = java(dir.resolve("out.txt"), "validate", corpus.toString(), "--reports-dir",
        dir.resolve("jar-reports").toString());
    Cli inProcess = Cli.run("validate", corpus.toString(), "--reports-dir", dir.resolve("reports").toString());

    assertThat(jar.exitCode()).as(jar.err()).isEqualTo(1);
    assertThat(jar.findingLines()).isNotEmpty().containsExactlyElementsOf(inProcess.findingLines());
    assertThat(jar.outLines().get(jar.outLines().size() - 1)).startsWith("corpuskit validate: ");
    assertThat(jar.err()).isEmpty(); // no progress bar without a terminal, no logger noise
    assertThat(dir.resolve("jar-reports/validation.json"))
        .hasSameBinaryContentAs(dir.resolve("reports/validation.json"));
  }

  @Test
  void sarifFromTheJarIsValid() throws Exception {
    Path corpus = Fixtures.malformed(dir);

    Cli jar = java(dir.resolve("sarif.json"), "validate", corpus.toString(), "--reports-dir",
        dir.resolve("r").toString(), "--format", "sarif");

    assertThat(jar.exitCode()).isEqualTo(1);
    assertThat(SarifTest.validate(new ObjectMapper().readTree(jar.out()))).isEmpty();
    assertThat(jar.err()).startsWith("corpuskit validate: ");
  }

  @Test
  void cleanAndPackageFromTheJarWriteWhatTheInProcessRunWrites() throws Exception {
    Path jarBase = dir.resolve("jar");
    Path base = dir.resolve("in");

    Cli clean = java(dir.resolve("clean.txt"), "clean", Fixtures.EXAMPLE.toString(), "--output-dir",
        jarBase.resolve("corpus").toString(), "--reports-dir", jarBase.resolve("reports").toString(),
        "--rule-param", "file-name.pattern=" + Fixtures.EXAMPLE_PATTERN, "--language", "en");
    Cli pack = java(dir.resolve("package.txt"), "package", "--group-id", "org.example", "--artifact-id", "news",
        "--corpus-version", "1.0.0", "--output-dir", jarBase.resolve("corpus").toString(), "--reports-dir",
        jarBase.resolve("reports").toString(), "--jar", jarBase.resolve("news.jar").toString(), "--license",
        "CC-BY-4.0");
    Cli.run("clean", Fixtures.EXAMPLE.toString(), "--output-dir", base.resolve("corpus").toString(), "--reports-dir",
        base.resolve("reports").toString(), "--rule-param", "file-name.pattern=" + Fixtures.EXAMPLE_PATTERN,
        "--language", "en");
    Cli.run("package", "--group-id", "org.example", "--artifact-id", "news", "--corpus-version", "1.0.0",
        "--output-dir", base.resolve("corpus").toString(), "--reports-dir", base.resolve("reports").toString(),
        "--jar", base.resolve("news.jar").toString(), "--license", "CC-BY-4.0");

    assertThat(clean.exitCode()).as(clean.err()).isZero();
    assertThat(pack.exitCode()).as(pack.err()).isZero();
    assertThat(pack.out()).startsWith("Packaged 5 documents (");
    Fixtures.assertSameTree(jarBase.resolve("corpus"), base.resolve("corpus"));
    Fixtures.assertSameTree(jarBase.resolve("reports"), base.resolve("reports"));
    assertThat(jarBase.resolve("news.jar")).hasSameBinaryContentAs(base.resolve("news.jar"));

    Cli export = java(dir.resolve("export.txt"), "export", "--shard-size", "2docs", jarBase.resolve("news.jar")
        .toString(), "-o", jarBase.resolve("export").toString());
    Cli inProcess = Cli.run("export", "--shard-size", "2docs", base.resolve("news.jar").toString(), "-o",
        base.resolve("export").toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(inProcess.exitCode()).as(inProcess.err()).isZero();
    assertThat(export.out()).startsWith("Exported 5 documents into 3 shards in ");
    Fixtures.assertSameTree(jarBase.resolve("export"), base.resolve("export"));
  }
}
