package dev.corpuskit.pipeline;

import dev.corpuskit.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder where a build keeps what it needs to skip unchanged work next time: the per-document
 * cache, beside it the stamps of the last validate and clean runs, and the stamp of the last
 * packaging. The names of these files belong here, so that every goal and every tool finds the same
 * ones; callers only choose the folder ({@link RunOptions#withCacheDirectory},
 * {@link PackageRequest#withCache}).
 */
public final class BuildCache {

  /** The per-document cache, shared by validate and clean. */
  static final String DOCUMENTS = "documents.bin";
  /** The stamp of the last packaging. */
  static final String PACKAGE_STAMP = "package.properties";

  private BuildCache() {}

  /** The per-document cache file in {@code cacheDirectory}. */
  public static Path documents(Path cacheDirectory) {
    return cacheDirectory.resolve(DOCUMENTS);
  }

  /** The packaging stamp in {@code cacheDirectory}. */
  static Path packageStamp(Path cacheDirectory) {
    return cacheDirectory.resolve(PACKAGE_STAMP);
  }

  /** The stamp of the last run of {@code kind} that used the cache file {@code documents}, beside it. */
  static Path runStamp(Path documents, RunKind kind) {
    return documents.resolveSibling(documents.getFileName() + "." + kind.id() + ".stamp");
  }

  /**
   * Deletes the per-document cache of {@code cacheDirectory}, the stamps of both run goals beside it and
   * every leftover of a killed run in it, so that the next build reuses none of their work: for a build
   * told not to use the cache (which would otherwise leave a damaged cache for the next one to reuse),
   * and for a packaging that found the cleaned files and the manifest at odds (the stamp of the clean
   * that wrote them would otherwise keep them as they are).
   *
   * @throws IOException when a file cannot be deleted
   */
  public static void forget(Path cacheDirectory) throws IOException {
    forgetFile(documents(cacheDirectory));
  }

  /** Forgets as {@link #forget} does, for the cache file {@code documents} wherever it is. */
  static void forgetFile(Path documents) throws IOException {
    for (RunKind kind : RunKind.values()) {
      Files.deleteIfExists(runStamp(documents, kind));
    }
    Files.deleteIfExists(documents);
    Path folder = documents.toAbsolutePath().getParent();
    if (folder != null) {
      AtomicFiles.sweepDeadWriters(folder);
    }
  }
}
