package dev.corpuskit.clean.steps;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Arrays;

/**
 * What a {@link LineShape} looks at in a normalised line: its chars, which literal groups it contains,
 * starts with and ends with, and which chars it holds. One instance serves line after line, and keeps
 * the matchers that run on them.
 */
final class LineFacts {

  /** The line, in {@code text[0, length)}. */
  final char[] text;
  int length;

  /** Per group of required, leading and trailing literals: whether the line holds one. */
  final boolean[] contains;
  final boolean[] startsWith;
  final boolean[] endsWith;

  /** The ASCII chars in the line: a mask of chars 0-63 and one of 64-127. */
  long low;
  long high;

  /** Whether the line holds a char outside ASCII. */
  boolean nonAscii;

  /** A matcher per pattern, made when first needed and reset line after line. */
  private final Matcher[] matchers;

  LineFacts(int capacity, int containGroups, int startGroups, int endGroups, int patterns) {
    text = new char[capacity];
    contains = new boolean[containGroups];
    startsWith = new boolean[startGroups];
    endsWith = new boolean[endGroups];
    matchers = new Matcher[patterns];
  }

  /** The matcher of pattern number {@code index}, {@code pattern}. */
  Matcher matcher(int index, Pattern pattern) {
    if (matchers[index] == null) {
      matchers[index] = pattern.matcher("");
    }
    return matchers[index];
  }

  /** Notes that the line holds {@code c}. */
  void note(char c) {
    long bit = 1L << c; // the shift takes c modulo 64
    if (c < 64) {
      low |= bit;
    } else if (c < 128) {
      high |= bit;
    } else {
      nonAscii = true;
    }
  }

  /** Forgets the line. */
  void clear() {
    length = 0;
    Arrays.fill(contains, false);
    Arrays.fill(startsWith, false);
    Arrays.fill(endsWith, false);
    low = 0;
    high = 0;
    nonAscii = false;
  }
}
