package dev.corpuskit.pipeline;

import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.clean.steps.CorpusRepeatedStep;
import dev.corpuskit.concurrent.Workers;
import dev.corpuskit.contamination.ContaminationIndex;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.pipeline.state.DocumentCache;
import dev.corpuskit.pipeline.state.DocumentState;
import dev.corpuskit.pipeline.state.Fingerprints;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DuplicateIndex;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Validates, and optionally cleans, a corpus on several threads with output that does not depend on
 * their number: documents are processed in parallel, but their results are committed one by one in
 * sorted file order, from a bounded window, to a {@link RunSink}. Corpus-level rules (duplicates) run
 * in that ordered stage. With a cache file, unchanged files are not processed again. Each file is read
 * once per pass; only a cleaning run with the {@code corpus-repeated} step makes two passes.
 */
public final class CorpusRun {

  /** Documents in flight per thread: enough to keep threads busy, small enough to keep memory flat. */
  private static final int WINDOW_PER_THREAD = 16;
  /** The scratch file of a two-pass run without a cache, in the temporary folder. */
  private static final String SCRATCH = "corpuskit-run.bin";

  private final CorpusConfig config;
  private final RunOptions options;
  private final RunKind kind;
  /** The output folder of a cleaning run; null for a validating one. */
  private final Path output;
  /** When this run started, before it looked at any file: the next cache's threshold of racily clean files. */
  private final long startedAt = System.currentTimeMillis();
  /** Takes {@link Fingerprints#tree} of the output as a cleaning run leaves it; may be null. */
  private final Consumer<byte[]> outputTree;
  /** Which output folders a cleaning run may take over. */
  private final OutputOwnership ownership;

  private CorpusRun(CorpusConfig config, RunOptions options, RunKind kind, Path output,
      Consumer<byte[]> outputTree, OutputOwnership ownership) {
    this.config = config;
    this.options = options;
    this.kind = kind;
    this.output = kind.cleans() ? Objects.requireNonNull(output, "outputDirectory") : null;
    this.outputTree = outputTree;
    this.ownership = ownership;
  }

  /**
   * Validates the corpus of {@code config}, sending findings to {@code sink}.
   *
   * @throws TooFewDocumentsException when the selection takes fewer files than the configuration requires
   * @throws IOException when the directory or a file cannot be read
   */
  public static RunSummary validate(CorpusConfig config, RunOptions options, RunSink sink) throws IOException {
    return validate(config, options, sink, CorpusBuild.files(config.select()));
  }

  /** Validates {@code files}, the corpus of {@code config} as its scanner lists it. */
  static RunSummary validate(CorpusConfig config, RunOptions options, RunSink sink, List<SourceFile> files)
      throws IOException {
    return new CorpusRun(config, options, RunKind.VALIDATE, null, null, null).run(sink, files);
  }

  /**
   * Validates and cleans the corpus of {@code config} into {@code outputDirectory}: one UTF-8
   * {@code .txt} file per document without errors, at the source's relative path; files that earlier
   * runs recorded as written and this run did not write are removed, and no other. Sources are only
   * read. A folder that holds files but no record of an earlier run is refused.
   *
   * @throws OverlappingDirectoriesException when the output would be written into the sources
   * @throws OutputNotOwnedException when the output holds files that no cleaning run wrote
   * @throws DuplicateDocumentIdException when two sources clean to the same file
   * @throws TooFewDocumentsException when the selection takes fewer files than the configuration requires
   * @throws IOException when a file cannot be read or written
   */
  public static RunSummary clean(CorpusConfig config, RunOptions options, Path outputDirectory, RunSink sink)
      throws IOException {
    return clean(config, options, outputDirectory, sink, OutputOwnership.strict());
  }

  /**
   * Cleans as {@link #clean(CorpusConfig, RunOptions, Path, RunSink)} does, taking over output folders
   * as {@code ownership} says.
   */
  public static RunSummary clean(CorpusConfig config, RunOptions options, Path outputDirectory, RunSink sink,
      OutputOwnership ownership) throws IOException {
    return clean(config, options, outputDirectory, sink, CorpusBuild.files(config.select()), null,
        ownership);
  }

  /**
   * Cleans {@code files}, the corpus of {@code config} as its scanner lists it; {@code outputTree}, if
   * not null, takes {@link Fingerprints#tree} of the output as the run leaves it, read by the walk that
   * removes stale files rather than by a walk of its own.
   */
  static RunSummary clean(CorpusConfig config, RunOptions options, Path outputDirectory, RunSink sink,
      List<SourceFile> files, Consumer<byte[]> outputTree, OutputOwnership ownership) throws IOException {
    Path source = realPath(config.sourceDirectory());
    Path target = realPath(outputDirectory);
    if (target.startsWith(source) || source.startsWith(target)) {
      throw new OverlappingDirectoriesException(source, target);
    }
    return new CorpusRun(config, options, RunKind.CLEAN, outputDirectory, outputTree, ownership).run(sink, files);
  }

  private RunSummary run(RunSink sink, List<SourceFile> files) throws IOException {
    // Before anything is written: the output's ownership, and every path this run may write there.
    OutputRecord record = kind.cleans() ? OutputRecord.claim(output, ownership, requireDistinctOutputs(files)) : null;
    // Read once per run, before any worker starts; only when the contamination rule has work.
    ContaminationIndex against = Validator.contaminationIndex(config.validation()).orElse(null);
    Validator validator = new Validator(config.validation(), config.cleaning().language(), against);
    List<String> steps = kind.cleans() ? config.cleaning().enabledSteps() : List.of();
    ExecutorService pool = Workers.pool("corpus-worker", options.threads());
    try {
      Context run = new Context(files, validator, pool, sink, steps, record);
      CacheKeys keys = CacheKeys.of(config, options.toolVersion());
      if (!kind.cleans()) {
        DocumentProcessor processor = DocumentProcessor.validating(validator, config.validation().charset());
        try (DocumentCache.Reader cache = openCache(keys.validation(), null)) {
          return process(run, new Pass(cache, keys.validation(), cache.cleaningKey(), processor, processor));
        }
      }
      if (!steps.contains(CorpusRepeatedStep.ID)) {
        DocumentProcessor processor = cleaning(validator, RepeatedLines.none());
        try (DocumentCache.Reader cache = openCache(keys.validation(), keys.cleaning())) {
          return process(run, new Pass(cache, keys.validation(), keys.cleaning(), processor, processor));
        }
      }
      return validateThenClean(run, keys);
    } finally {
      Workers.stop(pool);
    }
  }

  /**
   * What every pass of a run shares.
   *
   * @param files the corpus as its scanner lists it, in file order
   * @param validator the per-file and corpus-level rules
   * @param pool the worker threads
   * @param sink where findings, manifest rows and audits go, in file order
   * @param steps the cleaning steps that run, in order (empty when the run does not clean)
   * @param record the output's record of a cleaning run, null for a validating one
   */
  private record Context(List<SourceFile> files, Validator validator, ExecutorService pool, RunSink sink,
      List<String> steps, OutputRecord record) {}

  /**
   * One pass over the corpus that commits its results.
   *
   * @param cache the earlier states of the files
   * @param validationKey the key the next cache is written under for per-file findings
   * @param cleaningKey the key the next cache is written under for cleaned forms
   * @param processor the work on each file
   * @param reuse the processor whose count of files taken from the cache of the previous build is reported
   */
  private record Pass(DocumentCache.Reader cache, String validationKey, String cleaningKey,
      DocumentProcessor processor, DocumentProcessor reuse) {}

  /**
   * A cleaning run with the {@code corpus-repeated} step, in two passes: the first validates every file
   * (or takes it from the cache) and mines the repeated lines from the line keys each state carries,
   * keeping the states in a scratch file (a document that a rule whose action is drop reported counts
   * for no line: it leaves the corpus); the second cleans, taking each file's validation from that
   * file. A file validated in this build is thus read once more, to clean it, and never validated twice.
   */
  private RunSummary validateThenClean(Context run, CacheKeys keys) throws IOException {
    DocumentProcessor validating = DocumentProcessor.validating(run.validator(), config.validation().charset(), false);
    RepeatedLines.Miner miner = RepeatedLines.miner();
    // A document a rule drops leaves the corpus: its lines must not make a kept document's repeated.
    Set<String> dropping = run.validator().dropping();
    Path scratch = options.cacheFile() != null ? options.cacheFile()
        : Path.of(System.getProperty("java.io.tmpdir"), SCRATCH);
    if (options.cacheFile() == null) {
      sweepScratch(scratch.getParent());
    }
    try (DocumentCache.Reader cache = openCache(keys.validation(), null);
        DocumentCache.Writer validated = new DocumentCache.Writer(scratch, startedAt, keys.validation(), cache.cleaningKey())) {
      inOrder(run.files(), run.pool(), withCached(validating, cache), (file, state) -> {
        if (state.cleanable() && !DocumentProcessor.reportedBy(state, dropping)) {
          miner.addKeys(state.lineKeys());
        }
        validated.write(state);
      });
      RepeatedLines repeated = miner.build();
      run.sink().repeatedLines(repeated);
      try (DocumentCache.Reader states = validated.reopen(keys.validation(), keys.cleaning())) {
        return process(run, new Pass(states, keys.validation(), keys.cleaning(),
            cleaning(run.validator(), repeated), validating));
      }
    }
  }

  private DocumentProcessor cleaning(Validator validator, RepeatedLines repeated) {
    return new DocumentProcessor(validator, config.cleaning(), repeated, config.validation().charset(), output,
        config.auditDetail());
  }

  /**
   * Processes every file with the pass's processor, taking earlier states from its cache, commits the
   * results in file order and writes the next cache under the pass's keys.
   */
  private RunSummary process(Context run, Pass pass) throws IOException {
    List<SourceFile> files = run.files();
    Optional<NearDuplicateConfig> nearConfig = run.validator().nearDuplicates();
    boolean keepRepresentatives = kind.cleans()
        && config.cleaning().nearDuplicates() == NearDuplicateHandling.KEEP_REPRESENTATIVE;
    try (NearDuplicateStage near = nearConfig.isEmpty() ? null : NearDuplicateStage.open(nearConfig.get(), scratchFolder());
        Commit commit = new Commit(run.validator(), new DuplicateIndex(), run.sink(), kind, files.size(), options,
            near, keepRepresentatives);
        DocumentCache.Writer next = options.cacheFile() == null ? null
        : new DocumentCache.Writer(options.cacheFile(), startedAt, pass.validationKey(), pass.cleaningKey())) {
      DocumentProcessor processor = pass.processor();
      inOrder(files, run.pool(), withCached(processor, pass.cache()), (file, state) -> commit.add(file, state, next));
      // Candidates are confirmed on the texts they were signed from: the sources, parsed again.
      commit.nearDuplicates(files, id -> processor.text(source(id)), id -> processor.text(source(id)));
      commit.sendDropped();
      if (run.record() != null) {
        OutputRecord.Tidied tidied = run.record().finish(commit.written(), plannedPaths(files));
        // The copies left out were written by this run: their removal is no earlier run's leftover.
        run.sink().outputTidied(Math.max(0, tidied.removed() - commit.leftOut()),
            tidied.unrecorded(), tidied.examples());
        if (outputTree != null) {
          outputTree.accept(tidied.tree());
        }
      }
      if (next != null) {
        next.finish();
      }
      return commit.summary(pass.reuse().reused(), processor.cleanedNow(), processor.signed(), run.steps());
    }
  }

  /** The source file {@code relativePath} of this run's corpus. */
  private SourceFile source(String relativePath) {
    return new SourceFile(config.sourceDirectory(), relativePath);
  }

  /**
   * Where the near-duplicate stage keeps its scratch files: beside the cache file, in the build's
   * cache folder, or in the temporary folder without a cache.
   */
  private Path scratchFolder() {
    return options.cacheFile() != null ? options.cacheFile().toAbsolutePath().getParent()
        : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** Computes every file's result on the pool and hands them to {@code commit} in file order. */
  private void inOrder(List<SourceFile> files, ExecutorService pool, Task task, Sink commit) throws IOException {
    ArrayDeque<Future<DocumentState>> window = new ArrayDeque<>();
    ArrayDeque<SourceFile> inFlight = new ArrayDeque<>();
    int limit = options.threads() * WINDOW_PER_THREAD;
    for (SourceFile file : files) {
      Callable<DocumentState> work = task.prepare(file);
      window.add(pool.submit(work));
      inFlight.add(file);
      if (window.size() >= limit) {
        commit.accept(inFlight.remove(), Workers.await(window.remove()));
      }
    }
    while (!window.isEmpty()) {
      commit.accept(inFlight.remove(), Workers.await(window.remove()));
    }
  }

  /**
   * {@code processor}'s work on a file, given its state in {@code cache}, looked up in file order and
   * decoded by the worker.
   */
  private static Task withCached(DocumentProcessor processor, DocumentCache.Reader cache) {
    return file -> {
      DocumentCache.Entry cached = cache.find(file.relativePath());
      long cachedAt = cache.startedAt();
      return () -> processor.process(file, cached == null ? null : cached.state(), cachedAt);
    };
  }

  /** The work of one file, prepared in file order (cache lookups must come in that order). */
  private interface Task {
    Callable<DocumentState> prepare(SourceFile file) throws IOException;
  }

  /** Takes one file's result, in file order. */
  private interface Sink {
    void accept(SourceFile file, DocumentState state) throws IOException;
  }

  /**
   * The cache of the previous run under {@code validationKey}; {@code cleaningKey} is null for a run
   * that does not clean, which keeps the cleaned forms for a later cleaning run to judge.
   */
  private DocumentCache.Reader openCache(String validationKey, String cleaningKey) throws IOException {
    return options.cacheFile() == null ? DocumentCache.Reader.empty()
        : DocumentCache.Reader.open(options.cacheFile(), validationKey, cleaningKey);
  }

  /**
   * Fails before anything is written when two sources would clean to the same file; else every path
   * the run may write, in file order.
   */
  private static Set<String> requireDistinctOutputs(List<SourceFile> files) {
    Map<String, String> sourceByPath = new LinkedHashMap<>();
    for (SourceFile file : files) {
      String path = DocumentProcessor.outputPath(file);
      String earlier = sourceByPath.putIfAbsent(path, file.relativePath());
      if (earlier != null) {
        throw new DuplicateDocumentIdException(path, earlier, file.relativePath());
      }
    }
    return sourceByPath.keySet();
  }

  /**
   * The real path of {@code dir}, following symbolic links, so that a link cannot hide an overlap;
   * for a directory that does not exist yet, the real path of its nearest existing ancestor.
   */
  static Path realPath(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
  }

  /** The output path of every file, in file order, computed as iterated. */
  private static Iterable<String> plannedPaths(List<SourceFile> files) {
    return () -> files.stream().map(DocumentProcessor::outputPath).iterator();
  }

  /**
   * Deletes the scratch files that killed runs without a cache left in {@code dir} (the shared
   * temporary folder, so only files of that name).
   */
  private static void sweepScratch(Path dir) throws IOException {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, "." + SCRATCH + ".*.tmp")) {
      for (Path leftover : leftovers) {
        if (AtomicFiles.isDeadWritersFile(leftover.getFileName().toString())) {
          Files.deleteIfExists(leftover);
        }
      }
    }
  }
}
