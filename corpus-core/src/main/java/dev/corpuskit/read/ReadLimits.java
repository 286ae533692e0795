package dev.corpuskit.read;

/**
 * What the reader accepts from a jar before it reads anything, so that a hostile archive (a zip bomb)
 * cannot exhaust memory or time.
 *
 * @param maxEntries the most entries a jar may have
 * @param maxEntryBytes the largest uncompressed entry
 * @param maxCompressionRatio the largest uncompressed-to-compressed ratio of an entry above 1 MiB
 */
public record ReadLimits(long maxEntries, long maxEntryBytes, double maxCompressionRatio) {

  /** 2 million entries, 512 MiB an entry, ratio 200 (plain text deflates 3 to 10 times). */
  public static final ReadLimits DEFAULT = new ReadLimits(2_000_000, 512L * 1024 * 1024, 200);

  /** Entries up to this size may have any ratio: a short repetitive text compresses very well. */
  static final long RATIO_FREE_BYTES = 1024 * 1024;

  public ReadLimits {
    if (maxEntries < 1 || maxEntryBytes < 1 || maxCompressionRatio < 1) {
      throw new IllegalArgumentException("read limits must be positive, ratio at least 1");
    }
  }
}
