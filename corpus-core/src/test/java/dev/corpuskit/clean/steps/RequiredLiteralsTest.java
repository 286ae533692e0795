package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.Language;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

  @Test
  void readsTheLongestRequiredLiteralOfEachBranch() {
    assertThat(RequiredLiterals.of("we use cookies\\b.*|(accept|allow) (all )?cookies\\.?"))
        .containsExactly("we use cookies", "cookies");
    assertThat(RequiredLiterals.of("\\d+ comments?|no comments( yet)?\\.?"))
        .containsExactly(" comment", "no comments");
  }

  @Test
  void takesARequiredGroupWhenItsLiteralsAreLonger() {
    assertThat(RequiredLiterals.of("(logged in|sign in)\\b.{0,60}\\bto (post )?(a )?(comments?|reply)\\b.*"))
        .containsExactly("logged in", "sign in");
  }

  @Test
  void givesUpWhenABranchHasNoLiteralOrTheSyntaxIsUnknown() {
    assertThat(RequiredLiterals.of("cookies|.*")).isNull();
    assertThat(RequiredLiterals.of("(a|)b?")).isNull();
    assertThat(RequiredLiterals.of("(?i)cookies")).isNull();
    assertThat(RequiredLiterals.of("\\pL+ cookies")).isNull();
  }

  @Test
  void everyEnglishRuleHasLiterals() {
    for (Language.LexiconRule rule : Language.of(Language.ENGLISH).lexicon()) {
      assertThat(RequiredLiterals.of(rule.pattern().pattern())).as(rule.id()).isNotEmpty();
    }
  }
}
