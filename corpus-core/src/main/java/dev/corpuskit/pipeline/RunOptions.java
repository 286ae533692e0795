package dev.corpuskit.pipeline;

import dev.corpuskit.format.InvalidConfigurationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a run executes; none of it changes what the run writes.
 *
 * @param threads how many documents are processed at once (at least 1); the output is the same for
 *     any value
 * @param cacheFile where per-file results are kept between runs, or null for no cache
 * @param toolVersion the version of the tool, part of the cache key: another version recomputes all
 * @param progress where progress lines go, or null for none
 * @param progressInterval the least time between two progress lines
 */
public record RunOptions(int threads, Path cacheFile, String toolVersion, ProgressListener progress,
    Duration progressInterval) {

  public RunOptions {
    if (threads < 1) {
      throw new InvalidConfigurationException("threads", "threads must be at least 1: " + threads);
    }
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(progressInterval, "progressInterval");
  }

  /** One thread per available processor, no cache, no progress. */
  public static RunOptions defaults() {
    return new RunOptions(Runtime.getRuntime().availableProcessors(), null, "unknown", null, Duration.ofSeconds(10));
  }

  public RunOptions withThreads(int newThreads) {
    return new RunOptions(newThreads, cacheFile, toolVersion, progress, progressInterval);
  }

  /** Keeps per-file results in {@code file}, valid for {@code version} of the tool only. */
  public RunOptions withCache(Path file, String version) {
    return new RunOptions(threads, file, version, progress, progressInterval);
  }

  /**
   * Keeps per-file results in the cache folder {@code directory} (its {@link BuildCache#documents} file,
   * with the stamps of the last runs beside it), valid for {@code version} of the tool only.
   */
  public RunOptions withCacheDirectory(Path directory, String version) {
    return withCache(BuildCache.documents(directory), version);
  }

  public RunOptions withProgress(ProgressListener listener, Duration interval) {
    return new RunOptions(threads, cacheFile, toolVersion, listener, interval);
  }

  /** Receives the run's progress now and then during a long run. */
  @FunctionalInterface
  public interface ProgressListener {
    void progress(Progress progress);
  }

  /**
   * How far a run is: {@code documents} of {@code total} done, {@code bytes} of them read, in
   * {@code seconds}. A log prints {@link #line()}; a terminal can draw a bar from the numbers.
   */
  public record Progress(long documents, long total, long bytes, double seconds) {

    /** Megabytes (10^6 bytes) read per second. */
    public double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }

    /** One line: {@code 12/40 documents (30%), 1.2 MB in 0.8 s, 1.5 MB/s}. */
    public String line() {
      return String.format(Locale.ROOT, "%d/%d documents (%d%%), %.1f MB in %.1f s, %.1f MB/s", documents, total,
          total == 0 ? 100 : documents * 100L / total, bytes / 1e6, seconds, megabytesPerSecond());
    }
  }
}
