package dev.corpuskit.maven;

import dev.corpuskit.export.CorpusExport;
import dev.corpuskit.export.DocumentMismatchException;
import dev.corpuskit.export.ExportOutputNotOwnedException;
import dev.corpuskit.export.ExportRequest;
import dev.corpuskit.export.ExportResult;
import dev.corpuskit.export.ShardSize;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.read.CorpusIntegrityException;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Exports the packaged corpus (or a cleaned folder) as gzip-compressed JSON Lines shards with an
 * {@code export.json} index, for Hugging Face {@code datasets}, pandas and other readers outside the
 * JVM, as {@code corpuskit export} does, through the same core call. Bound to no phase: run it after
 * {@code package}, as {@code mvn package corpus:export}.
 */
@Mojo(name = "export", threadSafe = true)
public class ExportMojo extends AbstractMojo {

  /** Skips every corpus goal. */
  @Parameter(property = "corpus.skip", defaultValue = "false")
  boolean skip;

  /** Skips this goal only. */
  @Parameter(property = "corpus.export.skip", defaultValue = "false")
  boolean skipExport;

  /** The corpus jar to export, or a cleaned folder (checked against {@code exportManifest}). */
  @Parameter(property = "corpus.export.input",
      defaultValue = "${project.build.directory}/${project.build.finalName}.jar")
  File exportInput;

  /** The {@code manifest.tsv} of a cleaned folder; a jar holds its own. */
  @Parameter(property = "corpus.export.manifest")
  File exportManifest;

  /** The folder the shards and {@code export.json} go to: new, empty, or an earlier export's. */
  @Parameter(property = "corpus.export.outputDirectory", defaultValue = "${project.build.directory}/corpus-export")
  File exportDirectory;

  /**
   * The most a shard holds: bytes of JSON Lines before compression ({@code 100MB}, {@code 512MiB}) or
   * documents ({@code 10000docs}).
   */
  @Parameter(property = "corpus.export.shardSize", defaultValue = "100MB")
  String shardSize;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipExport) {
      getLog().info("Skipping corpus export (" + (skip ? "corpus.skip" : "corpus.export.skip") + ")");
      return;
    }
    ShardSize size;
    try {
      size = ShardSize.parse(shardSize);
    } catch (InvalidConfigurationException e) {
      throw new MojoExecutionException("Invalid <shardSize> (corpus.export.shardSize): " + e.getMessage()
          + ". Give bytes with a unit (100MB, 512MiB) or documents (10000docs), at least 1.", e);
    }
    ExportRequest request = new ExportRequest(exportInput.toPath(),
        exportManifest == null ? null : exportManifest.toPath(), exportDirectory.toPath(), size);
    ExportResult result;
    try {
      result = CorpusExport.run(request);
    } catch (DocumentMismatchException | CorpusIntegrityException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (ExportOutputNotOwnedException e) {
      throw new MojoExecutionException("Invalid <exportDirectory> (corpus.export.outputDirectory): "
          + e.getMessage() + ".", e);
    } catch (InvalidConfigurationException e) {
      throw new MojoExecutionException("Invalid <exportInput> or <exportManifest>: " + e.getMessage() + ".", e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot export " + exportInput + ": " + e.getMessage()
          + (exportInput.exists() ? "" : ". Run package first, or set <exportInput> (corpus.export.input)."), e);
    }
    getLog().info("Exported " + result.documents() + " documents into " + result.shards().size()
        + (result.shards().size() == 1 ? " shard" : " shards") + " in " + exportDirectory + " (index "
        + CorpusExport.INDEX + ")");
  }
}
