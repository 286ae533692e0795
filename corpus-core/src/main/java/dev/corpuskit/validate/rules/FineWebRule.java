package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.quality.FineWebQuality;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;
import java.util.Set;

/**
 * FineWeb's quality filter (Penedo et al. 2024) as datatrove's {@code FineWebQualityFilter} defines it:
 * see {@link FineWebQuality} for the checks, their order and their reason codes
 * ({@code line-punct-ratio}, {@code short-line-ratio}, {@code char-dup-ratio}, {@code list-ratio}). One
 * finding per failed document, for the first failed check.
 */
public final class FineWebRule implements DocumentRule {

  public static final String ID = "fineweb";
  public static final Set<String> PARAMETERS = Set.of("linePunctThr", "linePunctExcludeZero",
      "shortLineThr", "shortLineLength", "charDuplicatesRatio", "newLineRatio");

  private final FineWebQuality quality;

  public FineWebRule(RuleParameters p) {
    FineWebQuality.Thresholds d = FineWebQuality.DEFAULTS;
    this.quality = new FineWebQuality(new FineWebQuality.Thresholds(
        p.getDouble("linePunctThr", d.linePunctThr(), 0, 1),
        QualityVerdicts.getBoolean(p, "linePunctExcludeZero", d.linePunctExcludeZero()),
        p.getDouble("shortLineThr", d.shortLineThr(), 0, 1),
        p.getLong("shortLineLength", d.shortLineLength(), 0),
        p.getDouble("charDuplicatesRatio", d.charDuplicatesRatio(), 0, 1),
        p.getDouble("newLineRatio", d.newLineRatio(), 0, Double.MAX_VALUE)));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    QualityVerdicts.report(ID, quality.measure(document.text(), QualityVerdicts.words(document)), reporter);
  }
}
