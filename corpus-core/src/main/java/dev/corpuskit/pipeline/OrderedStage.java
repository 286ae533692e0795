package dev.corpuskit.pipeline;

import dev.corpuskit.pipeline.state.DocumentState;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DuplicateIndex;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Validator;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The ordered stage of a cleaning run whose documents were processed elsewhere ({@link DocumentWork})
 * and whose corpus-level findings were computed elsewhere too: takes each document's state in sorted
 * file order and passes findings, manifest rows and audits to a sink as a run of {@link CorpusRun#clean}
 * does, so that {@link ReportFiles} writes the same reports. Keeps the run's totals only, never a
 * list of documents.
 */
public final class OrderedStage implements Closeable {

  private final Commit commit;
  private final List<String> steps;

  /**
   * The stage of a cleaning run of {@code config} over {@code total} documents, sending to {@code sink}.
   *
   * @throws dev.corpuskit.format.InvalidConfigurationException when the configuration needs a
   *     corpus-level rule this stage does not run ({@link DocumentWork#requirePlaceable})
   */
  public OrderedStage(CorpusConfig config, RunSink sink, int total) throws IOException {
    DocumentWork.requirePlaceable(config);
    Validator validator = new Validator(config.validation(), config.cleaning().language());
    this.commit = new Commit(validator, new DuplicateIndex(), sink, RunKind.CLEAN, total, RunOptions.defaults());
    this.steps = config.cleaning().enabledSteps();
  }

  /** Adds {@code file}, in sorted file order, with its state and its corpus-level findings. */
  public void add(SourceFile file, DocumentState state, List<Finding> corpusFindings) throws IOException {
    commit.add(file, state, null, List.copyOf(corpusFindings));
  }

  /** Sends the dropped documents and gives the run's totals, {@code cleaned} documents cleaned. */
  public RunSummary finish(int cleaned) throws IOException {
    commit.sendDropped();
    return commit.summary(0, cleaned, 0, steps);
  }

  @Override
  public void close() throws IOException {
    commit.close();
  }
}
