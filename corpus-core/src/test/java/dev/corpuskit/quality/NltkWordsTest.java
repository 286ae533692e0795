package dev.corpuskit.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tokens are NLTK's {@code word_tokenize} tokens for English: the expected lists are NLTK's own
 * documented outputs (its docstrings and doctests) and the places where the sentence splitting, which
 * cannot use Punkt's trained model, is known to agree or to differ.
 */
class NltkWordsTest {

  @Test
  void nltkDocumentedExample() {
    assertThat(NltkWords.tokenize("Good muffins cost $3.88\nin New York.  Please buy me\ntwo of them.\n\nThanks."))
        .containsExactly("Good", "muffins", "cost", "$", "3.88", "in", "New", "York", ".", "Please", "buy",
            "me", "two", "of", "them", ".", "Thanks", ".");
  }

  @Test
  void treebankRulesOnOneSentence() {
    // NLTKWordTokenizer's doctest: without sentence splitting, an inner "them." keeps its period.
    assertThat(NltkWords.treebank("Good muffins cost $3.88\nin New (York).  Please (buy) me\ntwo of them.\n(Thanks).")
        .trim().split(" +"))
        .containsExactly("Good", "muffins", "cost", "$", "3.88", "in", "New", "(", "York", ")", ".", "Please",
            "(", "buy", ")", "me", "two", "of", "them.", "(", "Thanks", ")", ".");
  }

  @Test
  void cliticsContractionsAndQuotes() {
    assertThat(NltkWords.tokenize("They'll save and invest more."))
        .containsExactly("They", "'ll", "save", "and", "invest", "more", ".");
    assertThat(NltkWords.tokenize("hi, my name can't hello,"))
        .containsExactly("hi", ",", "my", "name", "ca", "n't", "hello", ",");
    assertThat(NltkWords.tokenize("\"Hello,\" she said. I cannot go..."))
        .containsExactly("``", "Hello", ",", "''", "she", "said", ".", "I", "can", "not", "go", "...");
  }

  @Test
  void abbreviationsInitialsAndNumbersDoNotEndSentences() {
    assertThat(NltkWords.tokenize("Mr. Smith met J. Bach in the U.S. on 3. of May. He left."))
        .containsExactly("Mr.", "Smith", "met", "J.", "Bach", "in", "the", "U.S.", "on", "3.", "of", "May", ".",
            "He", "left", ".");
  }

  @Test
  void differenceFromPunktIsOnlyWhetherAPeriodIsSplitOff() {
    // Punkt's trained model knows "Gen." as an abbreviation but not "Brig."; here neither text nor the
    // count of tokens changes anything but the period of an unlisted abbreviation.
    assertThat(NltkWords.tokenize("Brig. Smith came.")).containsExactly("Brig", ".", "Smith", "came", ".");
    assertThat(NltkWords.tokenize("Gen. Smith came.")).containsExactly("Gen.", "Smith", "came", ".");
  }

  @Test
  void pythonWhitespaceIncludesNoBreakSpace() {
    assertThat(NltkWords.tokenize("one\u00A0two\u2003three")).containsExactly("one", "two", "three");
  }
}
