package dev.corpuskit.clean;

import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UserLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How documents are cleaned: which steps are switched off, in which language the text is, and the
 * user's own boilerplate rules.
 *
 * @param disabledSteps ids of steps that do not run
 * @param language the code of the language whose data the steps use (see {@link Language}); a BCP 47
 *     tag given here becomes the code of its primary language ({@code de-DE} becomes {@code de})
 * @param lexicon the user's boilerplate rules, run after the language's; {@link UserLexicon#none()}
 * @param nearDuplicates whether the run keeps only one document of each near-duplicate cluster
 *     ({@link NearDuplicateHandling#REPORT} when null)
 * @param enabledOptInSteps ids of opt-in steps ({@link StepCatalog.StepDefinition#optIn}) that run;
 *     empty by default, so that a corpus cleans as before. A step both enabled and disabled does not run.
 * @param stepParameters the steps' parameters, each key {@code <step id>.<name>} (for example
 *     {@code c4.minWordsPerLine}); see {@link #STEP_PARAMETERS}
 */
public record CleanerConfig(Set<String> disabledSteps, String language, UserLexicon lexicon,
    NearDuplicateHandling nearDuplicates, Set<String> enabledOptInSteps, Map<String, String> stepParameters) {

  /** The step parameters there are. */
  public static final Set<String> STEP_PARAMETERS = Set.of("c4.minWordsPerLine", "c4.maxWordLength");

  /**
   * @throws InvalidConfigurationException for {@code disabledSteps} when an id names no step
   * @throws dev.corpuskit.lang.UnknownLanguageException (an {@link InvalidConfigurationException} for
   *     {@code language}) when there is no data for the language
   */
  public CleanerConfig {
    disabledSteps = Set.copyOf(new TreeSet<>(disabledSteps));
    for (String id : disabledSteps) {
      if (StepCatalog.find(id).isEmpty()) {
        throw new InvalidConfigurationException("disabledSteps",
            "no cleaning step '" + id + "'; known steps are " + String.join(", ", StepCatalog.ids()));
      }
    }
    enabledOptInSteps = Set.copyOf(new TreeSet<>(enabledOptInSteps == null ? Set.of() : enabledOptInSteps));
    for (String id : enabledOptInSteps) {
      if (StepCatalog.find(id).isEmpty()) {
        throw new InvalidConfigurationException("enabledSteps",
            "no cleaning step '" + id + "'; known steps are " + String.join(", ", StepCatalog.ids()));
      }
    }
    stepParameters = Map.copyOf(new TreeMap<>(stepParameters == null ? Map.of() : stepParameters));
    for (Map.Entry<String, String> parameter : stepParameters.entrySet()) {
      if (!STEP_PARAMETERS.contains(parameter.getKey())) {
        throw new InvalidConfigurationException("stepParameters", "no step parameter '" + parameter.getKey()
            + "'; known parameters are " + String.join(", ", new TreeSet<>(STEP_PARAMETERS)));
      }
      positiveInt(parameter.getKey(), parameter.getValue());
    }
    language = Language.codeOf(language);
    lexicon = lexicon == null ? UserLexicon.none() : lexicon;
    nearDuplicates = nearDuplicates == null ? NearDuplicateHandling.REPORT : nearDuplicates;
  }

  /** Text in {@code language} with {@code disabledSteps} off, the user's {@code lexicon}, no opt-in step. */
  public CleanerConfig(Set<String> disabledSteps, String language, UserLexicon lexicon,
      NearDuplicateHandling nearDuplicates) {
    this(disabledSteps, language, lexicon, nearDuplicates, Set.of(), Map.of());
  }

  /**
   * The value of step parameter {@code key}, a whole number of at least 1.
   *
   * @throws InvalidConfigurationException for {@code stepParameters} when it is not one
   */
  public static int positiveInt(String key, String value) {
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidConfigurationException("stepParameters",
        key + " must be a whole number of at least 1, was '" + value + "'");
  }

  /** This configuration with the opt-in steps {@code ids} on and the step parameters {@code parameters}. */
  public CleanerConfig withOptInSteps(Set<String> ids, Map<String, String> parameters) {
    return new CleanerConfig(disabledSteps, language, lexicon, nearDuplicates, ids, parameters);
  }

  /** Text in {@code language} with {@code disabledSteps} off and the user's {@code lexicon}; near-duplicates reported. */
  public CleanerConfig(Set<String> disabledSteps, String language, UserLexicon lexicon) {
    this(disabledSteps, language, lexicon, NearDuplicateHandling.REPORT);
  }

  /** Text in {@code language} with {@code disabledSteps} off, and no rules of the user's. */
  public CleanerConfig(Set<String> disabledSteps, String language) {
    this(disabledSteps, language, UserLexicon.none());
  }

  /** English text with {@code disabledSteps} off. */
  public CleanerConfig(Set<String> disabledSteps) {
    this(disabledSteps, Language.ENGLISH);
  }

  /** This configuration with the user's boilerplate rules {@code lexicon}. */
  public CleanerConfig withLexicon(UserLexicon lexicon) {
    return new CleanerConfig(disabledSteps, language, lexicon, nearDuplicates, enabledOptInSteps, stepParameters);
  }

  /**
   * This configuration for text in {@code language} (a code or BCP 47 tag): the data the steps use for
   * a document identified as being in it. Every other setting, the opt-in steps and their parameters
   * included, stays as it is.
   *
   * @throws dev.corpuskit.lang.UnknownLanguageException when there is no data for the language
   */
  public CleanerConfig withLanguage(String language) {
    return new CleanerConfig(disabledSteps, language, lexicon, nearDuplicates, enabledOptInSteps, stepParameters);
  }

  /** This configuration with near-duplicates handled as {@code handling}. */
  public CleanerConfig withNearDuplicates(NearDuplicateHandling handling) {
    return new CleanerConfig(disabledSteps, language, lexicon, handling, enabledOptInSteps, stepParameters);
  }

  /**
   * The ids of the steps that run, in the order they run: what {@link Cleaner#stepIds()} of a cleaner
   * made with this configuration gives, without making one.
   */
  public List<String> enabledSteps() {
    List<String> ids = new ArrayList<>();
    for (StepCatalog.StepDefinition step : StepCatalog.all()) {
      if (!disabledSteps.contains(step.id()) && (!step.optIn() || enabledOptInSteps.contains(step.id()))) {
        ids.add(step.id());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * What cleaned forms depend on in this configuration, as the text of a cache key: the steps that run,
   * in order, the language and the user's rules (nothing when there are none, so that the keys of
   * earlier versions stay valid), the step parameters when there are any (sorted), and the near-duplicate handling when it is not the default: it
   * changes which cleaned files the corpus keeps. A setting that changes any cleaned form must change it.
   */
  public String cacheKey() {
    return "steps " + String.join(",", enabledSteps()) + "\nlanguage " + language
        + (lexicon.isEmpty() ? "" : "\nlexicon " + lexicon.cacheKey())
        + (nearDuplicates == NearDuplicateHandling.REPORT ? "" : "\nnear-duplicates " + nearDuplicates.id())
        + (stepParameters.isEmpty() ? "" : "\nstep-parameters " + new TreeMap<>(stepParameters));
  }

  /** Every step on, English. */
  public static CleanerConfig defaults() {
    return new CleanerConfig(Set.of());
  }
}
