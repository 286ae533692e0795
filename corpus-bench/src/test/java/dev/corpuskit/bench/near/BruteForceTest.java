package dev.corpuskit.bench.near;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.bench.near.BruteForce.ExactPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BruteForceTest {

  // Ten words: six 5-word shingles. Changing the last word keeps five of them: 5 / 7 in common.
  private static final String A = "the council met on tuesday to discuss the new budget";
  private static final String B = "the council met on tuesday to discuss the new plan";
  private static final List<Doc> DOCS = List.of(
      new Doc("a", A),
      new Doc("b", B),
      new Doc("c", "an entirely different story about floods in the north of the country"),
      new Doc("d", "The Council met, on Tuesday, to discuss the NEW budget."),
      new Doc("e", "too short"));

  @Test
  void everyPairAtOrAboveTheBoundIsFoundWithItsExactJaccard() {
    List<ExactPair> pairs = BruteForce.pairs(DOCS, 5, 0.7);

    assertThat(pairs).containsExactly(
        new ExactPair("a", "b", 5.0 / 7),
        new ExactPair("a", "d", 1.0),
        new ExactPair("b", "d", 5.0 / 7));
    assertThat(BruteForce.pairs(DOCS, 5, 0.8)).containsExactly(new ExactPair("a", "d", 1.0));
  }

  @Test
  void theOrderOfTheDocumentsDoesNotChangeThePairs() {
    List<Doc> reversed = new ArrayList<>(DOCS);
    Collections.reverse(reversed);

    assertThat(BruteForce.pairs(reversed, 5, 0.5)).isEqualTo(BruteForce.pairs(DOCS, 5, 0.5));
  }

  @Test
  void aPairKeyIsTheSameInEitherOrder() {
    assertThat(ExactPair.key("x", "y")).isEqualTo(ExactPair.key("y", "x"));
    assertThat(new ExactPair("x", "y", 1).key()).isEqualTo(ExactPair.key("y", "x"));
  }
}
