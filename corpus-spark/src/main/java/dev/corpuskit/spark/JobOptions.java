package dev.corpuskit.spark;

import java.io.Serializable;

/**
 * How the job splits its work and output; none of it changes a cleaned text, a finding or a hash.
 *
 * @param shards how many Parquet shards hold the cleaned documents (fewer when fewer documents are kept)
 * @param partitions how many partitions the source files are spread over before they are processed (by a
 *     hash of their path); 0 keeps the partitions Spark reads them in
 * @param maxFileBytes the largest source file an executor reads; a larger one is refused with an
 *     {@code unreadable} finding
 */
public record JobOptions(int shards, int partitions, long maxFileBytes) implements Serializable {

  /** The largest source file an executor reads by default: 256 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 256L << 20;

  public JobOptions {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be 1 or more: " + shards);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 or more: " + partitions);
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be 1 or more: " + maxFileBytes);
    }
  }

  /** One shard, the partitions Spark reads, files up to {@link #DEFAULT_MAX_FILE_BYTES}. */
  public static JobOptions defaults() {
    return new JobOptions(1, 0, DEFAULT_MAX_FILE_BYTES);
  }

  public JobOptions withShards(int count) {
    return new JobOptions(count, partitions, maxFileBytes);
  }

  public JobOptions withPartitions(int count) {
    return new JobOptions(shards, count, maxFileBytes);
  }

  public JobOptions withMaxFileBytes(long bytes) {
    return new JobOptions(shards, partitions, bytes);
  }
}
