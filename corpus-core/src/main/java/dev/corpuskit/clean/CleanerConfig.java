package dev.corpuskit.clean;

import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UserLexicon;
import java.util.List;
import java.util.Set;
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
 */
public record CleanerConfig(Set<String> disabledSteps, String language, UserLexicon lexicon,
    NearDuplicateHandling nearDuplicates) {

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
    language = Language.codeOf(language);
    lexicon = lexicon == null ? UserLexicon.none() : lexicon;
    nearDuplicates = nearDuplicates == null ? NearDuplicateHandling.REPORT : nearDuplicates;
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
    return new CleanerConfig(disabledSteps, language, lexicon, nearDuplicates);
  }

  /**
   * This configuration for text in {@code language} (a code or BCP 47 tag): the data the steps use for
   * a document identified as being in it.
   *
   * @throws dev.corpuskit.lang.UnknownLanguageException when there is no data for the language
   */
  public CleanerConfig withLanguage(String language) {
    return new CleanerConfig(disabledSteps, language, lexicon, nearDuplicates);
  }

  /** This configuration with near-duplicates handled as {@code handling}. */
  public CleanerConfig withNearDuplicates(NearDuplicateHandling handling) {
    return new CleanerConfig(disabledSteps, language, lexicon, handling);
  }

  /**
   * The ids of the steps that run, in the order they run: what {@link Cleaner#stepIds()} of a cleaner
   * made with this configuration gives, without making one.
   */
  public List<String> enabledSteps() {
    return StepCatalog.ids().stream().filter(id -> !disabledSteps.contains(id)).toList();
  }

  /**
   * What cleaned forms depend on in this configuration, as the text of a cache key: the steps that run,
   * in order, the language and the user's rules (nothing when there are none, so that the keys of
   * earlier versions stay valid), and the near-duplicate handling when it is not the default: it
   * changes which cleaned files the corpus keeps. A setting that changes any cleaned form must change it.
   */
  public String cacheKey() {
    return "steps " + String.join(",", enabledSteps()) + "\nlanguage " + language
        + (lexicon.isEmpty() ? "" : "\nlexicon " + lexicon.cacheKey())
        + (nearDuplicates == NearDuplicateHandling.REPORT ? "" : "\nnear-duplicates " + nearDuplicates.id());
  }

  /** Every step on, English. */
  public static CleanerConfig defaults() {
    return new CleanerConfig(Set.of());
  }
}
