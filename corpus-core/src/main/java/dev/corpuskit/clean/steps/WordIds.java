package dev.corpuskit.clean.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers the words of a small vocabulary in an open-addressing table keyed by chars, so that a word
 * read into a scratch buffer is looked up without making a string of it.
 */
final class WordIds {

  /** The id of a word outside the vocabulary. */
  static final int NONE = -1;

  private final List<String> words = new ArrayList<>();
  private char[][] keys = new char[16][];
  private int[] ids = new int[16];
  private int maxLength;

  /** The id of {@code word}, added to the vocabulary if new. Ids count from 0 in the order of adding. */
  int add(String word) {
    char[] chars = word.toCharArray();
    int found = id(chars, chars.length);
    if (found != NONE) {
      return found;
    }
    if ((words.size() + 1) * 2 > keys.length) {
      grow();
    }
    int id = words.size();
    words.add(word);
    put(chars, id);
    maxLength = Math.max(maxLength, chars.length);
    return id;
  }

  /** How many words the vocabulary holds. */
  int size() {
    return words.size();
  }

  /** The id of the word {@code chars[0, length)}, or {@link #NONE}. */
  int id(char[] chars, int length) {
    if (length > maxLength) {
      return NONE;
    }
    int mask = keys.length - 1;
    for (int slot = hash(chars, length) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (Arrays.equals(keys[slot], 0, keys[slot].length, chars, 0, length)) {
        return ids[slot];
      }
    }
    return NONE;
  }

  private void put(char[] chars, int id) {
    int mask = keys.length - 1;
    int slot = hash(chars, chars.length) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = chars;
    ids[slot] = id;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldIds = ids;
    keys = new char[oldKeys.length * 2][];
    ids = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], oldIds[i]);
      }
    }
  }

  private static int hash(char[] chars, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[i];
    }
    return h ^ (h >>> 16);
  }
}
