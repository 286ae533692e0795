package dev.corpuskit.read;

/**
 * What the reader accepts from a corpus before it reads any document, so that a hostile jar or folder (a
 * zip bomb, a manifest of millions of rows) cannot exhaust memory or time.
 *
 * @param maxEntries the most entries a jar may have
 * @param maxEntryBytes the largest uncompressed entry
 * @param maxCompressionRatio the largest uncompressed-to-compressed ratio of an entry above 1 MiB, and of
 *     the whole jar (its entries' uncompressed sizes against the jar's size) above 1 MiB in total
 * @param maxTotalBytes the largest sum of the uncompressed sizes of a jar's entries
 * @param maxDocuments the most rows {@code manifest.tsv} may have; the reader keeps every row in memory,
 *     about 420 bytes each with short ids
 */
public record ReadLimits(long maxEntries, long maxEntryBytes, double maxCompressionRatio, long maxTotalBytes,
    long maxDocuments) {

  /**
   * 2 million entries, 512 MiB an entry, ratio 200 (plain text deflates 3 to 10 times), 16 GiB in all,
   * 400,000 documents (their rows take about 170 MB of heap, within {@code -Xmx256m}).
   */
  public static final ReadLimits DEFAULT = new ReadLimits(2_000_000, 512L * 1024 * 1024, 200,
      16L * 1024 * 1024 * 1024, 400_000);

  /** Entries up to this size may have any ratio: a short repetitive text compresses very well. */
  static final long RATIO_FREE_BYTES = 1024 * 1024;

  public ReadLimits {
    if (maxEntries < 1 || maxEntryBytes < 1 || maxCompressionRatio < 1 || maxTotalBytes < 1 || maxDocuments < 1) {
      throw new IllegalArgumentException("read limits must be positive, ratio at least 1");
    }
  }

  /** The given limits, with the default total size and number of documents. */
  public ReadLimits(long maxEntries, long maxEntryBytes, double maxCompressionRatio) {
    this(maxEntries, maxEntryBytes, maxCompressionRatio, DEFAULT.maxTotalBytes, DEFAULT.maxDocuments);
  }
}
