package dev.corpuskit.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param outputDirectory the folder holding the shards and {@value CorpusExport#INDEX}
 * @param documents how many documents the shards hold
 * @param shards the shards, in order
 */
public record ExportResult(Path outputDirectory, long documents, List<Shard> shards) {

  public ExportResult {
    shards = List.copyOf(shards);
  }

  /**
   * One shard file.
   *
   * @param name its file name, such as {@code part-00000.jsonl.gz}
   * @param documents how many documents (lines) it holds
   * @param bytes the size of the gzip file
   * @param uncompressedBytes the size of its JSON Lines
   * @param sha256 SHA-256 (hex) of the gzip file
   * @param firstId the id of its first document
   * @param lastId the id of its last document
   */
  public record Shard(String name, long documents, long bytes, long uncompressedBytes, String sha256,
      String firstId, String lastId) {}
}
