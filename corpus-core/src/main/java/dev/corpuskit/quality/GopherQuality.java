package dev.corpuskit.quality;

import static dev.corpuskit.quality.QualityVerdict.format;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Gopher's quality heuristics (Rae et al. 2021, "Scaling Language Models: Methods, Analysis &amp;
 * Insights from Training Gopher", appendix A.1.1), defined as datatrove's {@code GopherQualityFilter.filter}
 * ({@code src/datatrove/pipeline/filters/gopher_quality_filter.py}) defines them. With {@code words} the
 * tokens of {@link NltkWords} and a <em>non-symbol word</em> a token with a character outside
 * {@link #PUNCTUATION} ({@code datatrove.utils.text.PUNCTUATION_SET}), the checks, in order, each
 * giving its reason code when it fails:
 *
 * <ol>
 *   <li>{@code gopher-short-doc}: fewer than {@code minDocWords} (50) non-symbol words;
 *   <li>{@code gopher-long-doc}: more than {@code maxDocWords} (100,000);
 *   <li>{@code gopher-below-avg-threshold} / {@code gopher-above-avg-threshold}: the mean length in
 *       code points of the non-symbol words below {@code minAvgWordLength} (3) or above
 *       {@code maxAvgWordLength} (10);
 *   <li>{@code gopher-too-many-hashes}: the count of {@code #} over the count of all tokens above
 *       {@code maxSymbolWordRatio} (0.1);
 *   <li>{@code gopher-too-many-ellipsis}: the count of {@code ...} (non-overlapping) plus {@code …} over
 *       all tokens above the same ratio;
 *   <li>{@code gopher-too-many-bullets}: more than {@code maxBulletLinesRatio} (0.9) of the lines
 *       ({@code str.splitlines}) start with {@code •} or {@code -} after leading whitespace;
 *   <li>{@code gopher-too-many-end-ellipsis}: more than {@code maxEllipsisLinesRatio} (0.3) of the lines
 *       end with {@code ...} or {@code …} before trailing whitespace;
 *   <li>{@code gopher-below-alpha-threshold}: fewer than {@code maxNonAlphaWordsRatio} (0.8, the
 *       reference's name for a minimum) of all tokens hold a letter;
 *   <li>{@code gopher-enough-stop-words}: fewer than {@code minStopWords} (2) tokens are one of
 *       {@code stopWords} (the, be, to, of, and, that, have, with; matched exactly, so "The" is not one).
 * </ol>
 *
 * <p>As in the reference, a threshold of 0 switches its check off, and a check whose value is undefined
 * (a division by zero, the mean of no words) does not fail.
 */
public final class GopherQuality {

  /**
   * datatrove's {@code PUNCTUATION} ({@code src/datatrove/utils/text.py}): ASCII and CJK punctuation,
   * dashes, quotes, and the control characters U+0000 to U+0008, U+000B to U+001F and U+007F to U+009F.
   */
  public static final String PUNCTUATION;

  /** {@link #PUNCTUATION} as a bit set over the BMP, for a test per char without a scan of the string. */
  private static final long[] PUNCTUATION_BITS = new long[1 << 10];

  static {
    StringBuilder p = new StringBuilder(
        "!/—”:％１〈&(、━\\【#%「」，】；+^]~“《„';’{|∶´[=-`*．（–？！：$～«〉,><》)?）。…@_.\"}►»");
    for (int c = 0; c < 160; c++) {
      if (c < 9 || (c >= 11 && c < 32) || c >= 127) {
        p.append((char) c);
      }
    }
    PUNCTUATION = p.toString();
    for (int i = 0; i < PUNCTUATION.length(); i++) {
      char c = PUNCTUATION.charAt(i);
      PUNCTUATION_BITS[c >>> 6] |= 1L << c;
    }
  }

  /** The reference's stop words. */
  public static final Set<String> STOP_WORDS = Set.of("the", "be", "to", "of", "and", "that", "have", "with");

  /** The thresholds, with the reference's defaults in {@link #DEFAULTS}. */
  public record Thresholds(long minDocWords, long maxDocWords, double minAvgWordLength,
      double maxAvgWordLength, double maxSymbolWordRatio, double maxBulletLinesRatio,
      double maxEllipsisLinesRatio, double maxNonAlphaWordsRatio, long minStopWords, Set<String> stopWords) {

    public Thresholds {
      stopWords = Set.copyOf(Objects.requireNonNull(stopWords, "stopWords"));
    }
  }

  public static final Thresholds DEFAULTS =
      new Thresholds(50, 100_000, 3, 10, 0.1, 0.9, 0.3, 0.8, 2, STOP_WORDS);

  private final Thresholds t;

  public GopherQuality(Thresholds thresholds) {
    this.t = Objects.requireNonNull(thresholds, "thresholds");
  }

  /** Measures {@code text}. */
  public QualityVerdict measure(String text) {
    return measure(text, NltkWords.tokenize(text));
  }

  /** Measures {@code text} whose tokens are {@code words}. */
  public QualityVerdict measure(String text, List<String> words) {
    QualityVerdict.Builder v = new QualityVerdict.Builder();
    int nWords = words.size();
    long nonSymbol = 0;
    long nonSymbolLength = 0;
    long alpha = 0;
    long stop = 0;
    for (String w : words) {
      if (isNonSymbol(w)) {
        nonSymbol++;
        nonSymbolLength += PyText.length(w);
      }
      if (PyText.hasLetter(w)) {
        alpha++;
      }
      if (t.stopWords().contains(w)) {
        stop++;
      }
    }
    v.signal("gopher-words", nonSymbol);
    if (t.minDocWords() > 0 && nonSymbol < t.minDocWords()) {
      v.fail("gopher-short-doc", nonSymbol, t.minDocWords(),
          nonSymbol + " words, fewer than minDocWords " + t.minDocWords());
    }
    if (t.maxDocWords() > 0 && nonSymbol > t.maxDocWords()) {
      v.fail("gopher-long-doc", nonSymbol, t.maxDocWords(),
          nonSymbol + " words, more than maxDocWords " + t.maxDocWords());
    }
    if (nonSymbol > 0) {
      double mean = (double) nonSymbolLength / nonSymbol;
      v.signal("gopher-avg-word-length", mean);
      if (t.minAvgWordLength() > 0 && mean < t.minAvgWordLength()) {
        v.fail("gopher-below-avg-threshold", mean, t.minAvgWordLength(),
            "mean word length " + format(mean) + ", below minAvgWordLength " + format(t.minAvgWordLength()));
      }
      if (t.maxAvgWordLength() > 0 && mean > t.maxAvgWordLength()) {
        v.fail("gopher-above-avg-threshold", mean, t.maxAvgWordLength(),
            "mean word length " + format(mean) + ", above maxAvgWordLength " + format(t.maxAvgWordLength()));
      }
    }
    if (nWords > 0) {
      double hashes = (double) PyText.count(text, '#') / nWords;
      double ellipses = (double) (PyText.count(text, "...") + PyText.count(text, '…')) / nWords;
      v.signal("gopher-hash-ratio", hashes);
      v.signal("gopher-ellipsis-ratio", ellipses);
      if (t.maxSymbolWordRatio() > 0 && hashes > t.maxSymbolWordRatio()) {
        v.fail("gopher-too-many-hashes", hashes, t.maxSymbolWordRatio(),
            "'#' per word " + format(hashes) + ", above maxSymbolWordRatio " + format(t.maxSymbolWordRatio()));
      }
      if (t.maxSymbolWordRatio() > 0 && ellipses > t.maxSymbolWordRatio()) {
        v.fail("gopher-too-many-ellipsis", ellipses, t.maxSymbolWordRatio(),
            "ellipses per word " + format(ellipses) + ", above maxSymbolWordRatio "
                + format(t.maxSymbolWordRatio()));
      }
    }
    List<String> lines = PyText.splitLines(text);
    if (!lines.isEmpty()) {
      int bullets = 0;
      int endEllipsis = 0;
      for (String line : lines) {
        String left = PyText.lstrip(line);
        if (left.startsWith("•") || left.startsWith("-")) {
          bullets++;
        }
        String right = PyText.rstrip(line);
        if (right.endsWith("...") || right.endsWith("…")) {
          endEllipsis++;
        }
      }
      double bulletShare = (double) bullets / lines.size();
      double ellipsisShare = (double) endEllipsis / lines.size();
      v.signal("gopher-bullet-lines-ratio", bulletShare);
      v.signal("gopher-end-ellipsis-lines-ratio", ellipsisShare);
      if (t.maxBulletLinesRatio() > 0 && bulletShare > t.maxBulletLinesRatio()) {
        v.fail("gopher-too-many-bullets", bulletShare, t.maxBulletLinesRatio(),
            "share of lines starting with a bullet " + format(bulletShare) + ", above maxBulletLinesRatio "
                + format(t.maxBulletLinesRatio()));
      }
      if (t.maxEllipsisLinesRatio() > 0 && ellipsisShare > t.maxEllipsisLinesRatio()) {
        v.fail("gopher-too-many-end-ellipsis", ellipsisShare, t.maxEllipsisLinesRatio(),
            "share of lines ending with an ellipsis " + format(ellipsisShare)
                + ", above maxEllipsisLinesRatio " + format(t.maxEllipsisLinesRatio()));
      }
    }
    if (nWords > 0) {
      double alphaShare = (double) alpha / nWords;
      v.signal("gopher-alpha-words-ratio", alphaShare);
      if (t.maxNonAlphaWordsRatio() > 0 && alphaShare < t.maxNonAlphaWordsRatio()) {
        v.fail("gopher-below-alpha-threshold", alphaShare, t.maxNonAlphaWordsRatio(),
            "share of words with a letter " + format(alphaShare) + ", below maxNonAlphaWordsRatio "
                + format(t.maxNonAlphaWordsRatio()));
      }
    }
    v.signal("gopher-stop-words", stop);
    if (t.minStopWords() > 0 && stop < t.minStopWords()) {
      v.fail("gopher-enough-stop-words", stop, t.minStopWords(),
          stop + " stop words, fewer than minStopWords " + t.minStopWords());
    }
    return v.build();
  }

  /** Whether {@code word} has a character outside {@link #PUNCTUATION}. */
  static boolean isNonSymbol(String word) {
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (c > 0xFFFF || (PUNCTUATION_BITS[c >>> 6] & (1L << c)) == 0) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }
}
