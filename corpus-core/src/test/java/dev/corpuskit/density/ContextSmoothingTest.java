package dev.corpuskit.density;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContextSmoothingTest {

  private static final ParagraphClass GOOD = ParagraphClass.GOOD;
  private static final ParagraphClass BAD = ParagraphClass.BAD;
  private static final ParagraphClass SHORT = ParagraphClass.SHORT;
  private static final ParagraphClass NEAR_GOOD = ParagraphClass.NEAR_GOOD;

  @Test
  void shortAndNearGoodParagraphsTakeTheirNeighboursClass() {
    assertThat(ContextSmoothing.revise(List.of(GOOD, SHORT, SHORT, GOOD, SHORT, BAD, NEAR_GOOD, BAD)))
        .containsExactly(GOOD, GOOD, GOOD, GOOD, BAD, BAD, BAD, BAD);
    assertThat(ContextSmoothing.revise(List.of(BAD, NEAR_GOOD, SHORT, GOOD, SHORT, NEAR_GOOD, SHORT)))
        .containsExactly(BAD, GOOD, GOOD, GOOD, GOOD, GOOD, BAD);
  }

  @Test
  void agreesWithLookingForEachNeighbourInTurn() {
    Random random = new Random(9);
    ParagraphClass[] all = ParagraphClass.values();
    for (int round = 0; round < 3000; round++) {
      List<ParagraphClass> classes = new ArrayList<>();
      for (int i = random.nextInt(12); i > 0; i--) {
        classes.add(all[random.nextInt(all.length)]);
      }
      assertThat(ContextSmoothing.revise(classes)).as(classes.toString()).isEqualTo(reference(classes));
    }
  }

  /** jusText's context pass written plainly: each neighbour found by walking from the paragraph. */
  private static List<ParagraphClass> reference(List<ParagraphClass> classes) {
    List<ParagraphClass> out = new ArrayList<>(classes);
    for (int i = 0; i < classes.size(); i++) {
      ParagraphClass prev = neighbour(classes, i, -1, true);
      ParagraphClass next = neighbour(classes, i, 1, true);
      if (classes.get(i) == SHORT) {
        if (prev == GOOD && next == GOOD) {
          out.set(i, GOOD);
        } else if (prev == BAD && next == BAD) {
          out.set(i, BAD);
        } else if ((prev == BAD && neighbour(classes, i, -1, false) == NEAR_GOOD)
            || (next == BAD && neighbour(classes, i, 1, false) == NEAR_GOOD)) {
          out.set(i, GOOD);
        } else {
          out.set(i, BAD);
        }
      } else if (classes.get(i) == NEAR_GOOD) {
        out.set(i, prev == BAD && next == BAD ? BAD : GOOD);
      }
    }
    return out;
  }

  private static ParagraphClass neighbour(List<ParagraphClass> classes, int from, int direction, boolean skipNearGood) {
    for (int i = from + direction; i >= 0 && i < classes.size(); i += direction) {
      ParagraphClass c = classes.get(i);
      if (c == GOOD || c == BAD || (c == NEAR_GOOD && !skipNearGood)) {
        return c;
      }
    }
    return BAD;
  }
}
