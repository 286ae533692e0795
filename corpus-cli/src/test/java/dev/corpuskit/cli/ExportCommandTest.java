package dev.corpuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.export.CorpusExport;
import dev.corpuskit.export.ExportRequest;
import dev.corpuskit.export.ShardSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpuskit export}: the core's export, its exit codes and messages. */
class ExportCommandTest {

  @TempDir static Path built;
  @TempDir Path dir;

  static Path cleaned;
  static Path manifest;
  static Path jar;

  /** The example corpus cleaned and packaged by the command line itself. */
  @BeforeAll
  static void buildExample() {
    cleaned = built.resolve("out");
    Path reports = built.resolve("reports");
    manifest = reports.resolve("manifest.tsv");
    jar = built.resolve("example.jar");
    Cli clean = Cli.run("clean", Fixtures.EXAMPLE.toString(), "-o", cleaned.toString(), "--reports-dir",
        reports.toString(), "--threads", "1");
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    Cli pack = Cli.run("package", "--group-id", "dev.corpuskit", "--artifact-id", "corpus-example",
        "--corpus-version", "1.0.0", "-o", cleaned.toString(), "--reports-dir", reports.toString(),
        "--jar", jar.toString());
    assertThat(pack.exitCode()).as(pack.err()).isZero();
  }

  @Test
  void exportsTheJarAsTheCoreDoes() throws IOException {
    Cli cli = Cli.run("export", "--format", "jsonl", "--shard-size", "2docs", jar.toString(), "-o",
        dir.resolve("cli").toString());
    CorpusExport.run(ExportRequest.of(jar, dir.resolve("core")).withShardSize(ShardSize.documents(2)));

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).isEqualTo("Exported 5 documents into 3 shards in " + dir.resolve("cli")
        + " (index export.json)\n");
    Fixtures.assertSameTree(dir.resolve("cli"), dir.resolve("core"));
  }

  @Test
  void exportsACleanedFolderWithTheManifestClean() throws IOException {
    Cli cli = Cli.run("export", cleaned.toString(), "--manifest", manifest.toString(), "-o",
        dir.resolve("folder").toString());
    Cli fromJar = Cli.run("export", jar.toString(), "-o", dir.resolve("jar").toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(fromJar.exitCode()).as(fromJar.err()).isZero();
    assertThat(dir.resolve("folder/part-00000.jsonl.gz")).hasSameBinaryContentAs(dir.resolve("jar/part-00000.jsonl.gz"));
  }

  @Test
  void aChangedCleanedFileExitsOneNamingIt() throws IOException {
    Path folder = dir.resolve("cleaned");
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(cleaned)) {
      for (Path p : files.toList()) {
        Files.copy(p, folder.resolve(p.getFileName().toString()));
      }
    }
    Path changed = folder.resolve(Files.list(cleaned).map(p -> p.getFileName().toString())
        .filter(n -> n.startsWith("003_")).findFirst().orElseThrow());
    Files.writeString(changed, "edited\n");

    Cli cli = Cli.run("export", folder.toString(), "--manifest", manifest.toString(), "-o",
        dir.resolve("x").toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains(changed.toString()).contains("document '003_b20276f8bb1996d1'")
        .contains("run clean again");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void wrongOptionsExitTwoNamingTheOption() throws IOException {
    Path out = dir.resolve("x");
    Cli parquet = Cli.run("export", "--format", "parquet", jar.toString(), "-o", out.toString());
    Cli size = Cli.run("export", "--shard-size", "lots", jar.toString(), "-o", out.toString());
    Cli missing = Cli.run("export", dir.resolve("nothing").toString(), "-o", out.toString());
    Cli noManifest = Cli.run("export", dir.toString(), "-o", out.toString());
    Files.createDirectories(dir.resolve("mine"));
    Files.writeString(dir.resolve("mine/notes.txt"), "mine");
    Cli notOwned = Cli.run("export", jar.toString(), "-o", dir.resolve("mine").toString());

    assertThat(parquet.exitCode()).isEqualTo(2);
    assertThat(parquet.err()).contains("Invalid --format: 'parquet'").contains("the Spark job writes it");
    assertThat(size.exitCode()).isEqualTo(2);
    assertThat(size.err()).contains("Invalid --shard-size: 'lots' is not a size");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Invalid CORPUS: " + dir.resolve("nothing") + " does not exist");
    assertThat(noManifest.exitCode()).isEqualTo(2);
    assertThat(noManifest.err()).contains("Invalid CORPUS or --manifest:");
    assertThat(notOwned.exitCode()).isEqualTo(2);
    assertThat(notOwned.err()).contains("Invalid --output-dir:").contains("no export.json");
    assertThat(dir.resolve("mine/notes.txt")).hasContent("mine");
  }

  @Test
  void helpListsTheExitCodes() {
    Cli help = Cli.run("export", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--shard-size=SIZE").contains("Exit codes:")
        .contains("1   a document does not match the manifest");
  }
}
