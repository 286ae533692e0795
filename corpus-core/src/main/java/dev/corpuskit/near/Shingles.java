package dev.corpuskit.near;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The word shingles of a document, as a sorted set of 64-bit hashes. The text is normalised first, so
 * that copies differing only in case, punctuation or spacing (U+00A0 included) give the same
 * shingles: lower-cased in {@link Locale#ROOT}, and split into words at every code point that is
 * neither a letter nor a digit (Unicode-aware, unlike {@code \s}). Each run of {@code n} consecutive
 * words, joined by one space, is hashed with hash4j's Komihash 5.0, whose output is fixed by its
 * version, so a signature cached today stays comparable tomorrow.
 */
public final class Shingles {

  private static final Hasher64 HASHER = Hashing.komihash5_0();

  private Shingles() {}

  /** The words of the normalised text, in order. */
  public static List<String> words(CharSequence text) {
    String lower = text.toString().toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(lower.substring(start));
    }
    return words;
  }

  /**
   * The distinct hashes of the {@code n}-word shingles, sorted ascending; empty when the text has
   * fewer than {@code n} words. The words are found in place, as {@link #words} finds them, and only
   * the last {@code n} are remembered, so that a document of millions of words costs its hashes (8
   * bytes a word) rather than a string per word.
   */
  public static long[] hashes(CharSequence text, int n) {
    String lower = text.toString().toLowerCase(Locale.ROOT);
    int[] starts = new int[n];
    int[] ends = new int[n];
    long[] hashes = new long[Math.max(16, Math.min(lower.length() / 4, 1 << 20))];
    int count = 0;
    int words = 0;
    StringBuilder shingle = new StringBuilder();
    int start = -1;
    for (int i = 0; i <= lower.length(); ) {
      int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
      if (Character.isLetterOrDigit(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        starts[words % n] = start;
        ends[words % n] = i;
        words++;
        start = -1;
        if (words >= n) {
          shingle.setLength(0);
          for (int j = words - n; j < words; j++) {
            if (j > words - n) {
              shingle.append(' ');
            }
            shingle.append(lower, starts[j % n], ends[j % n]);
          }
          if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count + (count >> 1));
          }
          hashes[count++] = HASHER.hashCharsToLong(shingle);
        }
      }
      i += i < lower.length() ? Character.charCount(cp) : 1;
    }
    Arrays.sort(hashes, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || hashes[i] != hashes[distinct - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, distinct);
  }

  /** The exact Jaccard similarity of two sorted sets of distinct hashes; 0 if both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
