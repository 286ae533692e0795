package dev.corpuskit.clean.density;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the short and near-good paragraphs from their neighbours (jusText's context pass): a short
 * paragraph between good ones is good, between bad ones bad; a near-good paragraph is good unless
 * both its neighbours are bad. The ends of the document count as bad neighbours.
 */
public final class ContextSmoothing {

  private ContextSmoothing() {}

  /** The final classes, each GOOD or BAD, for the context-free {@code classes}. */
  public static List<ParagraphClass> revise(List<ParagraphClass> classes) {
    List<ParagraphClass> out = new ArrayList<>(classes);
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i) != ParagraphClass.SHORT) {
        continue;
      }
      ParagraphClass prev = neighbour(classes, i, -1, true);
      ParagraphClass next = neighbour(classes, i, 1, true);
      if (prev == ParagraphClass.GOOD && next == ParagraphClass.GOOD) {
        out.set(i, ParagraphClass.GOOD);
      } else if (prev == ParagraphClass.BAD && next == ParagraphClass.BAD) {
        out.set(i, ParagraphClass.BAD);
      } else if ((prev == ParagraphClass.BAD && neighbour(classes, i, -1, false) == ParagraphClass.NEAR_GOOD)
          || (next == ParagraphClass.BAD && neighbour(classes, i, 1, false) == ParagraphClass.NEAR_GOOD)) {
        out.set(i, ParagraphClass.GOOD);
      } else {
        out.set(i, ParagraphClass.BAD);
      }
    }
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i) == ParagraphClass.NEAR_GOOD) {
        boolean badBothSides = neighbour(classes, i, -1, true) == ParagraphClass.BAD
            && neighbour(classes, i, 1, true) == ParagraphClass.BAD;
        out.set(i, badBothSides ? ParagraphClass.BAD : ParagraphClass.GOOD);
      }
    }
    return out;
  }

  /** The nearest class in {@code direction} that is not short (nor near-good, if so asked). */
  private static ParagraphClass neighbour(List<ParagraphClass> classes, int from, int direction,
      boolean skipNearGood) {
    for (int i = from + direction; i >= 0 && i < classes.size(); i += direction) {
      ParagraphClass c = classes.get(i);
      if (c == ParagraphClass.GOOD || c == ParagraphClass.BAD
          || (c == ParagraphClass.NEAR_GOOD && !skipNearGood)) {
        return c;
      }
    }
    return ParagraphClass.BAD;
  }
}
