package dev.corpuskit.clean.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells which groups of literals a text starts with (or ends with, for literals given reversed): a trie
 * walked from the text's first (or last) char, which stops at the first char no literal continues
 * with, so that a text costs a few look-ups however long it is.
 */
final class LeadingLiterals {

  /** The root's child for each ASCII char, or -1: the root has many children, and most lines stop there. */
  private final int[] rootAscii = new int[128];

  /** Per node: its children's chars, sorted, and the nodes they lead to. */
  private final char[][] keys;
  private final int[][] children;

  /** Per node: the groups of the literals that end there, or {@code null}. */
  private final int[][] ending;

  private final boolean fromEnd;
  private final int groupCount;

  /**
   * @param groups for each group, its literals; every literal must be non-empty
   * @param fromEnd whether the literals are to be found at the end of a text rather than its start
   */
  LeadingLiterals(List<? extends Set<String>> groups, boolean fromEnd) {
    this.fromEnd = fromEnd;
    this.groupCount = groups.size();
    List<TreeMap<Character, Integer>> trie = new ArrayList<>();
    List<BitSet> ends = new ArrayList<>();
    trie.add(new TreeMap<>());
    ends.add(new BitSet());
    for (int g = 0; g < groups.size(); g++) {
      for (String literal : groups.get(g)) {
        if (literal.isEmpty()) {
          throw new IllegalArgumentException("empty literal");
        }
        int node = 0;
        for (int i = 0; i < literal.length(); i++) {
          char c = literal.charAt(fromEnd ? literal.length() - 1 - i : i);
          Integer child = trie.get(node).get(c);
          if (child == null) {
            child = trie.size();
            trie.add(new TreeMap<>());
            ends.add(new BitSet());
            trie.get(node).put(c, child);
          }
          node = child;
        }
        ends.get(node).set(g);
      }
    }
    keys = new char[trie.size()][];
    children = new int[trie.size()][];
    ending = new int[trie.size()][];
    for (int node = 0; node < trie.size(); node++) {
      keys[node] = new char[trie.get(node).size()];
      children[node] = new int[keys[node].length];
      int k = 0;
      for (var entry : trie.get(node).entrySet()) {
        keys[node][k] = entry.getKey();
        children[node][k++] = entry.getValue();
      }
      ending[node] = ends.get(node).isEmpty() ? null : ends.get(node).stream().toArray();
    }
    Arrays.fill(rootAscii, -1);
    for (int k = 0; k < keys[0].length; k++) {
      if (keys[0][k] < 128) {
        rootAscii[keys[0][k]] = children[0][k];
      }
    }
  }

  /** Marks in {@code found} the groups with a literal that {@code text[0, length)} starts (or ends) with. */
  void mark(char[] text, int length, boolean[] found) {
    int node = 0;
    for (int i = 0; i < length; i++) {
      char c = text[fromEnd ? length - 1 - i : i];
      if (node == 0 && c < 128) {
        node = rootAscii[c];
      } else {
        char[] nodeKeys = keys[node];
        int at = nodeKeys.length < 8 ? linearSearch(nodeKeys, c) : Arrays.binarySearch(nodeKeys, c);
        node = at < 0 ? -1 : children[node][at];
      }
      if (node < 0) {
        return;
      }
      int[] groups = ending[node];
      if (groups != null) {
        for (int g : groups) {
          found[g] = true;
        }
      }
    }
  }

  /** The number of groups. */
  int groupCount() {
    return groupCount;
  }

  private static int linearSearch(char[] sorted, char c) {
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
