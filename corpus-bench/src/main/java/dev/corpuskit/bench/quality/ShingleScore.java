package dev.corpuskit.bench.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's score, as {@code shinglef1.py} computes it: per document, the
 * 4-token shingles (tokens are runs of Python's Unicode {@code \w}: letters, digits, underscore) of
 * gold and prediction give true positives, false positives and false negatives normalised to sum 1;
 * precision and recall are averaged over the documents where they are defined, F1 is their harmonic
 * mean.
 */
public final class ShingleScore {

  private static final int N = 4;

  private final List<double[]> rows = new ArrayList<>();

  /** Adds one document. */
  public void add(String gold, String predicted) {
    Map<List<String>, Integer> a = shingles(gold);
    Map<List<String>, Integer> b = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int x = a.getOrDefault(key, 0);
      int y = b.getOrDefault(key, 0);
      tp += Math.min(x, y);
      fp += Math.max(0, y - x);
      fn += Math.max(0, x - y);
    }
    double sum = tp + fp + fn;
    rows.add(sum == 0 ? new double[3] : new double[] {tp / sum, fp / sum, fn / sum});
  }

  /** Mean precision over the documents with a prediction. */
  public double precision() {
    return mean(0, 1, true);
  }

  /** Mean recall over the documents with gold. */
  public double recall() {
    return mean(0, 2, false);
  }

  /** The harmonic mean of {@link #precision()} and {@link #recall()}. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** How many documents were added. */
  public int documents() {
    return rows.size();
  }

  private double mean(int tpIndex, int otherIndex, boolean precision) {
    double sum = 0;
    int n = 0;
    for (double[] row : rows) {
      double tp = row[0];
      double fp = row[1];
      double fn = row[2];
      if (tp + row[otherIndex] <= 0) {
        continue;
      }
      double other = precision ? fp : fn;
      double value;
      if (fp == 0 && fn == 0) {
        value = 1;
      } else if (tp == 0 && other == 0) {
        value = 0;
      } else {
        value = tp / (tp + other);
      }
      sum += value;
      n++;
    }
    return n == 0 ? 0 : sum / n;
  }

  /** The 4-token shingles of {@code text}, counted; a text of fewer tokens is one shorter shingle. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    int last = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < last && i < tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
    }
    return counts;
  }

  /** Runs of Python's {@code \w}: code points that are letters, numbers or underscore. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean word = isWord(c);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  private static boolean isWord(int c) {
    if (c == '_') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }
}
