package dev.corpuskit.pipeline;

import dev.corpuskit.describe.CardDetails;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.pack.Packager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * What to package and how: the cleaned corpus, its reports and metadata, the jar to write, and the
 * settings that do not change its bytes. Start from {@link #of} and change the settings with the
 * {@code with} methods.
 *
 * @param info the corpus metadata
 * @param created the output timestamp: the time of every entry and the descriptors' creation date
 * @param dataDirectory the cleaned documents, as cleaning wrote them
 * @param reportsDirectory where cleaning wrote {@code manifest.tsv} and its reports
 * @param targetJar the jar to write
 * @param threads how many threads deflate; the jar is the same for any value
 * @param compressionLevel the deflate level, 0 (stored) to 9
 * @param minDocuments the fewest documents the manifest may list, else nothing is written; 0 allows an
 *     empty corpus
 * @param cacheDirectory the build's cache folder, whose stamp lets an unchanged jar be kept, or null to
 *     write the jar every time
 * @param toolVersion the version of the tool, part of the stamp's key: another version writes the jar again
 * @param card what the publisher states for the data card and the descriptors beyond the corpus info:
 *     creators, citation, intended use, limitations, personal data, task categories
 * @param publishCleaningReport whether the jar holds {@code cleaning.json}; when not, it stays in the
 *     reports directory only, and the descriptors do not name it (its change counts still make the
 *     data card's figures)
 */
public record PackageRequest(CorpusInfo info, Instant created, Path dataDirectory, Path reportsDirectory,
    Path targetJar, int threads, int compressionLevel, int minDocuments, Path cacheDirectory, String toolVersion,
    CardDetails card, boolean publishCleaningReport) {

  public PackageRequest {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Objects.requireNonNull(reportsDirectory, "reportsDirectory");
    Objects.requireNonNull(targetJar, "targetJar");
    Objects.requireNonNull(toolVersion, "toolVersion");
    card = card == null ? CardDetails.none() : card;
    if (minDocuments < 0) {
      throw new IllegalArgumentException("minDocuments must be 0 or more: " + minDocuments);
    }
  }

  /**
   * Packages the documents of {@code dataDirectory}, as listed in {@code reportsDirectory/manifest.tsv},
   * into {@code targetJar}: one thread per processor, the default level, an empty corpus allowed, no cache.
   */
  public static PackageRequest of(CorpusInfo info, Instant created, Path dataDirectory, Path reportsDirectory,
      Path targetJar) {
    return new PackageRequest(info, created, dataDirectory, reportsDirectory, targetJar,
        Runtime.getRuntime().availableProcessors(), Packager.COMPRESSION_LEVEL, 0, null, "unknown", null, true);
  }

  public PackageRequest withThreads(int newThreads) {
    return new PackageRequest(info, created, dataDirectory, reportsDirectory, targetJar, newThreads,
        compressionLevel, minDocuments, cacheDirectory, toolVersion, card, publishCleaningReport);
  }

  public PackageRequest withCompressionLevel(int level) {
    return new PackageRequest(info, created, dataDirectory, reportsDirectory, targetJar, threads, level,
        minDocuments, cacheDirectory, toolVersion, card, publishCleaningReport);
  }

  /** This request failing, with nothing written, when the manifest lists fewer than {@code minimum} documents. */
  public PackageRequest withMinDocuments(int minimum) {
    return new PackageRequest(info, created, dataDirectory, reportsDirectory, targetJar, threads,
        compressionLevel, minimum, cacheDirectory, toolVersion, card, publishCleaningReport);
  }

  /**
   * This request keeping its stamp in the cache folder {@code directory}, valid for {@code version} of
   * the tool only: the jar is kept when nothing it is made from has changed.
   */
  public PackageRequest withCache(Path directory, String version) {
    return new PackageRequest(info, created, dataDirectory, reportsDirectory, targetJar, threads,
        compressionLevel, minDocuments, Objects.requireNonNull(directory, "directory"), version, card,
        publishCleaningReport);
  }

  /** This request describing the corpus with {@code details} in its data card and descriptors. */
  public PackageRequest withCard(CardDetails details) {
    return new PackageRequest(info, created, dataDirectory, reportsDirectory, targetJar, threads,
        compressionLevel, minDocuments, cacheDirectory, toolVersion, details, publishCleaningReport);
  }

  /** This request publishing {@code cleaning.json} in the jar, or leaving it in the reports directory only. */
  public PackageRequest withCleaningReport(boolean publish) {
    return new PackageRequest(info, created, dataDirectory, reportsDirectory, targetJar, threads, compressionLevel,
        minDocuments, cacheDirectory, toolVersion, card, publish);
  }

  /** Whether the jar may be kept from an earlier packaging: only with a cache folder. */
  boolean incremental() {
    return cacheDirectory != null;
  }
}
