package dev.corpuskit.clean;

import dev.corpuskit.audit.Change;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive {@link LineStep}s run line by line in one pass over the document, with the same lines
 * and the same audit, in the same order, as running them one after another: each step's changes are
 * kept apart and recorded step by step. A line of printable ASCII skips the steps that keep such lines,
 * when the run has two or more of them.
 */
final class LineStepRun implements CleaningStep {

  private final LineStep[] steps;
  private final boolean[] skipsPrintableAscii;
  private final boolean skipsAny;

  LineStepRun(List<LineStep> steps) {
    this.steps = steps.toArray(LineStep[]::new);
    this.skipsPrintableAscii = new boolean[this.steps.length];
    int skippable = 0;
    for (int k = 0; k < this.steps.length; k++) {
      skipsPrintableAscii[k] = this.steps[k].keepsPrintableAscii();
      skippable += skipsPrintableAscii[k] ? 1 : 0;
    }
    if (skippable < 2) {
      // Telling a line of printable ASCII costs a scan of it: worth it only if it spares two steps.
      Arrays.fill(skipsPrintableAscii, false);
    }
    this.skipsAny = skippable >= 2;
  }

  @Override
  public String id() {
    return steps[0].id();
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    List<List<Change>> changes = new ArrayList<>(steps.length);
    for (int k = 0; k < steps.length; k++) {
      changes.add(new ArrayList<>());
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      String text = line.text();
      boolean printableAscii = skipsAny && isPrintableAscii(text);
      for (int k = 0; k < steps.length; k++) {
        if (printableAscii && skipsPrintableAscii[k]) {
          continue;
        }
        String cleaned;
        try {
          cleaned = steps[k].clean(text);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
          // The run fuses several steps: name the one that failed.
          throw new StepFailedException(steps[k].id(), e);
        }
        if (!cleaned.equals(text)) {
          changes.get(k).add(new Change(steps[k].id(), line.number(), text, cleaned));
          text = cleaned;
          printableAscii = skipsAny && isPrintableAscii(text);
        }
      }
      out.add(text == line.text() ? line : line.withText(text));
    }
    for (List<Change> stepChanges : changes) {
      stepChanges.forEach(audit::add);
    }
    return out;
  }

  private static boolean isPrintableAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }
}
