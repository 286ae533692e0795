package dev.corpuskit.clean;

import dev.corpuskit.clean.steps.AuthorBioStep;
import dev.corpuskit.clean.steps.BoilerplateStep;
import dev.corpuskit.clean.steps.C4LinesStep;
import dev.corpuskit.clean.steps.CollapseBlankLinesStep;
import dev.corpuskit.clean.steps.CollapseSpacesStep;
import dev.corpuskit.clean.steps.CommentThreadStep;
import dev.corpuskit.clean.steps.ControlCharactersStep;
import dev.corpuskit.clean.steps.CorpusRepeatedStep;
import dev.corpuskit.clean.steps.FinalNewlineStep;
import dev.corpuskit.clean.steps.HtmlEntitiesStep;
import dev.corpuskit.clean.steps.LineEndingsStep;
import dev.corpuskit.clean.steps.LowDensityStep;
import dev.corpuskit.clean.steps.NextArticleStep;
import dev.corpuskit.clean.steps.NfcStep;
import dev.corpuskit.clean.steps.OddSpacesStep;
import dev.corpuskit.clean.steps.OrphanPunctuationStep;
import dev.corpuskit.clean.steps.PersonalDataStep;
import dev.corpuskit.clean.steps.PhotoCreditStep;
import dev.corpuskit.clean.steps.PolicyTextStep;
import dev.corpuskit.clean.steps.RepeatedParagraphsStep;
import dev.corpuskit.clean.steps.StripBomStep;
import dev.corpuskit.density.DensityClassifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every cleaning step, in the fixed order in which they run. The one place a step is registered.
 *
 * <p>The order matters for idempotence. Characters are cleaned (BOM, line endings, odd spaces before
 * control characters, so a form feed still separates words; then NFC) before entities are decoded,
 * because deleting a character can join {@code &} and {@code amp;} into a new entity; the entity step
 * cleans what it decodes itself. Punctuation and spaces are repaired before boilerplate and repeated
 * lines are matched, so that a repair cannot turn a kept line into one that a second run would remove.
 * The next stories of a page go before boilerplate is matched, so that a tail marker weighs the
 * article's prose against what follows it within the article's story alone.
 * Repeated lines go before the density classifier judges paragraphs by their neighbours, so that the
 * context it sees is final; policy text, author bios, photo captions and comment threads go before it too. Blank lines and the final
 * newline come last.
 *
 * <p>Opt-in steps run only when enabled. {@code pii} runs right after the character steps, so that every
 * later step sees (and audits) the placeholders, and no later repair can form an address it would then
 * miss. {@code c4} runs after the other line removals and before the density classifier, whose context
 * it changes.
 */
public final class StepCatalog {

  private static final Map<String, StepDefinition> STEPS = new LinkedHashMap<>();

  static {
    add(StripBomStep.ID, "Remove byte-order marks.", c -> new StripBomStep());
    add(LineEndingsStep.ID, "End every line with LF.", c -> new LineEndingsStep());
    add(OddSpacesStep.ID, "Turn no-break and other odd spaces into a plain space; drop zero-width spaces.",
        c -> new OddSpacesStep());
    add(ControlCharactersStep.ID, "Remove control characters other than tab.", c -> new ControlCharactersStep());
    add(NfcStep.ID, "Normalise to Unicode NFC.", c -> new NfcStep());
    add(HtmlEntitiesStep.ID, "Decode stray HTML entities such as &amp; or &#8217;.", c -> new HtmlEntitiesStep());
    add(OrphanPunctuationStep.ID, "Repair commas orphaned by stripped links (', ,' and a leading ',').",
        c -> new OrphanPunctuationStep());
    add(CollapseSpacesStep.ID, "Collapse runs of spaces and tabs; trim line ends.", c -> new CollapseSpacesStep());
    addOptIn(PersonalDataStep.ID, "Replace e-mail addresses, public IP addresses and phone numbers with fixed"
        + " placeholders (opt-in).", c -> new PersonalDataStep());
    add(NextArticleStep.ID, "Cut the next stories of a page that holds several, from a later story's stamp on.",
        c -> new NextArticleStep(c.language()));
    add(CommentThreadStep.ID, "Cut a comment thread after the article: forum quotes (\"handle said:\"), blog comment"
        + " headers and reply links, or a comment heading naming the post, from the thread's start on.",
        c -> new CommentThreadStep(c.language()));
    add(BoilerplateStep.ID, "Remove web boilerplate; a marker of trailing boilerplate cuts the tail.",
        c -> new BoilerplateStep(c.language(), c.lexicon()));
    add(CorpusRepeatedStep.ID, "Remove lines repeated across many documents of the corpus.",
        c -> new CorpusRepeatedStep(c.repeatedLines()));
    add(RepeatedParagraphsStep.ID, "Drop a line that repeats an earlier one.", c -> new RepeatedParagraphsStep());
    add(PolicyTextStep.ID, "Remove paragraphs of policy text: cookie and privacy notices, disclosures, appeals.",
        c -> new PolicyTextStep(c.language()));
    add(AuthorBioStep.ID, "Remove notes on the writer of any length, led by a name and a role, dense in career words.",
        c -> new AuthorBioStep(c.language()));
    add(PhotoCreditStep.ID, "Remove photo captions: lines that end in a credit of names parted by slashes.",
        c -> new PhotoCreditStep(c.language()));
    addOptIn(C4LinesStep.ID, "C4's line rules (opt-in): keep only lines ending in terminal punctuation with"
        + " enough words, without \"javascript\", policy phrases or over-long words; remove citation marks.",
        c -> new C4LinesStep(c.stepParameters()));
    add(LowDensityStep.ID, "Remove short, stop-word-poor paragraphs unless article text surrounds them.",
        c -> new LowDensityStep(c.language(), DensityClassifier.withDefaults()));
    add(CollapseBlankLinesStep.ID, "Keep at most one blank line between paragraphs, none at the ends.",
        c -> new CollapseBlankLinesStep());
    add(FinalNewlineStep.ID, "End the text with exactly one newline.", c -> new FinalNewlineStep());
  }

  private StepCatalog() {}

  private static void add(String id, String description, Function<StepContext, ? extends CleaningStep> factory) {
    STEPS.put(id, new StepDefinition(id, description, factory, false));
  }

  /** Registers a step that runs only when the configuration enables it ({@link CleanerConfig#enabledOptInSteps}). */
  private static void addOptIn(String id, String description, Function<StepContext, ? extends CleaningStep> factory) {
    STEPS.put(id, new StepDefinition(id, description, factory, true));
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
   * @param optIn whether the step is off unless the configuration enables it: a step that changes what
   *     a corpus holds by a published recipe rather than repairs it ({@code c4}, {@code pii})
   */
  public record StepDefinition(String id, String description, Function<StepContext, ? extends CleaningStep> factory,
      boolean optIn) {

    /** A step that runs unless switched off. */
    public StepDefinition(String id, String description, Function<StepContext, ? extends CleaningStep> factory) {
      this(id, description, factory, false);
    }
  }
}
