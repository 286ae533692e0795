package dev.corpuskit.density;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the short and near-good paragraphs from their neighbours (jusText's context pass): a short
 * paragraph between good ones is good, between bad ones bad; a near-good paragraph is good unless
 * both its neighbours are bad. The ends of the document count as bad neighbours.
 */
final class ContextSmoothing {

  private ContextSmoothing() {}

  /** The final classes, each GOOD or BAD, for the context-free {@code classes}. */
  public static List<ParagraphClass> revise(List<ParagraphClass> classes) {
    ParagraphClass[] prev = neighbours(classes, -1, true);
    ParagraphClass[] next = neighbours(classes, 1, true);
    ParagraphClass[] prevAny = neighbours(classes, -1, false);
    ParagraphClass[] nextAny = neighbours(classes, 1, false);
    List<ParagraphClass> out = new ArrayList<>(classes);
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i) != ParagraphClass.SHORT) {
        continue;
      }
      if (prev[i] == ParagraphClass.GOOD && next[i] == ParagraphClass.GOOD) {
        out.set(i, ParagraphClass.GOOD);
      } else if (prev[i] == ParagraphClass.BAD && next[i] == ParagraphClass.BAD) {
        out.set(i, ParagraphClass.BAD);
      } else if ((prev[i] == ParagraphClass.BAD && prevAny[i] == ParagraphClass.NEAR_GOOD)
          || (next[i] == ParagraphClass.BAD && nextAny[i] == ParagraphClass.NEAR_GOOD)) {
        out.set(i, ParagraphClass.GOOD);
      } else {
        out.set(i, ParagraphClass.BAD);
      }
    }
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i) == ParagraphClass.NEAR_GOOD) {
        boolean badBothSides = prev[i] == ParagraphClass.BAD && next[i] == ParagraphClass.BAD;
        out.set(i, badBothSides ? ParagraphClass.BAD : ParagraphClass.GOOD);
      }
    }
    return out;
  }

  /**
   * For each paragraph, the nearest class in {@code direction} that is not short (nor near-good, if so
   * asked); BAD past the end of the document. One pass, however long the runs of short paragraphs.
   */
  private static ParagraphClass[] neighbours(List<ParagraphClass> classes, int direction,
      boolean skipNearGood) {
    ParagraphClass[] nearest = new ParagraphClass[classes.size()];
    ParagraphClass last = ParagraphClass.BAD;
    int first = direction > 0 ? classes.size() - 1 : 0;
    for (int i = first; i >= 0 && i < classes.size(); i -= direction) {
      nearest[i] = last;
      ParagraphClass c = classes.get(i);
      if (c == ParagraphClass.GOOD || c == ParagraphClass.BAD
          || (c == ParagraphClass.NEAR_GOOD && !skipNearGood)) {
        last = c;
      }
    }
    return nearest;
  }
}
