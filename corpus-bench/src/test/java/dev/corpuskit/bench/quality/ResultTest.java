package dev.corpuskit.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The per-part counts of empty and failed pages, and the fixed tuning / held-out split. */
class ResultTest {

  private static Page page(String id) {
    return new Page(id, "", "<p>x</p>".getBytes(StandardCharsets.UTF_8), "gold text of the page", "gold text of the page");
  }

  @Test
  void countsEmptyAndFailedPagesPerPart() {
    List<Page> pages = List.of(page("0" + "a".repeat(31)), page("1" + "a".repeat(31)), page("2" + "a".repeat(31)),
        page("c" + "a".repeat(31)), page("d" + "a".repeat(31)));
    List<String> outputs = Arrays.asList("gold text of the page", " \u00a0\n", null, null, "");

    Result result = Result.of("x", pages, outputs, 1);

    assertThat(result.tuningCounts()).isEqualTo(new Result.Counts(1, 1));
    assertThat(result.heldOutCounts()).isEqualTo(new Result.Counts(1, 1));
    assertThat(result.outputs()).containsExactlyElementsOf(outputs);
  }

  @Test
  void hexIdsSplitByTheirFirstDigit() {
    assertThat(page("b" + "0".repeat(31)).isTuning()).isTrue();
    assertThat(page("c" + "f".repeat(31)).isTuning()).isFalse();
  }

  @Test
  void otherIdsSplitByTheirHashAboutThreeInFour() {
    List<String> ids = new ArrayList<>();
    IntStream.rangeClosed(1, 999).forEach(i -> ids.add("R" + i));
    IntStream.rangeClosed(1, 999).forEach(i -> ids.add(Integer.toString(i)));

    long tuning = ids.stream().filter(id -> page(id).isTuning()).count();

    // the first hex digit of SHA-256 of the id: R163 -> 9..., 117 -> 2..., T12 -> 8...
    assertThat(Page.splitDigit("R163")).isEqualTo('9');
    assertThat(Page.splitDigit("117")).isEqualTo('2');
    assertThat(Page.splitDigit("T12")).isEqualTo('8');
    assertThat(tuning).isBetween(1400L, 1600L);
    assertThat(ids.stream().filter(id -> id.startsWith("1")).allMatch(id -> page(id).isTuning())).isFalse();
  }
}
