package dev.corpuskit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line diff of two short texts: the longest common subsequence of their lines, the other lines
 * being only in one of them. The common prefix and suffix are taken first, so two near-duplicates
 * that differ in a header and a footer cost little; the rest is the classic quadratic table, which
 * the callers bound by the number of lines they pass. Deterministic: among equally long
 * subsequences the same one is always chosen, and within a change the left text's lines come before
 * the right text's.
 */
final class LineDiff {

  /** What a line of the diff is. */
  enum Kind {
    /** In both texts. */
    SAME,
    /** Only in the left text. */
    LEFT,
    /** Only in the right text. */
    RIGHT
  }

  /**
   * One line of the diff.
   *
   * @param left the line's index in the left text, or -1
   * @param right the line's index in the right text, or -1
   */
  record Op(Kind kind, int left, int right) {}

  private LineDiff() {}

  /** The diff of {@code left} and {@code right}, in the order of both texts. */
  static List<Op> diff(List<String> left, List<String> right) {
    int n = left.size();
    int m = right.size();
    int prefix = 0;
    while (prefix < n && prefix < m && left.get(prefix).equals(right.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
        && left.get(n - 1 - suffix).equals(right.get(m - 1 - suffix))) {
      suffix++;
    }
    List<Op> ops = new ArrayList<>(n + m);
    for (int i = 0; i < prefix; i++) {
      ops.add(new Op(Kind.SAME, i, i));
    }
    // The middle: lines as small integers, then lcs[i][j] = the LCS length of a[i..] and b[j..].
    int a = n - prefix - suffix;
    int b = m - prefix - suffix;
    Map<String, Integer> codes = new HashMap<>();
    int[] x = new int[a];
    int[] y = new int[b];
    for (int i = 0; i < a; i++) {
      x[i] = codes.computeIfAbsent(left.get(prefix + i), line -> codes.size());
    }
    for (int j = 0; j < b; j++) {
      y[j] = codes.computeIfAbsent(right.get(prefix + j), line -> codes.size());
    }
    int[][] lcs = new int[a + 1][b + 1];
    for (int i = a - 1; i >= 0; i--) {
      for (int j = b - 1; j >= 0; j--) {
        lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a || j < b) {
      if (i < a && j < b && x[i] == y[j]) {
        ops.add(new Op(Kind.SAME, prefix + i++, prefix + j++));
      } else if (j == b || (i < a && lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(new Op(Kind.LEFT, prefix + i++, -1));
      } else {
        ops.add(new Op(Kind.RIGHT, -1, prefix + j++));
      }
    }
    for (int k = 0; k < suffix; k++) {
      ops.add(new Op(Kind.SAME, n - suffix + k, m - suffix + k));
    }
    return ops;
  }
}
