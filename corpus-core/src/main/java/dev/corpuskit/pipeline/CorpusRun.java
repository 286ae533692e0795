package dev.corpuskit.pipeline;

import dev.corpuskit.concurrent.Workers;
import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.clean.steps.CorpusRepeatedStep;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DocumentValidation;
import dev.corpuskit.validate.DuplicateIndex;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Validates, and optionally cleans, a corpus on several threads with output that does not depend on
 * their number: documents are processed in parallel, but their results are committed one by one in
 * sorted file order, from a bounded window, to a {@link RunSink}. Corpus-level rules (duplicates) run
 * in that ordered stage. With a cache file, unchanged files are not processed again.
 */
public final class CorpusRun {

  /** Documents in flight per thread: enough to keep threads busy, small enough to keep memory flat. */
  private static final int WINDOW_PER_THREAD = 16;

  private final CorpusConfig config;
  private final RunOptions options;
  private final Path output;

  private CorpusRun(CorpusConfig config, RunOptions options, Path output) {
    this.config = config;
    this.options = options;
    this.output = output;
  }

  /**
   * Validates the corpus of {@code config}, sending findings to {@code sink}.
   *
   * @throws IOException when the directory or a file cannot be read
   */
  public static RunSummary validate(CorpusConfig config, RunOptions options, RunSink sink) throws IOException {
    return new CorpusRun(config, options, null).run(sink);
  }

  /**
   * Validates and cleans the corpus of {@code config} into {@code outputDirectory}: one UTF-8
   * {@code .txt} file per document without errors, at the source's relative path; files of earlier
   * runs that this run did not write are removed. Sources are only read.
   *
   * @throws OverlappingDirectoriesException when the output would be written into the sources
   * @throws DuplicateDocumentIdException when two sources clean to the same file
   * @throws IOException when a file cannot be read or written
   */
  public static RunSummary clean(CorpusConfig config, RunOptions options, Path outputDirectory, RunSink sink)
      throws IOException {
    Path source = realPath(config.sourceDirectory());
    Path target = realPath(outputDirectory);
    if (target.startsWith(source) || source.startsWith(target)) {
      throw new OverlappingDirectoriesException(source, target);
    }
    return new CorpusRun(config, options, outputDirectory).run(sink);
  }

  private RunSummary run(RunSink sink) throws IOException {
    List<SourceFile> files = config.scanner().scan(config.sourceDirectory());
    if (output != null) {
      requireDistinctOutputs(files);
    }
    Validator validator = new Validator(config.validation());
    List<String> steps = output == null ? List.of() : new Cleaner(config.cleaning()).stepIds();
    ExecutorService pool = Workers.pool("corpus-worker", options.threads());
    try {
      RepeatedLines repeated = steps.contains(CorpusRepeatedStep.ID)
          ? mineRepeatedLines(files, validator, pool) : RepeatedLines.none();
      CacheKeys keys = CacheKeys.of(config, options.toolVersion(), steps,
          repeated == RepeatedLines.none() ? "" : repeated.digest());
      DocumentProcessor processor = new DocumentProcessor(validator, config.cleaning(), repeated,
          config.validation().charset(), output);
      return process(files, validator, keys, processor, pool, sink, steps);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The corpus-level pre-pass of the {@code corpus-repeated} step: line keys of every document without
   * errors, computed in parallel and counted in file order, so the result does not depend on threads.
   */
  private RepeatedLines mineRepeatedLines(List<SourceFile> files, Validator validator, ExecutorService pool)
      throws IOException {
    RepeatedLines.Miner miner = RepeatedLines.miner();
    ArrayDeque<Future<long[]>> window = new ArrayDeque<>();
    int limit = options.threads() * WINDOW_PER_THREAD;
    for (SourceFile file : files) {
      window.add(pool.submit(() -> {
        DocumentValidation validation = validator.validateDocument(file).validation();
        return validation.hasErrors() || validation.document().isEmpty()
            ? null : RepeatedLines.Miner.keysOf(validation.document().get().text());
      }));
      if (window.size() >= limit) {
        addKeys(miner, Workers.await(window.remove()));
      }
    }
    while (!window.isEmpty()) {
      addKeys(miner, Workers.await(window.remove()));
    }
    return miner.build();
  }

  private static void addKeys(RepeatedLines.Miner miner, long[] keys) {
    if (keys != null) {
      miner.addKeys(keys);
    }
  }

  private RunSummary process(List<SourceFile> files, Validator validator, CacheKeys keys,
      DocumentProcessor processor, ExecutorService pool, RunSink sink, List<String> steps) throws IOException {
    Commit commit = new Commit(validator, new DuplicateIndex(), sink, output != null, files.size(), options);
    try (DocumentCache.Reader cache = openCache(keys);
        DocumentCache.Writer next = options.cacheFile() == null ? null : new DocumentCache.Writer(
            options.cacheFile(), keys.validation(), output != null ? keys.cleaning() : cache.cleaningKey())) {
      ArrayDeque<Future<DocumentState>> window = new ArrayDeque<>();
      ArrayDeque<SourceFile> inFlight = new ArrayDeque<>();
      int limit = options.threads() * WINDOW_PER_THREAD;
      for (SourceFile file : files) {
        DocumentState cached = cache.find(file.relativePath());
        window.add(pool.submit(() -> processor.process(file, cached)));
        inFlight.add(file);
        if (window.size() >= limit) {
          commit.add(inFlight.remove(), Workers.await(window.remove()), next);
        }
      }
      while (!window.isEmpty()) {
        commit.add(inFlight.remove(), Workers.await(window.remove()), next);
      }
      if (output != null) {
        removeStale(output, commit.written());
      }
      if (next != null) {
        next.finish();
      }
    }
    return commit.summary(processor.reused(), steps);
  }

  private DocumentCache.Reader openCache(CacheKeys keys) throws IOException {
    if (options.cacheFile() == null) {
      return DocumentCache.Reader.empty();
    }
    return DocumentCache.Reader.open(options.cacheFile(), keys.validation(), output != null ? keys.cleaning() : null);
  }

  /** Fails before anything is written when two sources would clean to the same file. */
  private static void requireDistinctOutputs(List<SourceFile> files) {
    Map<String, String> sourceByPath = new HashMap<>();
    for (SourceFile file : files) {
      String path = DocumentProcessor.outputPath(file);
      String earlier = sourceByPath.putIfAbsent(path, file.relativePath());
      if (earlier != null) {
        throw new DuplicateDocumentIdException(path, earlier, file.relativePath());
      }
    }
  }

  /**
   * The real path of {@code dir}, following symbolic links, so that a link cannot hide an overlap;
   * for a directory that does not exist yet, the real path of its nearest existing ancestor.
   */
  private static Path realPath(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
  }

  private static void removeStale(Path output, Set<String> written) throws IOException {
    if (!Files.isDirectory(output)) {
      return;
    }
    Set<Path> keep = new HashSet<>();
    for (String path : written) {
      keep.add(output.resolve(path));
    }
    List<Path> stale;
    try (Stream<Path> walk = Files.walk(output)) {
      stale = walk.filter(Files::isRegularFile).filter(p -> !keep.contains(p)).toList();
    }
    for (Path file : stale) {
      Files.delete(file);
    }
  }
}
