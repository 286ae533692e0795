package dev.corpuskit.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.format.ManifestEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LengthStatsTest {

  static List<ManifestEntry> withWords(int... words) {
    List<ManifestEntry> entries = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      entries.add(new ManifestEntry("d" + i, "d" + i + ".txt", 1, words[i], "00", "00"));
    }
    return entries;
  }

  static int[] quartiles(LengthStats s) {
    return new int[] {s.min(), s.p25(), s.median(), s.p75(), s.max()};
  }

  @Test
  void oneElementIsEveryQuantile() {
    LengthStats s = LengthStats.of(withWords(7));
    assertThat(quartiles(s)).containsExactly(7, 7, 7, 7, 7);
    assertThat(s.count()).isEqualTo(1);
    assertThat(s.mean()).isEqualTo(7);
  }

  @Test
  void twoElementsUseTheNearestRank() {
    // ranks: ceil(0.25*2)=1, ceil(0.5*2)=1, ceil(0.75*2)=2
    assertThat(quartiles(LengthStats.of(withWords(30, 10)))).containsExactly(10, 10, 10, 30, 30);
  }

  @Test
  void fourElements() {
    // ranks 1, 2, 3
    LengthStats s = LengthStats.of(withWords(40, 10, 30, 20));
    assertThat(quartiles(s)).containsExactly(10, 10, 20, 30, 40);
    assertThat(s.total()).isEqualTo(100);
    assertThat(s.mean()).isEqualTo(25);
  }

  @Test
  void fiveElements() {
    // ranks ceil(1.25)=2, ceil(2.5)=3, ceil(3.75)=4
    LengthStats s = LengthStats.of(withWords(5, 1, 4, 2, 3));
    assertThat(quartiles(s)).containsExactly(1, 2, 3, 4, 5);
    assertThat(s.mean()).isEqualTo(3);
  }

  @Test
  void meanIsRounded() {
    assertThat(LengthStats.of(withWords(1, 2)).mean()).isEqualTo(2); // 1.5 rounds up
    assertThat(LengthStats.of(withWords(1, 1, 2)).mean()).isEqualTo(1); // 1.33
  }

  @Test
  void emptyInputIsAllZero() {
    LengthStats s = LengthStats.of(List.of());
    assertThat(s.count()).isZero();
    assertThat(s.total()).isZero();
    assertThat(quartiles(s)).containsExactly(0, 0, 0, 0, 0);
    assertThat(s.mean()).isZero();
    assertThat(s.histogram()).hasSize(LengthStats.BUCKETS.length).containsOnly(0L);
  }

  @Test
  void bucketBoundaries() {
    LengthStats s = LengthStats.of(withWords(0, 49, 50, 99, 100, 9999, 10000, 2_000_000));
    assertThat(s.histogram()).containsExactly(2, 2, 1, 0, 0, 0, 0, 1, 2);
  }

  @Test
  void bucketLabels() {
    assertThat(LengthStats.bucketLabel(0)).isEqualTo("0–49");
    assertThat(LengthStats.bucketLabel(1)).isEqualTo("50–99");
    assertThat(LengthStats.bucketLabel(7)).isEqualTo("5000–9999");
    assertThat(LengthStats.bucketLabel(8)).isEqualTo("≥ 10000");
  }

  @Test
  void everyWordCountLandsInTheBucketItsLabelNames() {
    for (int words : new int[] {0, 1, 49, 50, 199, 200, 499, 500, 999, 1000, 1999, 2000, 4999, 5000, 9999, 10000}) {
      long[] histogram = LengthStats.of(withWords(words)).histogram();
      int bucket = 0;
      while (histogram[bucket] == 0) {
        bucket++;
      }
      String label = LengthStats.bucketLabel(bucket);
      if (label.startsWith("≥ ")) {
        assertThat(words).isGreaterThanOrEqualTo(Integer.parseInt(label.substring(2)));
      } else {
        String[] bounds = label.split("–");
        assertThat(words).as(label).isBetween(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
      }
    }
  }

  @Test
  void equalStatisticsAreEqual() {
    assertThat(LengthStats.of(withWords(3, 1, 2))).isEqualTo(LengthStats.of(withWords(1, 2, 3)))
        .hasSameHashCodeAs(LengthStats.of(withWords(2, 3, 1)))
        .isNotEqualTo(LengthStats.of(withWords(1, 2, 4)));
  }
}
