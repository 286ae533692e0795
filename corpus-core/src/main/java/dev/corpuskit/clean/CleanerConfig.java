package dev.corpuskit.clean;

import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.lang.Language;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How documents are cleaned: which steps are switched off and in which language the text is.
 *
 * @param disabledSteps ids of steps that do not run
 * @param language the code of the language whose stop words and boilerplate lexicon are used
 */
public record CleanerConfig(Set<String> disabledSteps, String language) {

  /**
   * @throws InvalidConfigurationException for {@code disabledSteps} when an id names no step, for
   *     {@code language} when the language has no resources
   */
  public CleanerConfig {
    disabledSteps = Set.copyOf(new TreeSet<>(disabledSteps));
    for (String id : disabledSteps) {
      if (StepCatalog.find(id).isEmpty()) {
        throw new InvalidConfigurationException("disabledSteps",
            "no cleaning step '" + id + "'; known steps are " + String.join(", ", StepCatalog.ids()));
      }
    }
    if (!Language.isSupported(language)) {
      throw new InvalidConfigurationException("language", "no cleaning resources for language '" + language + "'");
    }
  }

  /** English text with {@code disabledSteps} off. */
  public CleanerConfig(Set<String> disabledSteps) {
    this(disabledSteps, Language.ENGLISH);
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
   * in order, and the language. A setting that changes any cleaned form must change it.
   */
  public String cacheKey() {
    return "steps " + String.join(",", enabledSteps()) + "\nlanguage " + language;
  }

  /** Every step on, English. */
  public static CleanerConfig defaults() {
    return new CleanerConfig(Set.of());
  }
}
