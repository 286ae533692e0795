package dev.corpuskit.clean;


/**
 * The lines that repeat across many documents of a corpus (menus, bylines, newsletter prompts), mined
 * in a pre-pass over the corpus with {@link #miner()}. Memory is bounded: lines are counted by 64-bit
 * key in a fixed-size count-min sketch (conservative update), never stored; a count can only be
 * overestimated, by collisions, which the sketch's width keeps rare for corpora up to about a million
 * distinct lines.
 */
public final class RepeatedLines {

  /** A line counts as repeated when it is in at least this many documents. */
  public static final int MIN_DOCUMENTS = 3;

  /** A short line (menu item, byline, label) counts as repeated from this many documents. */
  public static final int MIN_DOCUMENTS_SHORT = 2;

  /** Lines shorter than this many characters are short. */
  public static final int SHORT_LINE = 200;

  private static final int DEPTH = 4;
  private static final int WIDTH = 1 << 20;

  private static final RepeatedLines NONE = new RepeatedLines(new int[DEPTH][1], 0, Integer.MAX_VALUE);

  private final int[][] counts;
  private final int documents;
  private final int threshold;

  /** The highest count of any cell: no line's estimate exceeds it. */
  private final int maxCount;

  /** Sorted line keys counted exactly ({@link #exact}), or null when counted by the sketch. */
  private final long[] exactKeys;
  /** The count of each of {@link #exactKeys}. */
  private final int[] exactCounts;

  private RepeatedLines(int[][] counts, int documents, int threshold) {
    this(counts, documents, threshold, null, null);
  }

  private RepeatedLines(int[][] counts, int documents, int threshold, long[] exactKeys, int[] exactCounts) {
    this.exactKeys = exactKeys;
    this.exactCounts = exactCounts;
    this.counts = counts;
    this.documents = documents;
    this.threshold = threshold;
    int max = 0;
    for (int[] row : counts) {
      for (int count : row) {
        max = Math.max(max, count);
      }
    }
    this.maxCount = max;
  }

  /**
   * The repeated lines of a corpus whose line keys an engine counted itself, exactly: {@code keys[i]}
   * ({@link Miner#keysOf}) is in {@code counts[i]} of its {@code documents} documents. Keys left out
   * count 0, so only the keys in at least {@link #MIN_DOCUMENTS_SHORT} documents need be given.
   * Judges a line as {@link #miner()}'s sketch does, except that the sketch can overestimate a count
   * (by a collision, rare below about a million distinct lines) where this cannot.
   *
   * @throws IllegalArgumentException when the arrays differ in length or a key is given twice
   */
  public static RepeatedLines exact(long[] keys, int[] counts, int documents) {
    if (keys.length != counts.length) {
      throw new IllegalArgumentException(keys.length + " keys but " + counts.length + " counts");
    }
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    long[] sortedKeys = new long[keys.length];
    int[] sortedCounts = new int[keys.length];
    int max = 0;
    for (int i = 0; i < order.length; i++) {
      sortedKeys[i] = keys[order[i]];
      sortedCounts[i] = counts[order[i]];
      if (i > 0 && sortedKeys[i] == sortedKeys[i - 1]) {
        throw new IllegalArgumentException("line key " + sortedKeys[i] + " given twice");
      }
      max = Math.max(max, sortedCounts[i]);
    }
    int[][] ceiling = new int[DEPTH][1];
    for (int[] row : ceiling) {
      row[0] = max; // maxCount: the highest count of any line
    }
    return new RepeatedLines(ceiling, documents, MIN_DOCUMENTS, sortedKeys, sortedCounts);
  }

  /** No corpus: no line is repeated. */
  public static RepeatedLines none() {
    return NONE;
  }

  /** A miner that counts the documents each line is in. */
  public static Miner miner() {
    return new Miner();
  }

  /**
   * Whether {@code line} is in at least {@link #MIN_DOCUMENTS} documents of the mined corpus, or
   * {@link #MIN_DOCUMENTS_SHORT} if it is shorter than {@link #SHORT_LINE} characters.
   */
  public boolean isRepeated(String line) {
    int leastNeeded = Math.min(threshold, MIN_DOCUMENTS_SHORT);
    if (maxCount < leastNeeded) {
      return false; // no line reaches even the lower threshold
    }
    return isRepeated(line, LineKey.of(line));
  }

  /** The key a line is counted and judged by; 0 for a blank line, which is never repeated. */
  public static long keyOf(String line) {
    return LineKey.of(line);
  }

  /** {@link #isRepeated(String)} for a line whose {@link #keyOf key} the caller already has. */
  public boolean isRepeated(String line, long key) {
    int leastNeeded = Math.min(threshold, MIN_DOCUMENTS_SHORT);
    if (key == 0 || maxCount < leastNeeded) {
      return false;
    }
    int estimate = count(key);
    if (estimate < leastNeeded) {
      return false;
    }
    return estimate >= (strippedLength(line) < SHORT_LINE ? leastNeeded : threshold);
  }

  /**
   * Whether {@code line}, {@link #isRepeated(String, long) repeated}, is so only by the lower bar of
   * short lines: in {@link #MIN_DOCUMENTS_SHORT} documents or more, but fewer than {@link #MIN_DOCUMENTS}.
   */
  public boolean isRepeatedOnlyAsShort(String line, long key) {
    return isRepeated(line, key) && count(key) < threshold;
  }

  /** {@code line.strip().length()}, without the copy. */
  private static int strippedLength(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && Character.isWhitespace(line.codePointAt(start))) {
      start += Character.charCount(line.codePointAt(start));
    }
    while (end > start && Character.isWhitespace(line.codePointBefore(end))) {
      end -= Character.charCount(line.codePointBefore(end));
    }
    return end - start;
  }

  /**
   * A 64-bit digest of every decision {@link #isRepeated} can make for lines with the given keys:
   * for a document that was cleaned consulting these keys, an equal signature under another corpus
   * means the same lines are repeated, so its cleaned form still holds. Keys are taken in order; a
   * key that is in too few documents to matter adds nothing, so most documents sign 0.
   */
  public long signature(long[]... keys) {
    long signature = 0;
    for (long[] some : keys) {
      for (long key : some) {
        int level = level(key);
        if (level > 0) {
          signature = mix(signature * 31 + mix(key ^ level));
        }
      }
    }
    return signature;
  }

  /** 0, 1 or 2: whether the key's line is in too few documents, enough if short, or enough. */
  private int level(long key) {
    if (key == 0) {
      return 0;
    }
    int estimate = count(key);
    int leastNeeded = Math.min(threshold, MIN_DOCUMENTS_SHORT);
    return estimate < leastNeeded ? 0 : estimate < threshold ? 1 : 2;
  }

  /** The finaliser of SplitMix64: spreads every bit of {@code z} over the result. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** How many documents were mined. */
  public int documents() {
    return documents;
  }

  /** How many documents the line of {@code key} is in: exactly, or as the sketch estimates it. */
  private int count(long key) {
    if (exactKeys == null) {
      return estimate(counts, key);
    }
    int at = java.util.Arrays.binarySearch(exactKeys, key);
    return at < 0 ? 0 : exactCounts[at];
  }

  private static int estimate(int[][] counts, long key) {
    int min = Integer.MAX_VALUE;
    for (int row = 0; row < counts.length; row++) {
      min = Math.min(min, counts[row][cell(key, row, counts[row].length)]);
    }
    return min;
  }

  private static int cell(long key, int row, int width) {
    int h = (int) key + row * (int) (key >>> 32);
    return (h & 0x7fffffff) % width;
  }

  /** Counts, for each line key, the documents it is in. Not thread-safe. */
  public static final class Miner {
    private final int[][] counts = new int[DEPTH][WIDTH];
    private int documents;

    private Miner() {}

    /** Adds one document's text. */
    public Miner add(String text) {
      return addKeys(keysOf(text));
    }

    /**
     * The distinct line keys of a document, to add later with {@link #addKeys}: this part is
     * thread-safe, so keys can be computed in parallel and added in a fixed order.
     */
    public static long[] keysOf(String text) {
      long[] keys = new long[16];
      int n = 0;
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || isLineBreak(text.charAt(i))) {
          // The empty "line" inside CRLF has key 0, like every blank line, and is not counted.
          long key = LineKey.of(text, start, i);
          if (key != 0) {
            if (n == keys.length) {
              keys = java.util.Arrays.copyOf(keys, n * 2);
            }
            keys[n++] = key;
          }
          start = i + 1;
        }
      }
      return distinct(keys, n);
    }

    /** The first {@code n} keys without repeats, in the order of their first occurrence (keys are not 0). */
    static long[] distinct(long[] keys, int n) {
      long[] table = new long[Integer.highestOneBit(Math.max(n, 1) * 2) * 2];
      int mask = table.length - 1;
      long[] out = new long[n];
      int kept = 0;
      for (int i = 0; i < n; i++) {
        long key = keys[i];
        int slot = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
        while (table[slot] != 0 && table[slot] != key) {
          slot = (slot + 1) & mask;
        }
        if (table[slot] == 0) {
          table[slot] = key;
          out[kept++] = key;
        }
      }
      return kept == n ? out : java.util.Arrays.copyOf(out, kept);
    }

    /** A character the regex {@code \\R} breaks lines at: LF, VT, FF, CR, NEL, LS, PS. */
    private static boolean isLineBreak(char c) {
      return (c >= '\n' && c <= '\r') || c == 0x0085 || c == 0x2028 || c == 0x2029;
    }

    /** Adds one document's distinct line keys. The sketch depends on the order documents are added. */
    public Miner addKeys(long[] keys) {
      for (long key : keys) {
        increment(key);
      }
      documents++;
      return this;
    }

    private void increment(long key) {
      int next = estimate(counts, key) + 1;
      for (int row = 0; row < DEPTH; row++) {
        int at = cell(key, row, WIDTH);
        counts[row][at] = Math.max(counts[row][at], next);
      }
    }

    /** The repeated lines of the documents added so far. */
    public RepeatedLines build() {
      int[][] copy = new int[DEPTH][];
      for (int row = 0; row < DEPTH; row++) {
        copy[row] = counts[row].clone();
      }
      return new RepeatedLines(copy, documents, MIN_DOCUMENTS);
    }
  }
}
