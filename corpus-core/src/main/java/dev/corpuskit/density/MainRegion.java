package dev.corpuskit.density;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the article's region of a page: kept paragraphs fall into regions split by runs of removed
 * lines (menus, teaser lists, whether removed here or by an earlier step); the region with the most
 * good text is the article, and other regions stay when they hold nearly as much good text, or when
 * a short gap alone parts them from the article (an advertisement inside it), or when they come
 * before it and hold a few good paragraphs (the article's opening, parted from the rest by a box of
 * short lines). Related-story teasers and comment threads far from the article go.
 */
final class MainRegion {

  private final int minGap;
  private final double minShare;
  private final int nearGap;
  private final double nearShare;
  private final int leadParagraphs;
  private final double leadShare;

  /**
   * @param minGap a run of at least this many removed paragraphs splits regions
   * @param minShare a region other than the main one stays when its good text is at least this share of
   *     the main region's
   * @param nearGap a region that at most this many removed lines part from the main region (or from a
   *     region kept for being near it) stays when its good text is at least {@code nearShare} of the
   *     main region's
   * @param nearShare see {@code nearGap}
   * @param leadParagraphs a region before the main one with at least this many good paragraphs stays
   *     when its good text is at least {@code leadShare} of the main region's
   * @param leadShare see {@code leadParagraphs}
   */
  MainRegion(int minGap, double minShare, int nearGap, double nearShare, int leadParagraphs, double leadShare) {
    this.minGap = minGap;
    this.minShare = minShare;
    this.nearGap = nearGap;
    this.nearShare = nearShare;
    this.leadParagraphs = leadParagraphs;
    this.leadShare = leadShare;
  }

  /**
   * Which of {@code keep} stay, given the good text ({@code weight}) of each paragraph and the lines
   * already removed before each ({@code removedBefore}), which count towards a gap.
   */
  boolean[] select(boolean[] keep, int[] weight, int[] removedBefore) {
    List<int[]> regions = new ArrayList<>();
    int start = -1;
    int lastKept = -1;
    for (int i = 0; i < keep.length; i++) {
      if (!keep[i]) {
        continue;
      }
      if (start >= 0 && removedBetween(keep, removedBefore, lastKept, i) >= minGap) {
        regions.add(new int[] {start, lastKept});
        start = -1;
      }
      if (start < 0) {
        start = i;
      }
      lastKept = i;
    }
    if (start >= 0) {
      regions.add(new int[] {start, lastKept});
    }
    long best = 0;
    int main = -1;
    long[] weights = new long[regions.size()];
    int[] goodParagraphs = new int[regions.size()];
    for (int r = 0; r < regions.size(); r++) {
      for (int i = regions.get(r)[0]; i <= regions.get(r)[1]; i++) {
        weights[r] += keep[i] ? weight[i] : 0;
        goodParagraphs[r] += keep[i] && weight[i] > 0 ? 1 : 0;
      }
      if (weights[r] > best || main < 0) {
        best = weights[r];
        main = r;
      }
    }
    boolean[] stays = new boolean[regions.size()];
    for (int r = 0; r < regions.size(); r++) {
      boolean lead = r < main && goodParagraphs[r] >= leadParagraphs && weights[r] >= best * leadShare;
      stays[r] = lead || weights[r] >= best * minShare;
    }
    for (int direction = -1; direction <= 1 && main >= 0; direction += 2) {
      for (int r = main + direction; r >= 0 && r < regions.size(); r += direction) {
        int[] earlier = regions.get(Math.min(r, r - direction));
        int[] later = regions.get(Math.max(r, r - direction));
        boolean near = removedBetween(keep, removedBefore, earlier[1], later[0]) <= nearGap
            && weights[r] >= best * nearShare;
        if (!near && !stays[r]) {
          break;
        }
        stays[r] = true;
      }
    }
    boolean[] out = keep.clone();
    for (int r = 0; r < regions.size(); r++) {
      if (!stays[r]) {
        for (int i = regions.get(r)[0]; i <= regions.get(r)[1]; i++) {
          out[i] = false;
        }
      }
    }
    return out;
  }

  private static long removedBetween(boolean[] keep, int[] removedBefore, int from, int to) {
    long removed = removedBefore[to];
    for (int i = from + 1; i < to; i++) {
      removed += (keep[i] ? 0 : 1) + removedBefore[i];
    }
    return removed;
  }
}
