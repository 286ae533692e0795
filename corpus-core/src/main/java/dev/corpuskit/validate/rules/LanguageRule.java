package dev.corpuskit.validate.rules;

import dev.corpuskit.lang.DetectedLanguage;
import dev.corpuskit.lang.LanguageIdentifier;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A document is in one of the corpus's languages, and identified as such with a score of at least
 * {@code minScore} (0.65, the threshold FineWeb's pipeline applies to its language identifier).
 *
 * <p>The language is identified by {@link LanguageIdentifier} (Apache OpenNLP's detector) from the
 * document's text (an HTML page's main text). The languages are the rule's {@code languages}
 * parameter, ISO 639-1 codes separated by commas ({@code en,de}); without it, the corpus's
 * {@code <language>}. A document is flagged when the identified language is not among them, or when
 * its score is below {@code minScore}; a blank document is left to the {@code empty} rule.
 *
 * <p>A configured language accepts the other members of its ISO 639 macrolanguage that the model
 * knows ({@link LanguageIdentifier#macrolanguage}): {@code hr} accepts a document identified as
 * {@code bs} or {@code sr}, {@code id} one identified as {@code ms}, {@code nb} one identified as
 * {@code nn}; the macrolanguage may be named itself ({@code no}, {@code hbs}). The model cannot tell
 * these apart reliably (a third of Lingua's Bosnian documents come out Croatian), so a build should not
 * fail on which of them a document is; the document's stated language stays the identified one.
 *
 * <p>OpenNLP's score is the detector's probability for its best language, and it grows with the
 * length of the text: on Lingua's test data it is typically 0.05 to 0.3 for one sentence, 0.6 to 0.9
 * for three, above 0.9 from about 80 words. Short documents are therefore flagged at the default
 * threshold even when the language is right; lower {@code minScore} for a corpus of short texts.
 */
public final class LanguageRule implements DocumentRule {

  public static final String ID = "language";
  public static final String LANGUAGES = "languages";
  public static final String MIN_SCORE = "minScore";
  public static final double DEFAULT_MIN_SCORE = 0.65;
  /** The name of what the rule measures, in findings and the quality signals. */
  public static final String SCORE = "language-score";

  private final double minScore;
  /** The configured languages, in the order given; null until the run's default is known. */
  private final List<String> languages;

  public LanguageRule(RuleParameters parameters) {
    this(parameters.getDouble(MIN_SCORE, DEFAULT_MIN_SCORE, 0, 1),
        parameters.getString(LANGUAGES).map(value -> codes(parameters.ruleId(), value)).orElse(null));
  }

  private LanguageRule(double minScore, List<String> languages) {
    this.minScore = minScore;
    this.languages = languages;
  }

  /**
   * This rule judging against {@code language} (the corpus's {@code <language>} code) unless its
   * {@code languages} parameter names others.
   */
  public LanguageRule withDefaultLanguage(String language) {
    return languages != null ? this : new LanguageRule(minScore, List.of(language));
  }

  /** The languages documents may be in, ISO 639-1 codes in the order configured. */
  public List<String> languages() {
    return languages == null ? List.of() : languages;
  }

  /** The lowest score a document's language may have. */
  public double minScore() {
    return minScore;
  }

  @Override
  public String id() {
    return ID;
  }

  /** The language of {@code document}, or null when it is blank. */
  public static DetectedLanguage identify(ParsedDocument document) {
    return EmptyRule.isBlank(document.text()) ? null : LanguageIdentifier.identify(document.text());
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    judge(identify(document), reporter);
  }

  /** Reports {@code language} (null for a blank document, which is not judged) when it is flagged. */
  public void judge(DetectedLanguage language, Reporter reporter) {
    if (language == null) {
      return;
    }
    reporter.signal(SCORE, language.score());
    Measure measure = new Measure(SCORE, language.score(), minScore);
    if (!accepts(language.code())) {
      reporter.reportMeasured(0, 0, "identified as '" + language.code() + "' (score " + language.scoreText()
          + "), not one of the corpus's languages " + String.join(", ", languages())
          + "; remove the document, or add its language to the rule's 'languages' parameter", measure);
    } else if (language.score() < minScore) {
      reporter.reportMeasured(0, 0, "identified as '" + language.code() + "' with a score of "
          + language.scoreText() + ", below the minimum of " + minScore
          + " (short texts score low); check the document, or lower the rule's 'minScore' parameter", measure);
    }
  }

  /** Whether {@code code} is one of the configured languages or shares a macrolanguage with one. */
  public boolean accepts(String code) {
    for (String configured : languages()) {
      if (LanguageIdentifier.sameMacrolanguage(configured, code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ISO 639-1 codes of {@code value}, separated by commas; a tag with a region ({@code de-DE})
   * counts as its language.
   *
   * @throws InvalidRuleConfigException naming a code the identifier does not know, or an empty list
   */
  static List<String> codes(String ruleId, String value) {
    Set<String> codes = new LinkedHashSet<>();
    int start = 0;
    while (start <= value.length()) {
      int comma = value.indexOf(',', start);
      int end = comma < 0 ? value.length() : comma;
      String tag = value.substring(start, end).strip();
      start = end + 1;
      if (tag.isEmpty()) {
        continue;
      }
      int subtag = 0;
      while (subtag < tag.length() && tag.charAt(subtag) != '-' && tag.charAt(subtag) != '_') {
        subtag++;
      }
      String code = tag.substring(0, subtag).toLowerCase(Locale.ROOT);
      if (!LanguageIdentifier.isSupported(code) && !LanguageIdentifier.isMacrolanguage(code)) {
        throw new InvalidRuleConfigException(ruleId, LANGUAGES, "'" + tag + "' is not a language the identifier"
            + " knows; use ISO 639-1 codes such as en or de, separated by commas; known: "
            + String.join(", ", LanguageIdentifier.supported()));
      }
      codes.add(code);
    }
    if (codes.isEmpty()) {
      throw new InvalidRuleConfigException(ruleId, LANGUAGES, "names no language; use ISO 639-1 codes such as en,de");
    }
    return List.copyOf(new ArrayList<>(codes));
  }
}
