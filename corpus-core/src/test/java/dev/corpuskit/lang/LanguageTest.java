package dev.corpuskit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.clean.CleanerConfig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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

  @Test
  void theKnownLanguagesAreTheIndexedFolders() {
    assertThat(Language.known()).containsExactly("de", "en");
  }

  /** A folder the index does not list could never be chosen: the index must list every one. */
  @Test
  void theIndexListsEveryLanguageFolder() throws IOException, URISyntaxException {
    Path folders = Path.of(Language.class.getResource(Language.INDEX).toURI()).getParent();
    try (Stream<Path> children = Files.list(folders)) {
      List<String> codes = children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(Language.known()).isEqualTo(codes);
    }
    for (String code : Language.known()) {
      assertThat(folders.resolve(code).resolve("stopwords.txt")).as("required").isRegularFile();
    }
  }

  @Test
  void anUnknownLanguageNamesTheKnownOnes() {
    assertThatThrownBy(() -> Language.of("xx")).isInstanceOfSatisfying(UnknownLanguageException.class, e -> {
      assertThat(e).hasMessage("unknown language 'xx'; known: de, en");
      assertThat(e.tag()).isEqualTo("xx");
      assertThat(e.known()).containsExactly("de", "en");
    });
    assertThatThrownBy(() -> Language.codeOf("de_DE")).isInstanceOf(UnknownLanguageException.class)
        .hasMessage("'de_DE' is not a BCP 47 language tag such as de or de-DE; known: de, en");
  }

  @Test
  void aTagWithARegionTakesTheFolderOfItsLanguage() {
    assertThat(Language.of("de-DE").code()).isEqualTo("de");
    assertThat(Language.of("en-GB")).isSameAs(Language.of("en"));
    assertThat(Language.codeOf("DE-at")).isEqualTo("de");
    assertThat(Language.canonicalTag("de-de")).isEqualTo("de-DE");
    assertThat(new CleanerConfig(Set.of(), "de-CH").language()).isEqualTo("de");
  }

  @Test
  void germanLoadsWithItsOwnLexicon() {
    Language german = Language.of("de");

    assertThat(german.isStopWord("und")).isTrue();
    assertThat(german.isStopWord("the")).isFalse();
    assertThat(german.lexicon()).extracting(Language.LexiconRule::id).contains("share-prompt");
    assertThat(german.script()).isEqualTo(Character.UnicodeScript.LATIN);
  }
}
