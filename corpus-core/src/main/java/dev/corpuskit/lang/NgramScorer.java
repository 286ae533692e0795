package dev.corpuskit.lang;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * OpenNLP's {@code LanguageDetectorME.predictLanguage} computed with the model's own parameters, with
 * the same result to the last bit, at a fraction of the cost.
 *
 * <p>OpenNLP 2.5 (its {@code DefaultLanguageDetectorContextGenerator}, {@code NGramCharModel},
 * {@code LanguageDetectorME.predict} and {@code GISModel.eval}) normalises the text (its five
 * normalisers: emoji, URLs, Twitter handles, numbers, repeated characters), lower-cases it by code
 * point into a buffer of the normalised length, and takes every distinct character 1-, 2- and 3-gram
 * as a feature of weight 1. Each n-gram is a {@code CharBuffer} slice held in a {@code HashMap}, the
 * map's keys are copied into a second map and then into {@code String}s looked up in the model's
 * feature map: about a dozen objects and four hash look-ups per character of text. Here each n-gram
 * is a {@code long} (three 16-bit chars and the length), the distinct ones are found in an open
 * table, and each is looked up once in a table from that {@code long} to the model's parameters.
 *
 * <p>The log-linear sum is a sum of doubles, so its last bits depend on the order of the features.
 * OpenNLP sums them in the iteration order of its second {@code HashMap}, keyed by {@code CharBuffer}
 * (whose hash is {@code 31 * h + c} over the chars from last to first, starting at 1); that order
 * is computed here from the same hash ({@code Scratch.hashOrder}), so that every score is OpenNLP's.
 * The prior is the model's uniform one ({@code StrictMath.log(1 / outcomes)}), then
 * {@code StrictMath.exp} and the division by the sum, as in {@code GISModel.eval}.
 * {@code NgramScorerEquivalenceTest} checks that every probability equals OpenNLP's on hand-made,
 * random and bench texts.
 */
final class NgramScorer {

  private static final CharSequenceNormalizer EMOJI = EmojiCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer TWITTER = TwitterCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer NUMBER = NumberCharSequenceNormalizer.getInstance();
  private static final CharSequenceNormalizer SHRINK = ShrinkCharSequenceNormalizer.getInstance();

  private final String[] outcomes;
  private final double logPrior;
  /** Open table: packed n-gram to the index of its parameters; 0 marks an empty slot. */
  private final long[] keys;
  private final int[][] featureOutcomes;
  private final double[][] featureParameters;
  /**
   * The parameters of each feature that most languages share, spread over every outcome (0 where it
   * has none): a plain loop the compiler vectorises. Adding 0 leaves a sum as it is (no sum is ever
   * -0, as each starts at the negative prior), so the sums stay OpenNLP's to the last bit.
   */
  private final double[][] featureDense;
  private final int mask;

  /** The fewest outcomes of a feature held {@link #featureDense dense} (about 7,000 of the 146,000). */
  private static final int DENSE = 48;

  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  /** The best language and its probability, as {@code predictLanguage} gives them. */
  record Best(String outcome, double probability) {}

  NgramScorer(LanguageDetectorModel model) {
    MaxentModel maxent = model.getMaxentModel();
    if (!(maxent instanceof opennlp.tools.ml.model.AbstractModel abstractModel)) {
      throw new IllegalStateException("Unexpected language model " + maxent.getClass().getName());
    }
    Object[] structures = abstractModel.getDataStructures();
    outcomes = ((String[]) structures[2]).clone();
    logPrior = StrictMath.log(1.0 / outcomes.length);
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) structures[1];
    int capacity = Integer.highestOneBit(Math.max(16, features.size() * 2)) << 1;
    keys = new long[capacity];
    mask = capacity - 1;
    featureOutcomes = new int[capacity][];
    featureParameters = new double[capacity][];
    featureDense = new double[capacity][];
    for (Map.Entry<String, Context> feature : features.entrySet()) {
      String gram = feature.getKey();
      if (gram.isEmpty() || gram.length() > 3 || feature.getValue() == null) {
        continue; // never one of the 1- to 3-grams the detector looks up
      }
      long key = pack(gram, 0, gram.length());
      int slot = slot(key);
      while (keys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      featureOutcomes[slot] = feature.getValue().getOutcomes();
      featureParameters[slot] = feature.getValue().getParameters();
      if (featureOutcomes[slot].length >= DENSE) {
        double[] dense = new double[outcomes.length];
        for (int j = 0; j < featureOutcomes[slot].length; j++) {
          dense[featureOutcomes[slot][j]] = featureParameters[slot][j];
        }
        featureDense[slot] = dense;
      }
    }
  }

  /** The languages the model names, in its order. */
  String[] outcomes() {
    return outcomes.clone();
  }

  /** The most likely outcome for {@code text} and its probability. */
  Best best(CharSequence text) {
    double[] probabilities = probabilities(text);
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i; // the first of equal ones, as OpenNLP's stable sort keeps it
      }
    }
    return new Best(outcomes[best], probabilities[best]);
  }

  /** The probability of each outcome for {@code text}, as {@code MaxentModel.eval} gives them. */
  double[] probabilities(CharSequence text) {
    Scratch s = scratch.get();
    char[] chars = lowerCase(normalize(text), s);
    int length = s.length;
    // The distinct n-grams in the order OpenNLP first meets them: 1-grams, then 2-grams, then 3-grams.
    int count = s.distinct(chars, length);
    long[] ordered = s.hashOrder(count);
    double[] sums = new double[outcomes.length];
    java.util.Arrays.fill(sums, logPrior);
    for (int g = 0; g < count; g++) {
      int slot = find(ordered[g]);
      if (slot < 0) {
        continue;
      }
      double[] dense = featureDense[slot];
      if (dense != null) {
        for (int k = 0; k < sums.length; k++) {
          sums[k] += dense[k];
        }
        continue;
      }
      int[] active = featureOutcomes[slot];
      double[] parameters = featureParameters[slot];
      for (int j = 0; j < active.length; j++) {
        sums[active[j]] += parameters[j] * 1.0;
      }
    }
    double normal = 0;
    for (int i = 0; i < sums.length; i++) {
      sums[i] = StrictMath.exp(sums[i]);
      normal += sums[i];
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] /= normal;
    }
    return sums;
  }

  /** Whether the order of {@code text}'s n-grams is found without {@code HashMap}s: for tests. */
  boolean plainOrder(CharSequence text) {
    Scratch s = scratch.get();
    char[] chars = lowerCase(normalize(text), s);
    int count = s.distinct(chars, s.length);
    int capacity = 16;
    while (count > capacity / 4 * 3) {
      capacity <<= 1;
    }
    return s.plain(count, capacity);
  }

  private int find(long key) {
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return slot;
      }
      if (k == 0) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /**
   * {@code text} through OpenNLP's five normalisers in its order. Two are skipped when their input
   * holds nothing their expressions can match, as they would then return it unchanged: the URL and
   * e-mail one ({@code https?://...} and {@code ...@...}, the dearest: its e-mail expression tries a
   * match at every letter) without {@code ://} or {@code @}, and the number one (ASCII
   * digits) without a digit.
   */
  static CharSequence normalize(CharSequence text) {
    CharSequence normal = EMOJI.normalize(text);
    if (holdsUrlOrMail(normal)) {
      normal = URL.normalize(normal);
    }
    normal = TWITTER.normalize(normal);
    if (holdsDigit(normal)) {
      normal = NUMBER.normalize(normal);
    }
    return SHRINK.normalize(normal);
  }

  private static boolean holdsUrlOrMail(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '@' || c == ':' && i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsDigit(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} lower-cased as OpenNLP's {@code StringUtil.toLowerCaseCharBuffer} does it: code point
   * by code point, into a buffer of the text's length whose unwritten end stays {@code '\0'}.
   */
  private static char[] lowerCase(CharSequence text, Scratch s) {
    int length = text.length();
    char[] chars = s.chars(length);
    int written = 0;
    for (int i = 0; i < length; ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      int lower = Character.toLowerCase(c);
      if (Character.isBmpCodePoint(lower)) {
        if (written >= length) {
          throw new java.nio.BufferOverflowException();
        }
        chars[written++] = (char) lower;
      } else {
        if (written + 2 > length) {
          throw new java.nio.BufferOverflowException();
        }
        chars[written++] = Character.highSurrogate(lower);
        chars[written++] = Character.lowSurrogate(lower);
      }
    }
    java.util.Arrays.fill(chars, written, length, '\0');
    s.length = length;
    return chars;
  }

  private static long pack(char[] chars, int from, int n) {
    long key = (long) n << 48;
    for (int i = 0; i < n; i++) {
      key |= (long) chars[from + i] << (32 - 16 * i);
    }
    return key;
  }

  private static long pack(CharSequence chars, int from, int n) {
    long key = (long) n << 48;
    for (int i = 0; i < n; i++) {
      key |= (long) chars.charAt(from + i) << (32 - 16 * i);
    }
    return key;
  }

  /** The hash of a {@code CharBuffer} holding the packed n-gram {@code key}. */
  static int charBufferHash(long key) {
    int n = (int) (key >>> 48);
    int h = 1;
    for (int i = n - 1; i >= 0; i--) {
      h = 31 * h + (char) (key >>> (32 - 16 * i));
    }
    return h;
  }

  /** {@code HashMap}'s spread of that hash, whose low bits pick the slot. */
  static int spread(long key) {
    int h = charBufferHash(key);
    return h ^ (h >>> 16);
  }

  /**
   * A packed n-gram whose hash is that of a {@code CharBuffer} holding it, and which, like OpenNLP's
   * heap buffers, is not {@code Comparable} to {@code HashMap}.
   */
  private static final class Gram {
    final long key;
    final int hash;

    Gram(long key) {
      this.key = key;
      this.hash = charBufferHash(key);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Gram g && g.key == key;
    }
  }

  /** Each thread's buffers. */
  private static final class Scratch {
    char[] buffer = new char[4096];
    int length;
    long[] grams = new long[1024];
    long[] seen = new long[4096];

    /** Puts the distinct n-grams of {@code chars[0, length)} in {@link #grams}, first met first. */
    int distinct(char[] chars, int length) {
      int most = 3 * length;
      if (seen.length < 2 * most) {
        seen = new long[Integer.highestOneBit(Math.max(16, 2 * most)) << 1];
      } else {
        java.util.Arrays.fill(seen, 0);
      }
      int mask = seen.length - 1;
      int count = 0;
      for (int n = 1; n <= 3; n++) {
        for (int i = 0; i + n <= length; i++) {
          long key = pack(chars, i, n);
          long h = key * 0x9E3779B97F4A7C15L;
          int slot = (int) (h ^ (h >>> 32)) & mask;
          while (true) {
            long k = seen[slot];
            if (k == key) {
              break;
            }
            if (k == 0) {
              seen[slot] = key;
              if (count == grams.length) {
                grams = java.util.Arrays.copyOf(grams, count * 2);
              }
              grams[count++] = key;
              break;
            }
            slot = (slot + 1) & mask;
          }
        }
      }
      return count;
    }

    long[] ordered = new long[1024];
    int[] buckets = new int[1024];
    int[] bins = new int[4096];

    /**
     * The first {@code count} {@link #grams} in the order OpenNLP's second {@code HashMap} iterates
     * them. A fresh {@code HashMap} that never turns a bin into a tree (which takes a bin of 8 when
     * its table has 64 slots or more, and resizes early below that) iterates its keys by slot at its
     * final capacity, and within a slot in the order they were put, as a resize keeps it; the second
     * map, filled in that order, iterates in it too. When some bin might have reached 8 keys, two real
     * {@code HashMap}s give the order.
     */
    long[] hashOrder(int count) {
      if (ordered.length < count) {
        ordered = new long[Math.max(count, ordered.length * 2)];
        buckets = new int[ordered.length];
      }
      int capacity = 16;
      while (count > capacity / 4 * 3) {
        capacity <<= 1;
      }
      if (!plain(count, capacity)) {
        HashMap<Gram, Boolean> first = new HashMap<>();
        for (int i = 0; i < count; i++) {
          first.put(new Gram(grams[i]), Boolean.TRUE);
        }
        HashMap<Gram, Boolean> second = new HashMap<>();
        for (Gram gram : first.keySet()) {
          second.put(gram, Boolean.TRUE);
        }
        int i = 0;
        for (Gram gram : second.keySet()) {
          ordered[i++] = gram.key;
        }
        return ordered;
      }
      // A stable counting sort by slot.
      int[] starts = bins(capacity + 1);
      for (int i = 0; i < count; i++) {
        int slot = spread(grams[i]) & (capacity - 1);
        buckets[i] = slot;
        starts[slot + 1]++;
      }
      for (int slot = 0; slot < capacity; slot++) {
        starts[slot + 1] += starts[slot];
      }
      for (int i = 0; i < count; i++) {
        ordered[starts[buckets[i]]++] = grams[i];
      }
      return ordered;
    }

    /**
     * Whether no bin of either map ever holds 8 keys when a key is put in it: at each capacity the
     * table passes through, of the keys it holds then (at most three quarters of it, and the one that
     * makes it grow), in the order of the first map and then of the second (here: by slot at the
     * final capacity, as it would be if the first map stayed plain).
     */
    boolean plain(int count, int finalCapacity) {
      for (int pass = 0; pass < 2; pass++) {
        long[] order = grams;
        if (pass == 1) {
          order = plainOrder(count, finalCapacity);
        }
        for (int capacity = 16; capacity <= finalCapacity; capacity <<= 1) {
          int held = Math.min(count, capacity / 4 * 3 + 1);
          int[] counts = bins(capacity);
          for (int i = 0; i < held; i++) {
            if (++counts[spread(order[i]) & (capacity - 1)] > 8) {
              return false;
            }
          }
        }
      }
      return true;
    }

    private long[] plainOrder(int count, int capacity) {
      long[] order = new long[count];
      int[] starts = bins(capacity + 1);
      for (int i = 0; i < count; i++) {
        starts[(spread(grams[i]) & (capacity - 1)) + 1]++;
      }
      for (int slot = 0; slot < capacity; slot++) {
        starts[slot + 1] += starts[slot];
      }
      for (int i = 0; i < count; i++) {
        order[starts[spread(grams[i]) & (capacity - 1)]++] = grams[i];
      }
      return order;
    }

    /** {@link #bins} cleared, with at least {@code size} of them. */
    private int[] bins(int size) {
      if (bins.length < size) {
        bins = new int[Integer.highestOneBit(size) << 1];
      } else {
        java.util.Arrays.fill(bins, 0, size, 0);
      }
      return bins;
    }

    char[] chars(int length) {
      if (buffer.length < length) {
        buffer = new char[Math.max(length, buffer.length * 2)];
      }
      return buffer;
    }
  }
}
