package dev.corpuskit.pipeline;

import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.clean.steps.CorpusRepeatedStep;
import dev.corpuskit.contamination.ContaminationIndex;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.pipeline.state.DocumentState;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Validator;
import dev.corpuskit.validate.rules.NearDuplicateRule;
import dev.corpuskit.validate.rules.PortableNameRule;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The per-document work of a run of {@link CorpusRun}, for an engine that places the documents on its
 * own machines and runs the corpus-level stages itself (the Spark job of {@code corpus-spark}): each
 * document is validated, and cleaned, by the very code a run of {@link CorpusRun#clean} uses, and the
 * results are the states that run's ordered stage takes ({@link OrderedStage}).
 *
 * <p>A cleaning run with the {@code corpus-repeated} step passes twice, as {@link CorpusRun} does:
 * a work made with {@link #validating} gives each document's line keys ({@link #minesLines} says which
 * documents count), the engine counts them ({@link RepeatedLines#exact}), and a work made with
 * {@link #cleaning} and those counts cleans. Without that step one cleaning pass does it all.
 *
 * <p>The cleaned text is written to a scratch folder of this work, read back and deleted: the same
 * code writes it as a run of {@link CorpusRun#clean} does. Not thread-safe across closes; one work per
 * thread or task.
 */
public final class DocumentWork implements Closeable {

  private final CorpusConfig config;
  private final Validator validator;
  private final DocumentProcessor processor;
  /** The cleaned files' scratch folder; null for a validating work. */
  private final Path scratch;

  /**
   * The validated and cleaned form of one document.
   *
   * @param state its state, as the ordered stage of a run takes it
   * @param cleaned its cleaned text as UTF-8, or null when it was not cleaned
   */
  public record Result(DocumentState state, byte[] cleaned) {}

  private DocumentWork(CorpusConfig config, RepeatedLines repeated, boolean cleans) throws IOException {
    this.config = config;
    ContaminationIndex against = Validator.contaminationIndex(config.validation()).orElse(null);
    this.validator = new Validator(config.validation(), config.cleaning().language(), against);
    if (cleans) {
      this.scratch = Files.createTempDirectory("corpuskit-work");
      this.processor = new DocumentProcessor(validator, config.cleaning(), repeated, config.validation().charset(),
          scratch, config.auditDetail());
    } else {
      this.scratch = null;
      this.processor = DocumentProcessor.validating(validator, config.validation().charset(), false);
    }
  }

  /** A work that only validates: the first pass of a cleaning run with the {@code corpus-repeated} step. */
  public static DocumentWork validating(CorpusConfig config) throws IOException {
    return new DocumentWork(config, RepeatedLines.none(), false);
  }

  /**
   * A work that validates and cleans, judging repeated lines by {@code repeated}
   * ({@link RepeatedLines#none} when the {@code corpus-repeated} step is off).
   */
  public static DocumentWork cleaning(CorpusConfig config, RepeatedLines repeated) throws IOException {
    return new DocumentWork(config, repeated, true);
  }

  /** Whether a cleaning run of {@code config} passes twice: its {@code corpus-repeated} step is on. */
  public static boolean minesRepeatedLines(CorpusConfig config) {
    return config.cleaning().enabledSteps().contains(CorpusRepeatedStep.ID);
  }

  /**
   * Refuses a configuration whose corpus-level rules an engine placing documents itself does not run
   * yet: {@code near-duplicate} and {@code portable-name}, which a run judges over the whole corpus.
   *
   * @throws InvalidConfigurationException naming the rule and the fix
   */
  public static void requirePlaceable(CorpusConfig config) {
    Validator validator = new Validator(config.validation(), config.cleaning().language());
    if (validator.nearDuplicates().isPresent()) {
      throw new InvalidConfigurationException("rules." + NearDuplicateRule.ID, "The rule '" + NearDuplicateRule.ID
          + "' is not run on a cluster yet: set its severity to off for this run, or run it with the Maven"
          + " plugin or the command line");
    }
    if (validator.checksPortableNames()) {
      throw new InvalidConfigurationException("rules." + PortableNameRule.ID, "The rule '" + PortableNameRule.ID
          + "' is not run on a cluster yet: set its severity to off for this run, or run it with the Maven"
          + " plugin or the command line");
    }
  }

  /**
   * The documents of the corpus files below {@code root}, selected by the configuration's includes and
   * excludes as a run selects them, in file order: a file of its own, or each member of an archive.
   */
  public List<SourceFile> documents(Path root) throws IOException {
    return CorpusBuild.files(config.scanner().select(root));
  }

  /** Validates, and for a cleaning work cleans, {@code file}. */
  public Result process(SourceFile file) throws IOException {
    return result(processor.process(file, null, 0));
  }

  /**
   * Cleans {@code file} from {@code validated}, its state from a work made with {@link #validating}
   * (decoded from {@link dev.corpuskit.pipeline.state.DocumentCache} as an engine ships it), without
   * validating it again: the second pass of a {@code corpus-repeated} run, as a run of
   * {@link CorpusRun#clean} reuses its first pass's states. The result equals {@link #process} on a
   * cleaning work; a state that cannot be reused (an {@code internal-error}) is validated again.
   *
   * @throws IllegalStateException when this work only validates
   */
  public Result clean(SourceFile file, DocumentState validated) throws IOException {
    if (scratch == null) {
      throw new IllegalStateException("A validating work does not clean: make it with DocumentWork.cleaning");
    }
    return result(processor.cleanValidated(file, validated));
  }

  private Result result(DocumentState state) throws IOException {
    if (scratch == null || state.cleaned() == null) {
      return new Result(state, null);
    }
    Path written = scratch.resolve(state.cleaned().path());
    byte[] cleaned = Files.readAllBytes(written);
    Files.delete(written);
    return new Result(state, cleaned);
  }

  /**
   * Whether the line keys of {@code state} count in the {@code corpus-repeated} pre-pass: it can be
   * cleaned and no rule whose action is drop reported it (it leaves the corpus).
   */
  public boolean minesLines(DocumentState state) {
    return state.cleanable() && !DocumentProcessor.reportedBy(state, validator.dropping());
  }

  /**
   * Whether {@code state} stays in the corpus as the first copy of its text: no rule whose action is
   * drop reported it (see {@link Validator#corpusFindings}).
   */
  public boolean stays(DocumentState state) {
    return !DocumentProcessor.reportedBy(state, validator.dropping());
  }

  /**
   * The corpus-level findings of {@code state}, given the first file that stays in the corpus with its
   * fingerprint ({@code first}, null when none comes before it) and that file's source SHA-256.
   */
  public List<Finding> corpusFindings(DocumentState state, String first, byte[] firstSourceSha256) {
    if (first == null) {
      return List.of();
    }
    Optional<Finding> finding = validator.duplicateFinding(state.relativePath(), state.fingerprint(),
        state.sourceSha256(), first, firstSourceSha256);
    return finding.map(List::of).orElse(List.of());
  }

  /**
   * Whether a cleaning run keeps {@code state} in the corpus, its corpus-level findings being
   * {@code corpusFindings}: it was cleaned, no rule whose action is drop reported it, and no
   * corpus-level finding is an error (as {@link OrderedStage} decides).
   */
  public boolean kept(DocumentState state, List<Finding> corpusFindings) {
    if (state.cleaned() == null) {
      return false;
    }
    java.util.Set<String> dropping = validator.dropping();
    for (Finding finding : state.findings()) {
      if (dropping.contains(finding.ruleId())) {
        return false;
      }
    }
    for (Finding finding : corpusFindings) {
      if (dropping.contains(finding.ruleId()) || finding.severity() == dev.corpuskit.validate.Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** Deletes the scratch folder. */
  @Override
  public void close() throws IOException {
    if (scratch == null) {
      return;
    }
    List<Path> left = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(scratch)) {
      walk.forEach(left::add);
    }
    left.sort(Comparator.reverseOrder());
    for (Path path : left) {
      Files.deleteIfExists(path);
    }
  }
}
