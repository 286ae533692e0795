package dev.corpuskit.quality;

import static dev.corpuskit.quality.QualityVerdict.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * FineWeb's own quality rules (Penedo et al. 2024, "The FineWeb Datasets"), defined as datatrove's
 * {@code FineWebQualityFilter.filter} ({@code src/datatrove/pipeline/filters/fineweb_quality_filter.py})
 * defines them. Lines are the pieces of the text between LF characters (Python's
 * {@code str.split} at each LF, so a final LF gives a last, empty line); lengths are in code points. The
 * checks, in order:
 *
 * <ol>
 *   <li>{@code line-punct-ratio}: the share of lines ending with {@code .}, {@code '}, {@code "},
 *       {@code !} or {@code ?} at most {@code linePunctThr} (0.12) fails, unless it is 0 and
 *       {@code linePunctExcludeZero} (false) is set;
 *   <li>{@code short-line-ratio}: the share of lines of at most {@code shortLineLength} (30) characters
 *       at least {@code shortLineThr} (0.67) fails;
 *   <li>{@code char-dup-ratio}: the characters of the non-blank lines equal to an earlier non-blank line
 *       ({@code find_duplicates}), over the characters of the text less its LFs, at least
 *       {@code charDuplicatesRatio} (0.01) fails;
 *   <li>{@code list-ratio}: the count of LF over the count of {@link NltkWords} tokens above
 *       {@code newLineRatio} (0.3) fails.
 * </ol>
 *
 * <p>Note the comparisons: the reference fails at equality for the first three and only above the
 * threshold for the fourth. A check whose denominator is 0 (undefined in the reference) does not fail.
 */
public final class FineWebQuality {

  /** The thresholds, with the reference's defaults in {@link #DEFAULTS}. */
  public record Thresholds(double linePunctThr, boolean linePunctExcludeZero, double shortLineThr,
      long shortLineLength, double charDuplicatesRatio, double newLineRatio) {}

  public static final Thresholds DEFAULTS = new Thresholds(0.12, false, 0.67, 30, 0.01, 0.3);

  private static final String STOP_CHARS = ".'\"!?";

  private final Thresholds t;

  public FineWebQuality(Thresholds thresholds) {
    this.t = Objects.requireNonNull(thresholds, "thresholds");
  }

  /** Measures {@code text}. */
  public QualityVerdict measure(String text) {
    return measure(text, null);
  }

  /**
   * Measures {@code text} whose tokens are {@code words}, or tokenises it when {@code words} is null and
   * the last check is reached with a defined value.
   */
  public QualityVerdict measure(String text, List<String> words) {
    QualityVerdict.Builder v = new QualityVerdict.Builder();
    List<String> lines = PyText.split(text, '\n');
    int punct = 0;
    int shortLines = 0;
    List<String> nonEmpty = new ArrayList<>();
    for (String line : lines) {
      if (!line.isEmpty() && STOP_CHARS.indexOf(line.charAt(line.length() - 1)) >= 0) {
        punct++;
      }
      if (PyText.length(line) <= t.shortLineLength()) {
        shortLines++;
      }
      if (!PyText.isBlank(line)) {
        nonEmpty.add(line);
      }
    }
    double punctShare = (double) punct / lines.size();
    v.signal("line-punct-ratio", punctShare);
    if (punctShare <= t.linePunctThr() && !(punctShare == 0 && t.linePunctExcludeZero())) {
      v.fail("line-punct-ratio", punctShare, t.linePunctThr(), "share of lines ending in punctuation "
          + format(punctShare) + ", at most linePunctThr " + format(t.linePunctThr()));
    }
    double shortShare = (double) shortLines / lines.size();
    v.signal("short-line-ratio", shortShare);
    if (shortShare >= t.shortLineThr()) {
      v.fail("short-line-ratio", shortShare, t.shortLineThr(), "share of lines of at most "
          + t.shortLineLength() + " characters " + format(shortShare) + ", at least shortLineThr "
          + format(t.shortLineThr()));
    }
    int newLines = PyText.count(text, '\n');
    double chars = PyText.length(text) - newLines;
    if (chars > 0) {
      double dupShare = GopherRepetition.duplicates(nonEmpty)[1] / chars;
      v.signal("char-dup-ratio", dupShare);
      if (dupShare >= t.charDuplicatesRatio()) {
        v.fail("char-dup-ratio", dupShare, t.charDuplicatesRatio(), "share of characters in repeated lines "
            + format(dupShare) + ", at least charDuplicatesRatio " + format(t.charDuplicatesRatio()));
      }
    }
    List<String> tokens = words != null ? words : NltkWords.tokenize(text);
    if (!tokens.isEmpty()) {
      double listShare = (double) newLines / tokens.size();
      v.signal("list-ratio", listShare);
      if (listShare > t.newLineRatio()) {
        v.fail("list-ratio", listShare, t.newLineRatio(), "line breaks per word " + format(listShare)
            + ", above newLineRatio " + format(t.newLineRatio()));
      }
    }
    return v.build();
  }
}
