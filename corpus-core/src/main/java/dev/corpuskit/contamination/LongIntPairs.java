package dev.corpuskit.contamination;

import java.util.Arrays;

/**
 * A growable list of (64-bit key, int value) pairs that, once {@linkplain #sort sorted} by key then
 * value, is searched by key. Two primitive arrays: 12 bytes a pair (while growing, up to twice that),
 * where a map of boxed values would take about ten times as much.
 */
final class LongIntPairs {

  private long[] keys = new long[16];
  private int[] values = new int[16];
  private int size;

  void add(long key, int value) {
    if (size == keys.length) {
      int capacity = Math.max(16, size + (size >> 1));
      keys = Arrays.copyOf(keys, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    keys[size] = key;
    values[size] = value;
    size++;
  }

  int size() {
    return size;
  }

  /** Sorts by key then value, and trims the arrays to their size. */
  void sort() {
    keys = Arrays.copyOf(keys, size);
    values = Arrays.copyOf(values, size);
    if (size > 1) {
      long[] keyScratch = new long[size];
      int[] valueScratch = new int[size];
      mergeSort(0, size, keyScratch, valueScratch);
    }
  }

  /** The index of the first pair with {@code key}, or -1; on a sorted list. */
  int first(long key) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (keys[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < size && keys[low] == key ? low : -1;
  }

  long key(int index) {
    return keys[index];
  }

  int value(int index) {
    return values[index];
  }

  /** Bottom-up would do as well; top-down with a scratch copy keeps it short and stable. */
  private void mergeSort(int from, int to, long[] keyScratch, int[] valueScratch) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(from, mid, keyScratch, valueScratch);
    mergeSort(mid, to, keyScratch, valueScratch);
    if (!less(mid, mid - 1)) {
      return; // already in order
    }
    System.arraycopy(keys, from, keyScratch, from, to - from);
    System.arraycopy(values, from, valueScratch, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      boolean left = j >= to || (i < mid && !lessScratch(j, i, keyScratch, valueScratch));
      int from1 = left ? i++ : j++;
      keys[k] = keyScratch[from1];
      values[k] = valueScratch[from1];
    }
  }

  private boolean less(int a, int b) {
    return keys[a] < keys[b] || (keys[a] == keys[b] && values[a] < values[b]);
  }

  private static boolean lessScratch(int a, int b, long[] keys, int[] values) {
    return keys[a] < keys[b] || (keys[a] == keys[b] && values[a] < values[b]);
  }
}
