package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts an engine made itself judge lines as the sketch's do. */
class RepeatedLinesExactTest {

  private static final List<String> DOCUMENTS = List.of(
      "Menu\nA long story about rivers.\nSubscribe now",
      "Menu\nAnother story about lakes.\nSubscribe now",
      "Menu\nA third one, on the sea.\nSubscribe now",
      "Only this document has this line.\nMenu");

  @Test
  void exactCountsJudgeEveryLineAsTheSketchDoes() {
    RepeatedLines.Miner miner = RepeatedLines.miner();
    Map<Long, Integer> counts = new HashMap<>();
    for (String document : DOCUMENTS) {
      long[] keys = RepeatedLines.Miner.keysOf(document);
      miner.addKeys(keys);
      for (long key : keys) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    RepeatedLines sketch = miner.build();
    long[] keys = counts.keySet().stream().mapToLong(Long::longValue).toArray();
    int[] found = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      found[i] = counts.get(keys[i]);
    }
    RepeatedLines exact = RepeatedLines.exact(keys, found, DOCUMENTS.size());
    for (String document : DOCUMENTS) {
      for (String line : document.split("\n")) {
        assertThat(exact.isRepeated(line)).as(line).isEqualTo(sketch.isRepeated(line));
      }
      long[] documentKeys = RepeatedLines.Miner.keysOf(document);
      assertThat(exact.signature(documentKeys)).isEqualTo(sketch.signature(documentKeys));
    }
    assertThat(exact.isRepeated("Menu")).isTrue();
    assertThat(exact.isRepeated("Only this document has this line.")).isFalse();
    assertThat(exact.documents()).isEqualTo(4);
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    assertThatThrownBy(() -> RepeatedLines.exact(new long[] {5, 5}, new int[] {2, 3}, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
  }
}
