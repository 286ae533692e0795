package dev.corpuskit.clean;

import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UserLexicon;
import java.util.Map;
import java.util.Objects;

/**
 * What a step may need beyond the lines: the language's resources and the corpus-level profile.
 *
 * @param language stop words and lexicon
 * @param repeatedLines the lines repeated across the corpus; {@link RepeatedLines#none()} without one
 * @param lexicon the user's boilerplate rules, run after the language's
 * @param stepParameters the steps' parameters ({@link CleanerConfig#stepParameters})
 */
public record StepContext(Language language, RepeatedLines repeatedLines, UserLexicon lexicon,
    Map<String, String> stepParameters) {

  public StepContext {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(repeatedLines, "repeatedLines");
    Objects.requireNonNull(lexicon, "lexicon");
    stepParameters = Map.copyOf(stepParameters);
  }

  /** The context of {@code language} with the user's {@code lexicon} and no step parameters. */
  public StepContext(Language language, RepeatedLines repeatedLines, UserLexicon lexicon) {
    this(language, repeatedLines, lexicon, Map.of());
  }

  /** The context of {@code language} without rules of the user's. */
  public StepContext(Language language, RepeatedLines repeatedLines) {
    this(language, repeatedLines, UserLexicon.none());
  }
}
