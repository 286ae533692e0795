package dev.corpuskit.clean;

import dev.corpuskit.clean.steps.BoilerplateStep;
import dev.corpuskit.clean.steps.CollapseBlankLinesStep;
import dev.corpuskit.clean.steps.CollapseSpacesStep;
import dev.corpuskit.clean.steps.ControlCharactersStep;
import dev.corpuskit.clean.steps.FinalNewlineStep;
import dev.corpuskit.clean.steps.HtmlEntitiesStep;
import dev.corpuskit.clean.steps.LineEndingsStep;
import dev.corpuskit.clean.steps.NfcStep;
import dev.corpuskit.clean.steps.OddSpacesStep;
import dev.corpuskit.clean.steps.OrphanPunctuationStep;
import dev.corpuskit.clean.steps.RepeatedParagraphsStep;
import dev.corpuskit.clean.steps.StripBomStep;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every cleaning step, in the fixed order in which they run. The one place a step is registered.
 *
 * <p>The order matters: entities are decoded before line endings, control characters and spaces are
 * normalised (an entity can produce any of them); boilerplate and repeated paragraphs are removed
 * before punctuation and spacing are repaired; the final newline comes last.
 */
public final class StepCatalog {

  private static final Map<String, StepDefinition> STEPS = new LinkedHashMap<>();

  static {
    add(StripBomStep.ID, "Remove a byte-order mark left at the start of the text.", StripBomStep::new);
    add(HtmlEntitiesStep.ID, "Decode stray HTML entities such as &amp; or &#8217;.", HtmlEntitiesStep::new);
    add(LineEndingsStep.ID, "End every line with LF.", LineEndingsStep::new);
    add(ControlCharactersStep.ID, "Remove control characters other than tab.", ControlCharactersStep::new);
    add(NfcStep.ID, "Normalise to Unicode NFC.", NfcStep::new);
    add(OddSpacesStep.ID, "Turn no-break and other odd spaces into a plain space; drop zero-width spaces.",
        OddSpacesStep::new);
    add(BoilerplateStep.ID, "Remove web boilerplate; a marker of trailing boilerplate cuts the tail.",
        BoilerplateStep::new);
    add(RepeatedParagraphsStep.ID, "Drop a paragraph or line that repeats an earlier one.",
        RepeatedParagraphsStep::new);
    add(OrphanPunctuationStep.ID, "Repair punctuation orphaned by stripped links (', ,' and a leading ',').",
        OrphanPunctuationStep::new);
    add(CollapseSpacesStep.ID, "Collapse runs of spaces and tabs; trim line ends.", CollapseSpacesStep::new);
    add(CollapseBlankLinesStep.ID, "Keep at most one blank line between paragraphs, none at the ends.",
        CollapseBlankLinesStep::new);
    add(FinalNewlineStep.ID, "End the text with exactly one newline.", FinalNewlineStep::new);
  }

  private StepCatalog() {}

  private static void add(String id, String description, Supplier<? extends CleaningStep> factory) {
    STEPS.put(id, new StepDefinition(id, description, factory));
  }

  /** Every step definition, in run order. */
  public static Iterable<StepDefinition> all() {
    return STEPS.values();
  }

  /** The definition of {@code id}, if there is such a step. */
  public static Optional<StepDefinition> find(String id) {
    return Optional.ofNullable(STEPS.get(id));
  }

  /** Every step id, in run order. */
  public static Set<String> ids() {
    return Collections.unmodifiableSet(STEPS.keySet());
  }

  /**
   * A cleaning step's id, description and factory.
   *
   * @param id the stable step id
   * @param description one sentence for documentation
   * @param factory creates the step
   */
  public record StepDefinition(String id, String description, Supplier<? extends CleaningStep> factory) {}
}
