package dev.corpuskit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The growth check itself: it must fail on a quadratic regex and pass its linear repair. */
class LinearGrowthTest {

  /** Trailing whitespace as a backtracking regex: each start in a run of spaces scans the rest of it. */
  private static final Pattern QUADRATIC = Pattern.compile("\\s+$");
  /** The same search anchored by a possessive run: no backtracking. */
  private static final Pattern LINEAR = Pattern.compile("(?<!\\s)\\s++$");

  private static String spaces(int n) {
    return " ".repeat(n) + "x";
  }

  @Test
  void aBacktrackingRegexFails() {
    assertThatThrownBy(() -> LinearGrowth.assertLinear("trailing spaces", 1_000,
        n -> assertThat(QUADRATIC.matcher(spaces(n)).find()).isFalse()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("trailing spaces")
        .hasMessageContaining("quadratic 16");
  }

  @Test
  void itsLinearRepairPasses() {
    double ratio = LinearGrowth.assertLinear("trailing spaces", 400_000,
        n -> assertThat(LINEAR.matcher(spaces(n)).find()).isFalse());
    assertThat(ratio).isGreaterThan(1);
  }
}
