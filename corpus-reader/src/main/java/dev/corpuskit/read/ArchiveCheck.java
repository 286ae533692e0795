package dev.corpuskit.read;

import dev.corpuskit.read.CorpusArchiveException.ArchiveLimitException;
import dev.corpuskit.read.CorpusArchiveException.CorruptArchiveException;
import dev.corpuskit.read.CorpusArchiveException.DuplicateEntryException;
import dev.corpuskit.read.CorpusArchiveException.UnsafeEntryException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks every entry of a jar's central directory: names, duplicates, count, sizes and ratios, and the
 * totals: entries whose compressed data add up to more than the jar's size share data (a bomb of
 * overlapping entries, each small), and the jar as a whole may expand only so much.
 */
final class ArchiveCheck {

  private ArchiveCheck() {}

  /**
   * @param jarBytes the size of the jar file
   */
  /** The next entry; the JDK decodes its name and comment here, and throws an unchecked exception. */
  private static ZipEntry next(Path file, Enumeration<? extends ZipEntry> entries, long index)
      throws CorruptArchiveException {
    try {
      return entries.nextElement();
    } catch (IllegalArgumentException e) {
      throw new CorruptArchiveException(file, "the name or comment of entry " + (index + 1) + " is not UTF-8 ("
          + e.getMessage() + "); the jar is damaged");
    }
  }

  static void check(Path file, ZipFile zip, ReadLimits limits, long jarBytes) throws CorpusArchiveException {
    Set<String> names = new HashSet<>();
    long count = 0;
    long totalSize = 0;
    long totalCompressed = 0;
    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
      ZipEntry entry = next(file, entries, count);
      if (++count > limits.maxEntries()) {
        throw new ArchiveLimitException(file, "more than " + limits.maxEntries() + " entries");
      }
      String name = entry.getName();
      String path = entry.isDirectory() && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
      if (!dev.corpuskit.format.CorpusLayout.isSafeRelativePath(path)) {
        throw new UnsafeEntryException(file, name);
      }
      if (!names.add(name)) {
        throw new DuplicateEntryException(file, name);
      }
      long size = entry.getSize();
      if (size > limits.maxEntryBytes()) {
        throw new ArchiveLimitException(file, "entry '" + name + "' is " + size + " bytes uncompressed, more"
            + " than the limit of " + limits.maxEntryBytes());
      }
      long compressed = entry.getCompressedSize();
      if (size > ReadLimits.RATIO_FREE_BYTES && compressed > 0
          && size / (double) compressed > limits.maxCompressionRatio()) {
        throw new ArchiveLimitException(file, String.format(Locale.ROOT, "entry '%s' expands %.0f times"
            + " (%d to %d bytes), more than the limit of %.0f: a zip bomb", name, size / (double) compressed,
            compressed, size, limits.maxCompressionRatio()));
      }
      totalSize += Math.max(0, size);
      totalCompressed += Math.max(0, compressed);
      if (totalSize > limits.maxTotalBytes()) {
        throw new ArchiveLimitException(file, "its entries hold more than the limit of " + limits.maxTotalBytes()
            + " bytes in total, uncompressed");
      }
      if (totalCompressed > jarBytes) {
        throw new CorruptArchiveException(file, "its entries' compressed data add up to more than the jar's "
            + jarBytes + " bytes, so entries share data: a zip bomb of overlapping entries, or a damaged jar");
      }
    }
    if (totalSize > ReadLimits.RATIO_FREE_BYTES && jarBytes > 0
        && totalSize / (double) jarBytes > limits.maxCompressionRatio()) {
      throw new ArchiveLimitException(file, String.format(Locale.ROOT, "the jar expands %.0f times in total"
          + " (%d to %d bytes), more than the limit of %.0f: a zip bomb", totalSize / (double) jarBytes,
          jarBytes, totalSize, limits.maxCompressionRatio()));
    }
  }
}
