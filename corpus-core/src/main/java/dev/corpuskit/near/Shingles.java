package dev.corpuskit.near;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The word shingles of a document, as a sorted set of 64-bit hashes. The text is normalised first, so
 * that copies differing only in case, punctuation or spacing (U+00A0 included) give the same
 * shingles: split into words at every code point that is neither a letter nor a digit (Unicode-aware,
 * unlike {@code \s}), each code point lower-cased ({@link Character#toLowerCase(int)}, which does not
 * depend on the locale). Each run of {@code n} consecutive words is hashed with hash4j's Komihash 5.0,
 * whose output is fixed by its version, so a signature cached today stays comparable tomorrow.
 */
public final class Shingles {

  private static final Hasher64 HASHER = Hashing.komihash5_0();

  private Shingles() {}

  /** The words of the normalised text, in order. */
  public static List<String> words(CharSequence text) {
    List<String> words = new ArrayList<>();
    forEachWord(text, (word, start) -> words.add(word.toString()));
    return words;
  }

  /** Takes the words of a text in order. */
  @FunctionalInterface
  public interface WordSink {
    /**
     * Takes one word, lower-cased, in a buffer that is reused for the next word, and the index in the
     * text of its first character.
     */
    void word(CharSequence word, int start);
  }

  /**
   * Gives {@code sink} each word of {@code text} in order, lower-cased, in a reused buffer: no string
   * is made per word. The one definition of a word that shingles and every other word-level check use.
   */
  public static void forEachWord(CharSequence text, WordSink sink) {
    StringBuilder word = new StringBuilder();
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(text, i);
      if (Character.isLetterOrDigit(cp)) {
        if (word.length() == 0) {
          start = i;
        }
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (word.length() > 0) {
        sink.word(word, start);
        word.setLength(0);
      }
      i += Character.charCount(cp);
    }
    if (word.length() > 0) {
      sink.word(word, start);
    }
  }

  /**
   * The distinct hashes of the {@code n}-word shingles, sorted ascending; empty when the text has
   * fewer than {@code n} words. Each word is hashed once (Komihash 5.0 of its characters) and a
   * shingle's hash is the Komihash of its words' hashes, so that no string is built per shingle.
   */
  public static long[] hashes(CharSequence text, int n) {
    long[][] words = {new long[64]};
    int[] count = {0};
    forEachWord(text, (word, start) -> {
      if (count[0] == words[0].length) {
        words[0] = Arrays.copyOf(words[0], count[0] * 2);
      }
      words[0][count[0]++] = HASHER.hashCharsToLong(word);
    });
    int total = count[0];
    if (total < n) {
      return new long[0];
    }
    long[] wordHashes = words[0];
    long[] hashes = new long[total - n + 1];
    byte[] window = new byte[n * Long.BYTES];
    for (int i = 0; i < hashes.length; i++) {
      for (int j = 0; j < n; j++) {
        long value = wordHashes[i + j];
        for (int b = 0; b < Long.BYTES; b++) {
          window[j * Long.BYTES + b] = (byte) (value >>> (8 * b));
        }
      }
      hashes[i] = HASHER.hashBytesToLong(window);
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
