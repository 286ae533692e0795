package dev.corpuskit.density;

import dev.corpuskit.lang.Language;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A language's stop words in an open-addressing table, so that a word inside a text is looked up
 * without copying it out: {@link #contains} answers as {@link Language#isStopWord} does for the word
 * with each {@code ’} read as {@code '}.
 */
final class StopWordTable {

  /** Tables by the identity of the stop-word set; the last one used is checked first. */
  private static final Map<Set<String>, StopWordTable> TABLES = new IdentityHashMap<>();
  private static final int MAX_TABLES = 32;
  private static volatile StopWordTable last;

  private final Language language;
  private final Set<String> words;
  private final char[][] slots;
  private final int mask;
  private final int maxLength;

  private StopWordTable(Language language) {
    this.language = language;
    this.words = language.stopWords();
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4));
    slots = new char[size][];
    mask = size - 1;
    int longest = 0;
    for (String word : words) {
      char[] chars = word.toCharArray();
      int slot = hash(chars, chars.length) & mask;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = chars;
      longest = Math.max(longest, chars.length);
    }
    maxLength = longest;
  }

  /** The table of {@code language}'s stop words. */
  static StopWordTable of(Language language) {
    StopWordTable table = last;
    if (table != null && table.words == language.stopWords()) {
      return table;
    }
    synchronized (TABLES) {
      table = TABLES.get(language.stopWords());
      if (table == null) {
        if (TABLES.size() >= MAX_TABLES) {
          TABLES.clear();
        }
        table = new StopWordTable(language);
        TABLES.put(language.stopWords(), table);
      }
    }
    last = table;
    return table;
  }

  /** The longest stop word's length: a longer word is not one. */
  int maxLength() {
    return maxLength;
  }

  /**
   * Whether {@code text[from, to)} is a stop word in any case, with {@code ’} read as {@code '}.
   *
   * @param buffer scratch space of at least {@link #maxLength()} characters
   */
  boolean contains(char[] text, int from, int to, char[] buffer) {
    int length = to - from;
    if (length > maxLength) {
      // Lower-casing a string never shortens it.
      return false;
    }
    int h = 0;
    for (int i = 0; i < length; i++) {
      char c = text[from + i];
      char lower;
      if (c < 0x80) {
        lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c == '\u2019') {
        lower = '\'';
      } else if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
        // Lower-cased with context or per code point: the exact, slower way.
        return language.isStopWord(new String(text, from, length).replace('\u2019', '\''));
      } else {
        lower = Character.toLowerCase(c);
      }
      buffer[i] = lower;
      h = 31 * h + lower;
    }
    return containsLowerCased(buffer, length, h);
  }

  /**
   * Whether the lower-cased word {@code buffer[0, length)} is a stop word, given its sum
   * {@code h = 31 * h + c} over those chars from {@code h = 0}. A word longer than
   * {@link #maxLength()} is none, and its chars need not be in {@code buffer}.
   */
  boolean containsLowerCased(char[] buffer, int length, int h) {
    if (length > maxLength) {
      return false;
    }
    int slot = spread(h) & mask;
    for (char[] word = slots[slot]; word != null; word = slots[slot]) {
      if (Arrays.equals(word, 0, word.length, buffer, 0, length)) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private static int hash(char[] chars, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[i];
    }
    return spread(h);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
