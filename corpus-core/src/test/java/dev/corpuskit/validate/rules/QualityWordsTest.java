package dev.corpuskit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.quality.NltkWords;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quality rules measure one tokenisation per document: {@link QualityVerdicts#words} gives the
 * same list to every rule that asks for one document, and another document's own tokens.
 */
class QualityWordsTest {

  @Test
  void oneDocumentIsTokenisedOnceAndEachDocumentGetsItsOwnWords() {
    ParsedDocument first = RuleHarness.text("The council said it would reopen the bridge. It did not.\n");
    ParsedDocument second = RuleHarness.text("Another text, with other words.\n");

    List<String> words = QualityVerdicts.words(first);
    assertThat(QualityVerdicts.words(first)).isSameAs(words);
    assertThat(words).isEqualTo(NltkWords.tokenize(first.text()));

    List<String> others = QualityVerdicts.words(second);
    assertThat(others).isNotSameAs(words).isEqualTo(NltkWords.tokenize(second.text()));
    assertThat(QualityVerdicts.words(first)).isEqualTo(words);
  }
}
