package dev.corpuskit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.lang.DetectedLanguage;
import dev.corpuskit.lang.Texts;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.InvalidRuleConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language rule flags another language, and a score below its threshold. */
class LanguageRuleTest {

  private static LanguageRule rule(String... nameValues) {
    return new LanguageRule(RuleHarness.parameters(LanguageRule.ID, nameValues)).withDefaultLanguage("en");
  }

  @Test
  void documentsInAConfiguredLanguagePass() {
    LanguageRule rule = rule(LanguageRule.LANGUAGES, "en,de");
    assertThat(RuleHarness.check(rule, RuleHarness.text(Texts.ENGLISH))).isEmpty();
    assertThat(RuleHarness.check(rule, RuleHarness.text(Texts.GERMAN))).isEmpty();
  }

  @Test
  void documentsInAnotherLanguageAreFlaggedWithTheirScore() {
    List<Finding> findings = RuleHarness.check(rule(LanguageRule.LANGUAGES, "en, de-DE"),
        RuleHarness.text(Texts.FRENCH));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("identified as 'fr'").contains("en, de");
      assertThat(f.measure().name()).isEqualTo(LanguageRule.SCORE);
      assertThat(f.measure().value()).isGreaterThan(0.9);
      assertThat(f.measure().threshold()).isEqualTo(0.65);
    });
    assertThat(RuleHarness.check(rule(), RuleHarness.text(Texts.SPANISH))).hasSize(1);
  }

  @Test
  void withoutTheParameterTheCorpusLanguageIsTheOnlyOne() {
    assertThat(rule().languages()).containsExactly("en");
    assertThat(RuleHarness.check(rule(), RuleHarness.text(Texts.GERMAN))).hasSize(1);
    assertThat(new LanguageRule(RuleHarness.parameters(LanguageRule.ID, LanguageRule.LANGUAGES, "de"))
        .withDefaultLanguage("en").languages()).containsExactly("de");
  }

  @Test
  void aScoreBelowTheThresholdIsFlaggedAndAboveItIsNot() {
    String shortText = "The council met on Tuesday evening to talk about the station.\n";
    double score = LanguageRule.identify(RuleHarness.text(shortText)).score();
    assertThat(LanguageRule.identify(RuleHarness.text(shortText)).code()).isEqualTo("en");

    List<Finding> below = RuleHarness.check(rule(LanguageRule.MIN_SCORE, Double.toString(score + 0.0001)),
        RuleHarness.text(shortText));
    assertThat(below).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("below the minimum");
      assertThat(f.measure().value()).isEqualTo(score);
    });
    assertThat(RuleHarness.check(rule(LanguageRule.MIN_SCORE, Double.toString(score)),
        RuleHarness.text(shortText))).isEmpty();
    assertThat(RuleHarness.check(rule(), RuleHarness.text(shortText))).hasSize(1); // the default, 0.65
  }

  @Test
  void aConfiguredLanguageAcceptsTheOtherMembersOfItsMacrolanguage() {
    // Serbo-Croatian (hbs): the model tells Bosnian from Croatian on about two documents in three.
    assertThat(RuleHarness.judge(rule(LanguageRule.LANGUAGES, "hr"), new DetectedLanguage("bs", 0.9))).isEmpty();
    assertThat(RuleHarness.judge(rule(LanguageRule.LANGUAGES, "bs"), new DetectedLanguage("sr", 0.9))).isEmpty();
    // Malay (msa) holds Indonesian; Norwegian (nor) holds Bokmal and Nynorsk, and may be named itself.
    assertThat(RuleHarness.judge(rule(LanguageRule.LANGUAGES, "id"), new DetectedLanguage("ms", 0.9))).isEmpty();
    assertThat(RuleHarness.judge(rule(LanguageRule.LANGUAGES, "no"), new DetectedLanguage("nn", 0.9))).isEmpty();
    assertThat(RuleHarness.judge(rule(LanguageRule.LANGUAGES, "nb"), new DetectedLanguage("nn", 0.9))).isEmpty();
    // A neighbour that is not a member is still another language, and the score still counts.
    assertThat(RuleHarness.judge(rule(LanguageRule.LANGUAGES, "id"), new DetectedLanguage("su", 0.9)))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("identified as 'su'"));
    assertThat(RuleHarness.judge(rule(LanguageRule.LANGUAGES, "hr"), new DetectedLanguage("sl", 0.9))).hasSize(1);
    assertThat(RuleHarness.judge(rule(LanguageRule.LANGUAGES, "hr"), new DetectedLanguage("bs", 0.5)))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("identified as 'bs'").contains("below"));
  }

  @Test
  void aBlankDocumentIsLeftToTheEmptyRule() {
    assertThat(RuleHarness.check(rule(), RuleHarness.text("  \n\n"))).isEmpty();
  }

  @Test
  void anUnknownLanguageOrBadThresholdIsRefused() {
    assertThatThrownBy(() -> rule(LanguageRule.LANGUAGES, "en,xx"))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("'xx'").hasMessageContaining("de");
    assertThatThrownBy(() -> rule(LanguageRule.LANGUAGES, " , "))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("names no language");
    assertThatThrownBy(() -> rule(LanguageRule.MIN_SCORE, "1.5"))
        .isInstanceOf(InvalidRuleConfigException.class).hasMessageContaining("minScore");
  }
}
