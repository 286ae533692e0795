package dev.corpuskit.clean;

import dev.corpuskit.audit.Change;
import dev.corpuskit.clean.steps.LowDensityStep;
import dev.corpuskit.clean.steps.PersonalDataStep;
import dev.corpuskit.lang.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cleans document text by running the enabled steps of the {@link StepCatalog} in order.
 * Cleaning is idempotent: cleaning a cleaned text changes nothing.
 */
public final class Cleaner {

  /**
   * Steps that an HTML page's main text skips: {@code low-density} judges plain-text paragraphs by
   * density, which the HTML extractor has already done block by block, with link density and the
   * page's structure to go by.
   */
  private static final Set<String> DONE_BY_HTML_EXTRACTION = Set.of(LowDensityStep.ID);

  private final List<CleaningStep> steps = new ArrayList<>();

  /** Whether the {@code pii} step runs, so that every audited text is redacted. */
  private final boolean redactsAudit;

  /** The steps as they run: consecutive line steps fused into one pass. */
  private final List<CleaningStep> runs = new ArrayList<>();

  public Cleaner(CleanerConfig config) {
    this(config, RepeatedLines.none());
  }

  /** A cleaner that also removes the lines {@code repeatedLines} found repeated across the corpus. */
  public Cleaner(CleanerConfig config, RepeatedLines repeatedLines) {
    this(config, repeatedLines, List.of());
  }

  /** A cleaner that runs {@code extraSteps} after the configured ones: the seam through which tests make a step fail. */
  Cleaner(CleanerConfig config, RepeatedLines repeatedLines, List<CleaningStep> extraSteps) {
    StepContext context = new StepContext(Language.of(config.language()), repeatedLines, config.lexicon(),
        config.stepParameters());
    for (String id : config.enabledSteps()) {
      steps.add(StepCatalog.find(id).orElseThrow().factory().apply(context));
    }
    steps.addAll(extraSteps);
    redactsAudit = steps.stream().anyMatch(step -> step instanceof PersonalDataStep);
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

  /**
   * Cleans {@code text}.
   *
   * @throws StepFailedException when a step fails unexpectedly, naming it
   */
  public Cleaned clean(String text) {
    return clean(text, false);
  }

  /**
   * Cleans the main text of an HTML page ({@code dev.corpuskit.parse.MainText}): every step but those
   * the extractor has done already (the density step).
   */
  public Cleaned cleanMainText(String text) {
    return clean(text, true);
  }

  private Cleaned clean(String text, boolean mainText) {
    Audit audit = new Audit();
    List<Line> lines = Line.split(text);
    for (CleaningStep run : runs) {
      if (!mainText || !DONE_BY_HTML_EXTRACTION.contains(run.id())) {
        try {
          lines = run.apply(lines, audit);
        } catch (StepFailedException e) {
          throw e;
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
          throw new StepFailedException(run.id(), e);
        }
      }
    }
    List<Change> changes = audit.changesByLine();
    if (redactsAudit) {
      // No step's audited text may show what the pii step removes, a step before it included.
      List<Change> redacted = new ArrayList<>(changes.size());
      for (Change change : changes) {
        redacted.add(new Change(change.step(), change.line(), PersonalDataStep.redact(change.before()),
            PersonalDataStep.redact(change.after()), change.charsRemoved()));
      }
      changes = List.copyOf(redacted);
    }
    return new Cleaned(Line.join(lines), changes, audit.corpusLines());
  }

  /** The ids of the steps that run, in order. */
  public List<String> stepIds() {
    return steps.stream().map(CleaningStep::id).toList();
  }
}
