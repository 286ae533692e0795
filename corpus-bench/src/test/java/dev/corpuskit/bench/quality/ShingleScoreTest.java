package dev.corpuskit.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

  @Test
  void tokensArePythonWordRuns() {
    assertThat(ShingleScore.tokens("Don’t stop_me, café №5 x²-ray"))
        .containsExactly("Don", "t", "stop_me", "café", "5", "x²", "ray");
  }

  @Test
  void aShortTextIsOneShorterShingle() {
    assertThat(ShingleScore.shingles("one two")).containsOnlyKeys(List.of("one", "two"));
    assertThat(ShingleScore.shingles("")).isEmpty();
  }

  @Test
  void scoresAverageOverDocuments() {
    ShingleScore score = new ShingleScore();
    score.add("a b c d e", "a b c d e");
    score.add("a b c d e", "a b c d x y");

    // Second document: gold shingles {abcd, bcde}, predicted {abcd, bcdx, cdxy}: tp 1, fp 2, fn 1.
    assertThat(score.precision()).isCloseTo((1 + 1.0 / 3) / 2, within(1e-9));
    assertThat(score.recall()).isCloseTo((1 + 1.0 / 2) / 2, within(1e-9));
    assertThat(score.documents()).isEqualTo(2);
  }

  @Test
  void anEmptyPredictionCountsOnlyForRecall() {
    ShingleScore score = new ShingleScore();
    score.add("a b c d e", "");
    score.add("a b c d e", "a b c d e");

    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(0.5);
  }
}
