package dev.corpuskit.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Python's meaning of the string operations the reference filters use. */
class PyTextTest {

  @Test
  void stripOfWhitespaceOnlyIsEmpty() {
    assertThat(PyText.strip(" \u00A0\n")).isEmpty();
    assertThat(PyText.strip("\u001F a \u3000")).isEqualTo("a");
    assertThat(PyText.lstrip("  ")).isEmpty();
    assertThat(PyText.rstrip("  ")).isEmpty();
  }

  @Test
  void splitLinesAsPython() {
    assertThat(PyText.splitLines("")).isEmpty();
    assertThat(PyText.splitLines("a\r\nb\rc\u2028d\u000Be\n")).containsExactly("a", "b", "c", "d", "e");
    assertThat(PyText.splitLines("a\n\nb")).containsExactly("a", "", "b");
  }

  @Test
  void splitRunsKeepsEmptyEnds() {
    assertThat(PyText.splitRuns("\na\n\n\nb\n", '\n', 1)).containsExactly("", "a", "b", "");
    assertThat(PyText.splitRuns("a\nb\n\nc", '\n', 2)).containsExactly("a\nb", "c");
  }

  @Test
  void lengthAndCountAsPython() {
    assertThat(PyText.length("a😀b")).isEqualTo(3);
    assertThat(PyText.count("......", "...")).isEqualTo(2);
    assertThat(PyText.count(".....", "...")).isEqualTo(1);
  }
}
