package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import java.util.List;

/** Runs one step on its own. */
final class StepTesting {

  private StepTesting() {}

  /** The text of {@code text} after {@code step} alone. */
  static String run(CleaningStep step, String text) {
    return Line.join(step.apply(Line.split(text), new Audit()));
  }

  /** The audit of {@code step} alone on {@code text}. */
  static List<dev.corpuskit.audit.Change> audit(CleaningStep step, String text) {
    Audit audit = new Audit();
    step.apply(Line.split(text), audit);
    return audit.changes();
  }
}
