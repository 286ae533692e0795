package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineTest {

  @Test
  void splitsAtEveryKindOfTerminatorAndKeepsIt() {
    List<Line> lines = Line.split("a\nb\r\nc\rd\r\r\ne\n\rf");
    assertThat(lines).containsExactly(
        new Line(1, "a", "\n"), new Line(2, "b", "\r\n"), new Line(3, "c", "\r"), new Line(4, "d", "\r"),
        new Line(5, "", "\r\n"), new Line(6, "e", "\n"), new Line(7, "", "\r"), new Line(8, "f", ""));
  }

  @Test
  void aFinalTerminatorOpensNoEmptyLine() {
    assertThat(Line.split("a\r")).containsExactly(new Line(1, "a", "\r"));
    assertThat(Line.split("")).isEmpty();
    assertThat(Line.split("\n\n")).containsExactly(new Line(1, "", "\n"), new Line(2, "", "\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "a\nb", "a\r\rb\r", "\r\n\r\n", "one\rtwo\nthree\r\nfour", "\n\r\n\r"})
  void joinRestoresTheSplitText(String text) {
    assertThat(Line.join(Line.split(text))).isEqualTo(text);
  }
}
