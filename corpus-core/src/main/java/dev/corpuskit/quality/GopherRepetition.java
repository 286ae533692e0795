package dev.corpuskit.quality;

import static dev.corpuskit.quality.QualityVerdict.format;

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
    for (Map.Entry<Integer, Double> e : t.topNGrams().entrySet()) {
      int n = e.getKey();
      if (words.size() < n) {
        continue;
      }
      double share = topNGramChars(words, lengths, n) / length;
      String reason = "top-" + n + "-gram";
      v.signal(reason, share);
      if (share > e.getValue()) {
        v.fail(reason, share, e.getValue(), "share of characters in the most frequent " + n + "-gram "
            + format(share) + ", above top" + n + "GramFrac " + format(e.getValue()));
      }
    }
    Tokens tokens = t.dupNGrams().isEmpty() ? null : new Tokens(words);
    for (Map.Entry<Integer, Double> e : t.dupNGrams().entrySet()) {
      int n = e.getKey();
      double share = duplicatedNGramChars(tokens, lengths, n) / length;
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
   * ({@code Counter.most_common(1)} keeps insertion order on ties).
   */
  static long topNGramChars(List<String> words, int[] lengths, int n) {
    Map<NGram, int[]> counts = new LinkedHashMap<>();
    for (int i = 0; i + n <= words.size(); i++) {
      counts.computeIfAbsent(new NGram(words, i, n), k -> new int[1])[0]++;
    }
    NGram top = null;
    int best = 0;
    for (Map.Entry<NGram, int[]> e : counts.entrySet()) {
      if (e.getValue()[0] > best) {
        best = e.getValue()[0];
        top = e.getKey();
      }
    }
    long chars = n - 1;
    for (int k = 0; k < n; k++) {
      chars += lengths[top.start + k];
    }
    return chars * best;
  }

  /**
   * {@code find_all_duplicate(words, n)}: scanning from the first token, an n-gram (tokens concatenated
   * without separator) already seen adds its length and the scan moves n tokens on; otherwise it is
   * remembered and the scan moves one token on.
   */
  static long duplicatedNGramChars(List<String> words, int[] lengths, int n) {
    return duplicatedNGramChars(new Tokens(words), lengths, n);
  }

  /**
   * {@link #duplicatedNGramChars(List, int[], int)} of {@code tokens}. The windows are kept as their
   * first token's index in an open-addressing table, hashed as the String of their concatenated tokens
   * would be, and compared char by char across the tokens: the same set of concatenations as a
   * {@code HashSet<String>} of them, without making one string per window.
   */
  private static long duplicatedNGramChars(Tokens tokens, int[] lengths, int n) {
    char[][] chars = tokens.chars;
    int[] hashes = tokens.hashes;
    int[] shifts = tokens.shifts;
    int windows = chars.length - n + 1;
    if (windows <= 0) {
      return 0;
    }
    int capacity = Integer.highestOneBit(Math.max(windows, 1) * 2 - 1) << 1;
    int mask = capacity - 1;
    int[] slots = new int[capacity]; // first token's index + 1; 0 is empty
    int[] slotHashes = new int[capacity];
    long repeated = 0;
    int idx = 0;
    while (idx < windows) {
      int hash = 0;
      for (int k = idx; k < idx + n; k++) {
        hash = hash * shifts[k] + hashes[k];
      }
      int slot = mix(hash) & mask;
      boolean seen = false;
      while (slots[slot] != 0) {
        if (slotHashes[slot] == hash && sameConcatenation(chars, slots[slot] - 1, idx, n)) {
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
        slots[slot] = idx + 1;
        slotHashes[slot] = hash;
        idx++;
      }
    }
    return repeated;
  }

  /** Tokens as chars, with their String hashes and 31 to the power of their length: read once per document. */
  private static final class Tokens {
    final char[][] chars;
    final int[] hashes;
    final int[] shifts;

    Tokens(List<String> words) {
      chars = new char[words.size()][];
      hashes = new int[chars.length];
      shifts = new int[chars.length];
      for (int i = 0; i < chars.length; i++) {
        String word = words.get(i);
        chars[i] = word.toCharArray();
        hashes[i] = word.hashCode();
        int shift = 1;
        for (int c = 0; c < chars[i].length; c++) {
          shift *= 31;
        }
        shifts[i] = shift;
      }
    }
  }

  /** Spreads a string hash's bits over the low ones the table uses. */
  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Whether the {@code n} tokens from {@code a} and the {@code n} tokens from {@code b}, each run
   * concatenated without separator, are the same chars (tokens may split differently: {@code ab c} is
   * {@code a bc}).
   */
  private static boolean sameConcatenation(char[][] tokens, int a, int b, int n) {
    int aEnd = a + n;
    int bEnd = b + n;
    int ai = a;
    int bi = b;
    int ac = 0;
    int bc = 0;
    while (true) {
      while (ai < aEnd && ac == tokens[ai].length) {
        ai++;
        ac = 0;
      }
      while (bi < bEnd && bc == tokens[bi].length) {
        bi++;
        bc = 0;
      }
      if (ai == aEnd || bi == bEnd) {
        return ai == aEnd && bi == bEnd;
      }
      if (tokens[ai][ac++] != tokens[bi][bc++]) {
        return false;
      }
    }
  }

  /** A window of tokens compared token by token, which is the same as comparing them joined by spaces. */
  private static final class NGram {
    private final List<String> words;
    private final int start;
    private final int n;
    private final int hash;

    NGram(List<String> words, int start, int n) {
      this.words = words;
      this.start = start;
      this.n = n;
      int h = 1;
      for (int k = start; k < start + n; k++) {
        h = 31 * h + words.get(k).hashCode();
      }
      this.hash = h;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof NGram other) || other.hash != hash) {
        return false;
      }
      for (int k = 0; k < n; k++) {
        if (!words.get(start + k).equals(other.words.get(other.start + k))) {
          return false;
        }
      }
      return true;
    }
  }
}
