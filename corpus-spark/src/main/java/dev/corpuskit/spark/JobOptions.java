package dev.corpuskit.spark;

import java.io.Serializable;

/**
 * How the job splits its work and output; none of it changes a cleaned text, a finding or a hash.
 *
 * @param shards how many Parquet shards hold the cleaned documents (fewer when fewer documents are kept)
 * @param minPartitions the least number of partitions the sources are read in
 * @param maxFileBytes the largest source file an executor reads; a larger one is refused with an
 *     {@code unreadable} finding
 */
public record JobOptions(int shards, int minPartitions, long maxFileBytes) implements Serializable {

  /** The largest source file an executor reads by default: 256 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 256L << 20;

  public JobOptions {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be 1 or more: " + shards);
    }
    if (minPartitions < 1) {
      throw new IllegalArgumentException("minPartitions must be 1 or more: " + minPartitions);
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be 1 or more: " + maxFileBytes);
    }
  }

  /** One shard, two partitions, files up to {@link #DEFAULT_MAX_FILE_BYTES}. */
  public static JobOptions defaults() {
    return new JobOptions(1, 2, DEFAULT_MAX_FILE_BYTES);
  }

  public JobOptions withShards(int count) {
    return new JobOptions(count, minPartitions, maxFileBytes);
  }

  public JobOptions withMinPartitions(int count) {
    return new JobOptions(shards, count, maxFileBytes);
  }

  public JobOptions withMaxFileBytes(long bytes) {
    return new JobOptions(shards, minPartitions, bytes);
  }
}
