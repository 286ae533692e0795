package dev.corpuskit.quality;

import static dev.corpuskit.quality.QualityVerdict.format;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gopher's repetition heuristics (Rae et al. 2021, table A1), defined as datatrove's
 * {@code GopherRepetitionFilter.filter} and its helpers {@code get_n_grams}, {@code find_duplicates},
 * {@code find_top_duplicate} and {@code find_all_duplicate}
 * ({@code src/datatrove/pipeline/filters/gopher_repetition_filter.py}) define them. Lengths are in code
 * points and every share is of the whole text's length. The checks, in order:
 *
 * <ol>
 *   <li>{@code dup-para-frac}: paragraphs are the pieces of the stripped text between runs of two or
 *       more LF; the share of paragraphs equal to an earlier one above {@code dupParaFrac} (0.30);
 *   <li>{@code dup-para-char-frac}: their characters' share above {@code dupParaCharFrac} (0.20);
 *   <li>{@code dup-line-frac}: lines are the pieces between runs of LF (an empty first or last piece
 *       when the text starts or ends with one); the share of lines equal to an earlier one above
 *       {@code dupLineFrac} (0.30);
 *   <li>{@code dup-line-char-frac}: their characters' share above {@code dupLineCharFrac} (0.20);
 *   <li>{@code top-2-gram}, {@code top-3-gram}, {@code top-4-gram}: the most frequent n-gram of
 *       {@link NltkWords} tokens (joined by a space; on a tie the first seen), its length times its count,
 *       above {@code top2GramFrac} (0.20), {@code top3GramFrac} (0.18), {@code top4GramFrac} (0.16);
 *   <li>{@code duplicated-5-n-grams} to {@code duplicated-10-n-grams}: scanning the tokens, an n-gram
 *       (its tokens concatenated without a space, as the reference does) seen before adds its length and
 *       the scan jumps past it; the total above {@code dup5GramFrac} (0.15) down to
 *       {@code dup10GramFrac} (0.10).
 * </ol>
 *
 * <p>As in the reference, a 0 for one of the four paragraph and line thresholds switches that check
 * off. The reference divides by the text's length, so an empty text has no defined verdict: it passes
 * here with no signal.
 */
public final class GopherRepetition {

  /** The thresholds, with the reference's defaults in {@link #DEFAULTS}. */
  public record Thresholds(double dupLineFrac, double dupParaFrac, double dupLineCharFrac,
      double dupParaCharFrac, Map<Integer, Double> topNGrams, Map<Integer, Double> dupNGrams) {

    public Thresholds {
      topNGrams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topNGrams));
      dupNGrams = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dupNGrams));
    }
  }

  public static final Thresholds DEFAULTS = new Thresholds(0.3, 0.3, 0.2, 0.2,
      ordered(2, 0.2, 3, 0.18, 4, 0.16),
      ordered(5, 0.15, 6, 0.14, 7, 0.13, 8, 0.12, 9, 0.11, 10, 0.10));

  private static Map<Integer, Double> ordered(Object... pairs) {
    Map<Integer, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((Integer) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return map;
  }

  private final Thresholds t;

  public GopherRepetition(Thresholds thresholds) {
    this.t = Objects.requireNonNull(thresholds, "thresholds");
  }

  /** Measures {@code text}. */
  public QualityVerdict measure(String text) {
    return text.isEmpty() ? new QualityVerdict.Builder().build() : measure(text, NltkWords.tokenize(text));
  }

  /** Measures {@code text} whose tokens are {@code words}. */
  public QualityVerdict measure(String text, List<String> words) {
    QualityVerdict.Builder v = new QualityVerdict.Builder();
    double length = PyText.length(text);
    if (length == 0) {
      return v.build();
    }
    List<String> paragraphs = PyText.splitRuns(PyText.strip(text), '\n', 2);
    long[] para = duplicates(paragraphs);
    double paraShare = (double) para[0] / paragraphs.size();
    double paraCharShare = para[1] / length;
    v.signal("dup-para-frac", paraShare);
    v.signal("dup-para-char-frac", paraCharShare);
    if (t.dupParaFrac() > 0 && paraShare > t.dupParaFrac()) {
      v.fail("dup-para-frac", paraShare, t.dupParaFrac(),
          "share of repeated paragraphs " + format(paraShare) + ", above dupParaFrac " + format(t.dupParaFrac()));
    }
    if (t.dupParaCharFrac() > 0 && paraCharShare > t.dupParaCharFrac()) {
      v.fail("dup-para-char-frac", paraCharShare, t.dupParaCharFrac(),
          "share of characters in repeated paragraphs " + format(paraCharShare) + ", above dupParaCharFrac "
              + format(t.dupParaCharFrac()));
    }
    List<String> lines = PyText.splitRuns(text, '\n', 1);
    long[] line = duplicates(lines);
    double lineShare = (double) line[0] / lines.size();
    double lineCharShare = line[1] / length;
    v.signal("dup-line-frac", lineShare);
    v.signal("dup-line-char-frac", lineCharShare);
    if (t.dupLineFrac() > 0 && lineShare > t.dupLineFrac()) {
      v.fail("dup-line-frac", lineShare, t.dupLineFrac(),
          "share of repeated lines " + format(lineShare) + ", above dupLineFrac " + format(t.dupLineFrac()));
    }
    if (t.dupLineCharFrac() > 0 && lineCharShare > t.dupLineCharFrac()) {
      v.fail("dup-line-char-frac", lineCharShare, t.dupLineCharFrac(),
          "share of characters in repeated lines " + format(lineCharShare) + ", above dupLineCharFrac "
              + format(t.dupLineCharFrac()));
    }
    int[] lengths = new int[words.size()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = PyText.length(words.get(i));
    }
    int[] ids = tokenIds(words);
    for (Map.Entry<Integer, Double> e : t.topNGrams().entrySet()) {
      int n = e.getKey();
      if (words.size() < n) {
        continue;
      }
      double share = topNGramChars(ids, lengths, n) / length;
      String reason = "top-" + n + "-gram";
      v.signal(reason, share);
      if (share > e.getValue()) {
        v.fail(reason, share, e.getValue(), "share of characters in the most frequent " + n + "-gram "
            + format(share) + ", above top" + n + "GramFrac " + format(e.getValue()));
      }
    }
    Joined joined = new Joined(words);
    for (Map.Entry<Integer, Double> e : t.dupNGrams().entrySet()) {
      int n = e.getKey();
      double share = duplicatedNGramChars(joined, lengths, n) / length;
      String reason = "duplicated-" + n + "-n-grams";
      v.signal(reason, share);
      if (share > e.getValue()) {
        v.fail(reason, share, e.getValue(), "share of characters in repeated " + n + "-grams " + format(share)
            + ", above dup" + n + "GramFrac " + format(e.getValue()));
      }
    }
    return v.build();
  }

  /** {@code find_duplicates}: the count of elements equal to an earlier one, and their length. */
  static long[] duplicates(List<String> elements) {
    Set<String> seen = new HashSet<>();
    long count = 0;
    long chars = 0;
    for (String e : elements) {
      if (!seen.add(e)) {
        count++;
        chars += PyText.length(e);
      }
    }
    return new long[] {count, chars};
  }

  /**
   * {@code find_top_duplicate(get_n_grams(words, n))}: the length of the most frequent n-gram (tokens
   * joined by one space) times its count; of equally frequent ones, the first seen
   * ({@code Counter.most_common(1)} keeps insertion order on ties). Tokens hold no whitespace, so two
   * n-grams joined by spaces are equal exactly when their tokens are: each token is an int id here, and
   * the n-grams are counted in an open-addressing table of their first positions.
   */
  static long topNGramChars(List<String> words, int[] lengths, int n) {
    return topNGramChars(tokenIds(words), lengths, n);
  }

  private static long topNGramChars(int[] ids, int[] lengths, int n) {
    int windows = ids.length - n + 1;
    int mask = tableMask(windows);
    int[] slots = new int[mask + 1];
    int[] counts = new int[windows];
    int top = -1;
    int best = 0;
    for (int i = 0; i < windows; i++) {
      int h = 1;
      for (int k = i; k < i + n; k++) {
        h = 31 * h + ids[k];
      }
      int slot = mix(h) & mask;
      int first;
      while (true) {
        int held = slots[slot] - 1;
        if (held < 0) {
          slots[slot] = i + 1;
          first = i;
          break;
        }
        if (java.util.Arrays.equals(ids, held, held + n, ids, i, i + n)) {
          first = held;
          break;
        }
        slot = (slot + 1) & mask;
      }
      int count = ++counts[first];
      if (count > best || (count == best && first < top)) {
        best = count;
        top = first;
      }
    }
    long chars = n - 1;
    for (int k = 0; k < n; k++) {
      chars += lengths[top + k];
    }
    return chars * best;
  }

  /**
   * {@code find_all_duplicate(words, n)}: scanning from the first token, an n-gram (tokens concatenated
   * without separator) already seen adds its length and the scan moves n tokens on; otherwise it is
   * remembered and the scan moves one token on.
   */
  static long duplicatedNGramChars(List<String> words, int[] lengths, int n) {
    return duplicatedNGramChars(new Joined(words), lengths, n);
  }

  /**
   * {@link #duplicatedNGramChars(List, int[], int)} on the tokens joined once: an n-gram is a range of
   * {@link Joined#chars}, found by its polynomial hash in an open-addressing table of the positions seen
   * and confirmed char by char, so "ab" + "c" and "a" + "bc" are the same n-gram, as in the reference.
   */
  private static long duplicatedNGramChars(Joined joined, int[] lengths, int n) {
    int words = lengths.length;
    if (words - n + 1 <= 0) {
      return 0;
    }
    int mask = tableMask(words - n + 1);
    int[] slots = new int[mask + 1];
    long repeated = 0;
    int idx = 0;
    while (idx < words - n + 1) {
      int from = joined.offsets[idx];
      int to = joined.offsets[idx + n];
      int slot = mix(joined.hash(from, to)) & mask;
      boolean seen = false;
      while (true) {
        int held = slots[slot] - 1;
        if (held < 0) {
          slots[slot] = idx + 1;
          break;
        }
        int heldFrom = joined.offsets[held];
        int heldTo = joined.offsets[held + n];
        if (java.util.Arrays.equals(joined.chars, heldFrom, heldTo, joined.chars, from, to)) {
          seen = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (seen) {
        for (int k = idx; k < idx + n; k++) {
          repeated += lengths[k];
        }
        idx += n;
      } else {
        idx++;
      }
    }
    return repeated;
  }

  /** A power-of-two mask for a table that stays at most half full with {@code entries}. */
  private static int tableMask(int entries) {
    int size = Integer.highestOneBit(Math.max(2, entries) * 2 - 1) << 1;
    return size - 1;
  }

  /** Spreads a hash's bits over the table index. */
  private static int mix(long h) {
    h *= 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** Each token as an int, equal tokens the same int. */
  private static int[] tokenIds(List<String> words) {
    Map<String, Integer> ids = new HashMap<>();
    int[] out = new int[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(words.get(i), w -> ids.size());
    }
    return out;
  }

  /** The tokens concatenated, with where each starts and prefix hashes of the chars. */
  private static final class Joined {
    private final char[] chars;
    private final int[] offsets;
    private final long[] prefix;
    private final long[] powers;

    Joined(List<String> words) {
      int total = 0;
      for (String w : words) {
        total += w.length();
      }
      chars = new char[total];
      offsets = new int[words.size() + 1];
      int at = 0;
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        w.getChars(0, w.length(), chars, at);
        offsets[i] = at;
        at += w.length();
      }
      offsets[words.size()] = at;
      prefix = new long[total + 1];
      powers = new long[total + 1];
      powers[0] = 1;
      for (int k = 0; k < total; k++) {
        prefix[k + 1] = prefix[k] * 1_000_003L + chars[k];
        powers[k + 1] = powers[k] * 1_000_003L;
      }
    }

    /** The hash of {@code chars[from, to)}, the same for the same chars wherever they are. */
    long hash(int from, int to) {
      return prefix[to] - prefix[from] * powers[to - from];
    }
  }
}
