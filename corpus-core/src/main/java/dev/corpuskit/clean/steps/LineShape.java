package dev.corpuskit.clean.steps;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * A cheap test that a normalised line may match a pattern, from the pattern's {@link PatternShape}:
 * its length, first and last characters, leading and trailing literals, a character it must hold and,
 * when the pattern has no leading literal, its required literals (found by a {@link LiteralIndex}). A
 * line the test rejects cannot match; one it admits still has to be matched.
 */
final class LineShape {

  /** Admits every line: for a pattern whose shape is not known. */
  private static final LineShape ANY = new LineShape(0, PatternShape.UNBOUNDED, null, null, null, null,
      new int[0], null);

  private final int min;
  private final int max;
  private final BitSet first;
  private final BitSet last;
  private final char[][] prefixes;
  private final char[][] suffixes;
  private final int[] groups;

  /** The ASCII chars of which the line must hold one, as a mask of chars 0-63 and one of 64-127. */
  private final long needsLow;
  private final long needsHigh;
  private final boolean needsAny;
  private final boolean needsNonAscii;

  private LineShape(int min, int max, BitSet first, BitSet last, char[][] prefixes, char[][] suffixes,
      int[] groups, BitSet needs) {
    this.min = min;
    this.max = max;
    this.first = first;
    this.last = last;
    this.prefixes = prefixes;
    this.suffixes = suffixes;
    this.groups = groups;
    this.needsAny = needs != null;
    long[] words = needs == null ? new long[0] : needs.get(0, 128).toLongArray();
    this.needsLow = words.length > 0 ? words[0] : 0;
    this.needsHigh = words.length > 1 ? words[1] : 0;
    this.needsNonAscii = needs != null && needs.nextSetBit(128) >= 0;
  }

  /**
   * The test for {@code shape} ({@code null}: unknown, admits every line). When it needs required
   * literals, each set of them is appended to {@code groups} as a new group, whose index it checks.
   */
  static LineShape of(PatternShape shape, List<Set<String>> groups) {
    if (shape == null) {
      return ANY;
    }
    List<Set<String>> required = shape.prefixes() == null ? shape.required() : List.of();
    int[] indexes = new int[required.size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = groups.size();
      groups.add(required.get(i));
    }
    return new LineShape(shape.min(), shape.max(), shape.first(), shape.last(),
        chars(shape.prefixes()), chars(shape.suffixes()), indexes, shape.needs());
  }

  private static char[][] chars(Set<String> literals) {
    return literals == null ? null : literals.stream().map(String::toCharArray).toArray(char[][]::new);
  }

  /**
   * Whether the line {@code text[0, length)}, {@code length > 0}, may match. {@code found} tells for
   * each literal group whether the line holds one of its literals; {@code low} and {@code high} are
   * the masks of the ASCII chars it holds, and {@code nonAscii} whether it holds any other.
   */
  boolean admits(char[] text, int length, boolean[] found, long low, long high, boolean nonAscii) {
    if (length < min || length > max
        || (first != null && !first.get(text[0]))
        || (last != null && !last.get(text[length - 1]))
        || (needsAny && (needsLow & low) == 0 && (needsHigh & high) == 0 && !(needsNonAscii && nonAscii))) {
      return false;
    }
    for (int group : groups) {
      if (!found[group]) {
        return false;
      }
    }
    return (prefixes == null || startsWithAny(text, length))
        && (suffixes == null || endsWithAny(text, length));
  }

  private boolean startsWithAny(char[] text, int length) {
    for (char[] prefix : prefixes) {
      if (prefix.length <= length && regionEquals(text, 0, prefix)) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithAny(char[] text, int length) {
    for (char[] suffix : suffixes) {
      if (suffix.length <= length && regionEquals(text, length - suffix.length, suffix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionEquals(char[] text, int at, char[] literal) {
    for (int i = 0; i < literal.length; i++) {
      if (text[at + i] != literal[i]) {
        return false;
      }
    }
    return true;
  }
}
