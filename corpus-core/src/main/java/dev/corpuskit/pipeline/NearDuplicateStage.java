package dev.corpuskit.pipeline;

import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.near.Signature;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The near-duplicate stage of a run: the {@link NearDuplicateIndex} the ordered stage adds each
 * signed document to, and its scratch folder. The folder is this run's own,
 * {@code .corpuskit-near.<pid>.<n>.tmp} beside the cache file (or in the temporary folder without a
 * cache), deleted on {@link #close}; a killed run's folder is deleted by the next run that opens one
 * there, as the temporary files of other writers are ({@link AtomicFiles#isDeadWritersFile}).
 */
final class NearDuplicateStage implements Closeable {

  /** What every scratch folder's name starts with. */
  static final String PREFIX = ".corpuskit-near.";
  private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() & 0xffffff);

  private final NearDuplicateConfig config;
  private final Path scratch;
  private final NearDuplicateIndex index;

  private NearDuplicateStage(NearDuplicateConfig config, Path scratch) {
    this.config = config;
    this.scratch = scratch;
    this.index = new NearDuplicateIndex(config, scratch);
  }

  /**
   * Opens the stage of a run under {@code config}, its scratch folder made in {@code base} after the
   * folders of killed runs there are deleted.
   */
  static NearDuplicateStage open(NearDuplicateConfig config, Path base) throws IOException {
    Path folder = base.toAbsolutePath();
    Files.createDirectories(folder);
    sweep(folder);
    while (true) {
      Path scratch = folder.resolve(PREFIX + ProcessHandle.current().pid() + "." + NEXT.incrementAndGet() + ".tmp");
      try {
        Files.createDirectory(scratch);
        return new NearDuplicateStage(config, scratch);
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        // a leftover of an earlier process with the same pid: try the next name
      }
    }
  }

  NearDuplicateConfig config() {
    return config;
  }

  /** This run's scratch folder. */
  Path scratch() {
    return scratch;
  }

  void add(String id, Signature signature) {
    index.add(id, signature);
  }

  NearDuplicateIndex.Result result(NearDuplicateIndex.TextLookup texts) throws IOException {
    return index.result(texts);
  }

  @Override
  public void close() throws IOException {
    index.close();
    deleteTree(scratch);
  }

  /** Deletes the scratch folders in {@code folder} whose process is gone. */
  static void sweep(Path folder) throws IOException {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, PREFIX + "*.tmp")) {
      for (Path leftover : leftovers) {
        if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)
            && AtomicFiles.isDeadWritersFile(leftover.getFileName().toString())) {
          deleteTree(leftover);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
