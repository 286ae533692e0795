package dev.corpuskit.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans document text by running the enabled steps of the {@link StepCatalog} in order.
 * Cleaning is idempotent: cleaning a cleaned text changes nothing.
 */
public final class Cleaner {

  private final List<CleaningStep> steps = new ArrayList<>();

  /** The steps as they run: consecutive line steps fused into one pass. */
  private final List<CleaningStep> runs = new ArrayList<>();

  public Cleaner(CleanerConfig config) {
    this(config, RepeatedLines.none());
  }

  /** A cleaner that also removes the lines {@code repeatedLines} found repeated across the corpus. */
  public Cleaner(CleanerConfig config, RepeatedLines repeatedLines) {
    StepContext context = new StepContext(Language.of(config.language()), repeatedLines);
    for (StepCatalog.StepDefinition definition : StepCatalog.all()) {
      if (!config.disabledSteps().contains(definition.id())) {
        steps.add(definition.factory().apply(context));
      }
    }
    List<LineStep> lineSteps = new ArrayList<>();
    for (CleaningStep step : steps) {
      if (step instanceof LineStep lineStep) {
        lineSteps.add(lineStep);
        continue;
      }
      addRun(lineSteps);
      runs.add(step);
    }
    addRun(lineSteps);
  }

  private void addRun(List<LineStep> lineSteps) {
    if (!lineSteps.isEmpty()) {
      runs.add(new LineStepRun(List.copyOf(lineSteps)));
      lineSteps.clear();
    }
  }

  /** A cleaner with every step on. */
  public static Cleaner withDefaults() {
    return new Cleaner(CleanerConfig.defaults());
  }

  /** Cleans {@code text}. */
  public Cleaned clean(String text) {
    Audit audit = new Audit();
    List<Line> lines = Line.split(text);
    for (CleaningStep run : runs) {
      lines = run.apply(lines, audit);
    }
    return new Cleaned(Line.join(lines), audit.changes());
  }

  /** The ids of the steps that run, in order. */
  public List<String> stepIds() {
    return steps.stream().map(CleaningStep::id).toList();
  }
}
