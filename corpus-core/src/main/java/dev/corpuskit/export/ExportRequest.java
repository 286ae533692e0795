package dev.corpuskit.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to export, and where.
 *
 * @param input a corpus jar, an unpacked corpus jar, or a cleaned folder (the output folder of
 *     cleaning, whose documents are checked against {@code manifest})
 * @param manifest the {@code manifest.tsv} of a cleaned folder, or null: then {@code manifest.tsv} in
 *     the folder itself; ignored for a corpus jar, which holds its own
 * @param outputDirectory the folder the shards and {@code export.json} go to: new, empty, or written by
 *     an earlier export
 * @param shardSize how much a shard holds
 */
public record ExportRequest(Path input, Path manifest, Path outputDirectory, ShardSize shardSize) {

  public ExportRequest {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(shardSize, "shardSize");
  }

  /** Exports {@code input} to {@code outputDirectory} in shards of the default size. */
  public static ExportRequest of(Path input, Path outputDirectory) {
    return new ExportRequest(input, null, outputDirectory, ShardSize.DEFAULT);
  }

  /** The same request with the manifest of a cleaned folder. */
  public ExportRequest withManifest(Path file) {
    return new ExportRequest(input, file, outputDirectory, shardSize);
  }

  /** The same request with another shard size. */
  public ExportRequest withShardSize(ShardSize size) {
    return new ExportRequest(input, manifest, outputDirectory, size);
  }
}
