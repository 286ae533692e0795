package dev.corpuskit.read;

import dev.corpuskit.read.CorpusArchiveException.ArchiveLimitException;
import dev.corpuskit.read.CorpusArchiveException.DuplicateEntryException;
import dev.corpuskit.read.CorpusArchiveException.UnsafeEntryException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Checks every entry of a jar's central directory: names, duplicates, count, sizes and ratios. */
final class ArchiveCheck {

  private ArchiveCheck() {}

  static void check(Path file, ZipFile zip, ReadLimits limits) throws CorpusArchiveException {
    Set<String> names = new HashSet<>();
    long count = 0;
    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
      ZipEntry entry = entries.nextElement();
      if (++count > limits.maxEntries()) {
        throw new ArchiveLimitException(file, "more than " + limits.maxEntries() + " entries");
      }
      String name = entry.getName();
      String path = entry.isDirectory() && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
      if (!dev.corpuskit.pack.CorpusLayout.isSafeRelativePath(path)) {
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
    }
  }
}
