package dev.corpuskit.clean.steps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells in one pass over a text which groups of literals occur in it: an Aho-Corasick automaton,
 * compiled to a table of transitions over the characters the literals use. A text of any length costs
 * one table look-up per character, however many literals there are.
 */
final class LiteralIndex {

  private static final int ROOT = 0;

  /** Column of each ASCII character; 0 for characters in no literal. */
  private final int[] asciiColumn = new int[128];

  /** The non-ASCII characters of the literals, sorted; column {@code otherBase + index}. */
  private final char[] otherChars;

  private final int otherBase;

  /** log2 of the row length: a state is the offset of its row, {@code index << shift}. */
  private final int shift;

  /**
   * {@code next[state + column]}: the state after reading a character, with the sign bit set when
   * some literal ends there.
   */
  private final int[] next;

  /** The groups whose literal ends at each state (directly or as a suffix), by state index. */
  private final int[][] groupsEndingAt;

  private final int groupCount;

  /** @param groups for each group, its literals; every literal must be non-empty */
  LiteralIndex(List<? extends Set<String>> groups) {
    groupCount = groups.size();
    TreeSet<Character> alphabet = new TreeSet<>();
    for (Set<String> group : groups) {
      for (String literal : group) {
        if (literal.isEmpty()) {
          throw new IllegalArgumentException("empty literal");
        }
        for (char c : literal.toCharArray()) {
          alphabet.add(c);
        }
      }
    }
    int column = 1;
    StringBuilder others = new StringBuilder();
    for (char c : alphabet) {
      if (c < 128) {
        asciiColumn[c] = column++;
      } else {
        others.append(c);
      }
    }
    otherBase = column;
    otherChars = others.toString().toCharArray();
    int columns = otherBase + otherChars.length;
    shift = 32 - Integer.numberOfLeadingZeros(columns - 1);

    // The trie: children per state, and the groups of the literals ending there.
    List<Map<Integer, Integer>> children = new ArrayList<>();
    List<BitSet> ends = new ArrayList<>();
    children.add(new HashMap<>());
    ends.add(new BitSet());
    for (int g = 0; g < groups.size(); g++) {
      for (String literal : groups.get(g)) {
        int state = 0;
        for (char c : literal.toCharArray()) {
          int col = column(c);
          Integer child = children.get(state).get(col);
          if (child == null) {
            child = children.size();
            children.add(new HashMap<>());
            ends.add(new BitSet());
            children.get(state).put(col, child);
          }
          state = child;
        }
        ends.get(state).set(g);
      }
    }

    // Breadth first: each state's failure state is shallower, so its row is complete before it is used.
    int states = children.size();
    int[] target = new int[states << shift];
    int[] failure = new int[states];
    Queue<Integer> queue = new ArrayDeque<>();
    for (int col = 0; col < columns; col++) {
      Integer child = children.get(0).get(col);
      target[col] = child == null ? 0 : child;
      if (child != null) {
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.remove();
      ends.get(state).or(ends.get(failure[state]));
      for (int col = 0; col < columns; col++) {
        Integer child = children.get(state).get(col);
        int viaFailure = target[(failure[state] << shift) + col];
        if (child == null) {
          target[(state << shift) + col] = viaFailure;
        } else {
          target[(state << shift) + col] = child;
          failure[child] = viaFailure;
          queue.add(child);
        }
      }
    }
    groupsEndingAt = new int[states][];
    for (int state = 0; state < states; state++) {
      if (!ends.get(state).isEmpty()) {
        groupsEndingAt[state] = ends.get(state).stream().toArray();
      }
    }
    next = new int[target.length];
    for (int i = 0; i < target.length; i++) {
      next[i] = (target[i] << shift) | (groupsEndingAt[target[i]] == null ? 0 : Integer.MIN_VALUE);
    }
  }

  /** The state before any character is read. */
  static int start() {
    return 0;
  }

  /** The state after reading {@code c} in {@code state}; negative when a literal ends there. */
  int next(int state, char c) {
    return next[(state & Integer.MAX_VALUE) + column(c)];
  }

  /** Marks in {@code found} the groups of the literals ending at {@code state}, a negative state. */
  void mark(int state, boolean[] found) {
    for (int g : groupsEndingAt[(state & Integer.MAX_VALUE) >>> shift]) {
      found[g] = true;
    }
  }

  /** The number of groups. */
  int groupCount() {
    return groupCount;
  }

  private int column(char c) {
    if (c < 128) {
      return asciiColumn[c];
    }
    int at = Arrays.binarySearch(otherChars, c);
    return at < 0 ? 0 : otherBase + at;
  }
}
