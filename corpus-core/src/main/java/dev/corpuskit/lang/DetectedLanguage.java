package dev.corpuskit.lang;

import java.util.Locale;
import java.util.Objects;

/**
 * The language a document was identified as, and how sure the identifier was.
 *
 * @param code the language as an ISO 639-1 code ({@code de}) when it has one, otherwise the
 *     identifier's ISO 639-3 code ({@code ceb}); see {@link LanguageIdentifier#iso639_1}
 * @param score the identifier's probability for it, from 0 to 1, rounded to four decimals so that
 *     what the manifest states and what the rule judged are the same number
 */
public record DetectedLanguage(String code, double score) {

  public DetectedLanguage {
    Objects.requireNonNull(code, "code");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score " + score + " is not between 0 and 1");
    }
    score = round(score);
  }

  /** {@code score} rounded half up to four decimals. */
  static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }

  /** The score as the manifest writes it: four decimals, a dot, whatever the locale ({@code 0.9731}). */
  public String scoreText() {
    return String.format(Locale.ROOT, "%.4f", score);
  }
}
