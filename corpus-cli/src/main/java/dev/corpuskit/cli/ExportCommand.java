package dev.corpuskit.cli;

import dev.corpuskit.export.CorpusExport;
import dev.corpuskit.export.DocumentMismatchException;
import dev.corpuskit.export.ExportOutputNotOwnedException;
import dev.corpuskit.export.ExportRequest;
import dev.corpuskit.export.ExportResult;
import dev.corpuskit.export.ShardSize;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.InvalidManifestException;
import dev.corpuskit.read.CorpusArchiveException;
import dev.corpuskit.read.CorpusIntegrityException;
import dev.corpuskit.read.CorpusNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corpuskit export}: a corpus jar or a cleaned folder as gzip-compressed JSON Lines shards, for
 * Hugging Face {@code datasets}, pandas and other readers outside the JVM, through the core's
 * {@link CorpusExport#run}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Exports a corpus jar, or a cleaned folder checked against its manifest.tsv, as"
        + " gzip-compressed JSON Lines shards (part-00000.jsonl.gz, ...) with an export.json index: one"
        + " document a line, in id order, with the fields id, text, source, words, sha256, source_sha256"
        + " and the manifest's metadata (language, language_score, url, date when it has them). Two"
        + " exports of the same corpus are byte-identical."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:exported",
        "1:a document does not match the manifest (a cleaned file was changed, or the jar is damaged)",
        "2:usage or configuration error: no such corpus, no manifest, an output folder of other files",
        "3:a file could not be read or written, or an internal error"})
final class ExportCommand implements Callable<Integer> {

  /** Where clean writes the manifest by default. */
  static final Path DEFAULT_MANIFEST = Path.of("target", "corpus-reports", CorpusLayout.MANIFEST_TSV);

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CORPUS",
      description = "A corpus jar (as package writes it), or a cleaned folder (the --output-dir of clean).")
  Path input;

  @Option(names = {"-o", "--output-dir"}, required = true, paramLabel = "DIR",
      description = "The folder to write: new, empty, or written by an earlier export.")
  Path outputDirectory;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl, the one format written (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--shard-size", paramLabel = "SIZE", defaultValue = "100MB",
      description = "The most a shard holds: bytes of JSON Lines before compression, as 100MB, 512MiB or"
          + " 1GB, or documents, as 10000docs (default: ${DEFAULT-VALUE}).")
  String shardSize;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "The manifest.tsv of a cleaned folder. Default: the folder's own, else "
          + "target/corpus-reports/manifest.tsv, where clean writes it.")
  Path manifest;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!"jsonl".equals(format.strip().toLowerCase(Locale.ROOT))) {
      throw new CliException(ExitCodes.USAGE, "Invalid --format: '" + format + "' is not written here."
          + ("parquet".equalsIgnoreCase(format.strip())
              ? " Parquet needs parquet-hadoop and Hadoop's client jars (about 70 MB); the Spark job writes it."
              : "") + " Use --format jsonl.");
    }
    ShardSize size;
    try {
      size = ShardSize.parse(shardSize);
    } catch (InvalidConfigurationException e) {
      throw new CliException(ExitCodes.USAGE, "Invalid --shard-size: " + e.getMessage()
          + ". Give bytes with a unit (100MB, 512MiB) or documents (10000docs), at least 1.", e);
    }
    ExportRequest request = new ExportRequest(input, manifest(), outputDirectory, size);
    ExportResult result;
    try {
      result = CorpusExport.run(request);
    } catch (InvalidConfigurationException e) {
      throw new CliException(ExitCodes.USAGE, "Invalid CORPUS or --manifest: " + e.getMessage() + ".", e);
    } catch (DocumentMismatchException | CorpusIntegrityException e) {
      throw new CliException(ExitCodes.FAILED, e.getMessage(), e);
    } catch (ExportOutputNotOwnedException e) {
      throw new CliException(ExitCodes.USAGE, "Invalid --output-dir: " + e.getMessage() + ".", e);
    } catch (CorpusNotFoundException | CorpusArchiveException | InvalidManifestException e) {
      throw new CliException(ExitCodes.USAGE, "Invalid CORPUS: " + e.getMessage()
          + ". Give a corpus jar or the folder clean wrote.", e);
    } catch (NoSuchFileException e) {
      if (e.getFile() != null && Path.of(e.getFile()).equals(input)) {
        throw new CliException(ExitCodes.USAGE, "Invalid CORPUS: " + input + " does not exist. Give a corpus"
            + " jar or the folder clean wrote.", e);
      }
      throw e;
    }
    out.println(String.format(Locale.ROOT, "Exported %d documents into %d %s in %s (index %s)",
        result.documents(), result.shards().size(), result.shards().size() == 1 ? "shard" : "shards",
        outputDirectory, CorpusExport.INDEX));
    return ExitCodes.OK;
  }

  /** The manifest given, or for a cleaned folder without its own, the one clean writes by default. */
  private Path manifest() {
    if (manifest != null || !Files.isDirectory(input) || Files.exists(input.resolve(CorpusLayout.INDEX))
        || Files.exists(input.resolve(CorpusLayout.MANIFEST_TSV))) {
      return manifest;
    }
    return Files.isRegularFile(DEFAULT_MANIFEST) ? DEFAULT_MANIFEST : null;
  }
}
