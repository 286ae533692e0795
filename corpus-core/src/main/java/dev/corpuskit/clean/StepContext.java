package dev.corpuskit.clean;

import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UserLexicon;
import java.util.Objects;

/**
 * What a step may need beyond the lines: the language's resources and the corpus-level profile.
 *
 * @param language stop words and lexicon
 * @param repeatedLines the lines repeated across the corpus; {@link RepeatedLines#none()} without one
 * @param lexicon the user's boilerplate rules, run after the language's
 */
public record StepContext(Language language, RepeatedLines repeatedLines, UserLexicon lexicon) {

  public StepContext {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(repeatedLines, "repeatedLines");
    Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The context of {@code language} without rules of the user's. */
  public StepContext(Language language, RepeatedLines repeatedLines) {
    this(language, repeatedLines, UserLexicon.none());
  }
}
