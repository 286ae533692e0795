package dev.corpuskit.clean;

import dev.corpuskit.lang.Language;
import java.util.Objects;

/**
 * What a step may need beyond the lines: the language's resources and the corpus-level profile.
 *
 * @param language stop words and lexicon
 * @param repeatedLines the lines repeated across the corpus; {@link RepeatedLines#none()} without one
 */
public record StepContext(Language language, RepeatedLines repeatedLines) {

  public StepContext {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(repeatedLines, "repeatedLines");
  }
}
