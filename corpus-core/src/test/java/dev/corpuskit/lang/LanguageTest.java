package dev.corpuskit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.corpuskit.clean.CleanerConfig;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void englishResourcesLoad() {
    Language english = Language.of("en");

    assertThat(english.isStopWord("The")).isTrue();
    assertThat(english.isStopWord("don't")).isTrue();
    assertThat(english.isStopWord("harbour")).isFalse();
    assertThat(english.lexicon()).extracting(Language.LexiconRule::id)
        .contains("cookie-notice", "comment-section", "related-articles");
    assertThat(english.lexicon()).filteredOn(Language.LexiconRule::cutsTail).isNotEmpty();
  }

  @Test
  void aLanguageWithoutResourcesIsRejected() {
    assertThat(Language.isSupported("xx")).isFalse();
    assertThat(Language.isSupported("../en")).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Language.of("xx")).withMessageContaining("'xx'");
    assertThatIllegalArgumentException().isThrownBy(() -> new CleanerConfig(Set.of(), "xx"))
        .withMessageContaining("'xx'");
  }

  @Test
  void englishIsTheDefault() {
    assertThat(CleanerConfig.defaults().language()).isEqualTo("en");
  }
}
