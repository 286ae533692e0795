package dev.corpuskit.clean.steps;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cheap test that a normalised line may match a pattern, from the pattern's {@link PatternShape}:
 * its length, first and last characters, a character it must hold, leading and trailing literals and,
 * when the pattern has no leading literal, its required literals. The literals are looked up for all
 * shapes at once, into a {@link LineFacts}. A line the test rejects cannot match; one it admits still
 * has to be matched.
 */
final class LineShape {

  private final int min;
  private final int max;
  private final BitSet first;
  private final BitSet last;

  /** Groups of required literals, each of which the line must contain. */
  private final int[] contains;

  /** The group of leading literals, of trailing literals, or -1 for none. */
  private final int startsWith;
  private final int endsWith;

  /** The ASCII chars of which the line must hold one, as a mask of chars 0-63 and one of 64-127. */
  private final long needsLow;
  private final long needsHigh;
  private final boolean needsAny;
  private final boolean needsNonAscii;

  private LineShape(PatternShape shape, int[] contains, int startsWith, int endsWith) {
    this.min = shape == null ? 0 : shape.min();
    this.max = shape == null ? PatternShape.UNBOUNDED : shape.max();
    this.first = shape == null ? null : shape.first();
    this.last = shape == null ? null : shape.last();
    this.contains = contains;
    this.startsWith = startsWith;
    this.endsWith = endsWith;
    BitSet needs = shape == null ? null : shape.needs();
    this.needsAny = needs != null;
    long[] words = needs == null ? new long[0] : needs.get(0, 128).toLongArray();
    this.needsLow = words.length > 0 ? words[0] : 0;
    this.needsHigh = words.length > 1 ? words[1] : 0;
    this.needsNonAscii = needs != null && needs.nextSetBit(128) >= 0;
  }

  /**
   * The test for {@code shape} ({@code null}: unknown, admits every line). The literal sets it checks
   * are appended as new groups to {@code contains}, {@code starts} and {@code ends}.
   */
  static LineShape of(PatternShape shape, List<Set<String>> contains, List<Set<String>> starts,
      List<Set<String>> ends) {
    if (shape == null) {
      return new LineShape(null, new int[0], -1, -1);
    }
    List<Set<String>> required = shape.prefixes() == null ? shape.required() : List.of();
    int[] indexes = new int[required.size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = contains.size();
      contains.add(withoutLongerForms(required.get(i)));
    }
    return new LineShape(shape, indexes, add(shape.prefixes(), starts), add(shape.suffixes(), ends));
  }

  /** {@code literals} without those that contain another: a text holds one of either set or none. */
  private static Set<String> withoutLongerForms(Set<String> literals) {
    return literals.stream()
        .filter(literal -> literals.stream().noneMatch(other -> !other.equals(literal) && literal.contains(other)))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static int add(Set<String> literals, List<Set<String>> groups) {
    if (literals == null) {
      return -1;
    }
    groups.add(literals);
    return groups.size() - 1;
  }

  /** Whether a matching line may start with {@code c}. */
  boolean mayStartWith(char c) {
    return first == null || first.get(c);
  }

  /** Whether a matching line may end with {@code c}. */
  boolean mayEndWith(char c) {
    return last == null || last.get(c);
  }

  /** Whether the line of {@code facts}, which is not empty, may match. */
  boolean admits(LineFacts facts) {
    int length = facts.length;
    if (length < min || length > max
        || (first != null && !first.get(facts.text[0]))
        || (last != null && !last.get(facts.text[length - 1]))
        || (startsWith >= 0 && !facts.startsWith[startsWith])
        || (endsWith >= 0 && !facts.endsWith[endsWith])
        || (needsAny && (needsLow & facts.low) == 0 && (needsHigh & facts.high) == 0
            && !(needsNonAscii && facts.nonAscii))) {
      return false;
    }
    for (int group : contains) {
      if (!facts.contains[group]) {
        return false;
      }
    }
    return true;
  }
}
