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
   * fewer than {@code n} words.
   */
  public static long[] hashes(CharSequence text, int n) {
    List<String> words = words(text);
    if (words.size() < n) {
      return new long[0];
    }
    long[] hashes = new long[words.size() - n + 1];
    StringBuilder shingle = new StringBuilder();
    for (int i = 0; i < hashes.length; i++) {
      shingle.setLength(0);
      for (int j = i; j < i + n; j++) {
        if (j > i) {
          shingle.append(' ');
        }
        shingle.append(words.get(j));
      }
      hashes[i] = HASHER.hashCharsToLong(shingle);
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
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
