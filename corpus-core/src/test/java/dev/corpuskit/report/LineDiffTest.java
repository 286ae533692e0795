package dev.corpuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.report.LineDiff.Kind;
import dev.corpuskit.report.LineDiff.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  private static String render(List<String> left, List<String> right) {
    StringBuilder out = new StringBuilder();
    for (Op op : LineDiff.diff(left, right)) {
      out.append(switch (op.kind()) {
        case SAME -> " " + left.get(op.left());
        case LEFT -> "-" + left.get(op.left());
        case RIGHT -> "+" + right.get(op.right());
      }).append('\n');
    }
    return out.toString();
  }

  @Test
  void keepsTheLongestCommonLinesAndMarksTheRest() {
    assertThat(render(List.of("h", "a", "b", "c", "d", "f"), List.of("a", "b", "x", "d", "f", "g")))
        .isEqualTo("-h\n a\n b\n-c\n+x\n d\n f\n+g\n");
  }

  @Test
  void aMovedLineIsOnlyOnOneSideAtOneOfItsPlaces() {
    String diff = render(List.of("a", "b", "c", "d"), List.of("a", "c", "d", "b"));
    assertThat(diff).isEqualTo(" a\n-b\n c\n d\n+b\n");
  }

  @Test
  void emptyAndEqualTexts() {
    assertThat(render(List.of(), List.of("a"))).isEqualTo("+a\n");
    assertThat(render(List.of("a", ""), List.of())).isEqualTo("-a\n-\n");
    assertThat(LineDiff.diff(List.of("a", "a"), List.of("a", "a"))).extracting(Op::kind)
        .containsExactly(Kind.SAME, Kind.SAME);
  }
}
