package dev.corpuskit.bench.near;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairScoreTest {

  @Test
  void precisionRecallAndF1ComeFromTheThreeCounts() {
    PairScore score = new PairScore(8, 2, 8);

    assertThat(score.precision()).isEqualTo(0.8);
    assertThat(score.recall()).isEqualTo(0.5);
    assertThat(score.f1()).isCloseTo(2 * 0.8 * 0.5 / 1.3, within(1e-12));
  }

  @Test
  void nothingFoundIsPerfectPrecisionAndNothingToFindIsPerfectRecall() {
    assertThat(new PairScore(0, 0, 5).precision()).isEqualTo(1.0);
    assertThat(new PairScore(0, 0, 5).recall()).isEqualTo(0.0);
    assertThat(new PairScore(0, 3, 0).recall()).isEqualTo(1.0);
    assertThat(new PairScore(0, 3, 0).precision()).isEqualTo(0.0);
    assertThat(new PairScore(0, 3, 4).f1()).isEqualTo(0.0);
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> new PairScore(1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
