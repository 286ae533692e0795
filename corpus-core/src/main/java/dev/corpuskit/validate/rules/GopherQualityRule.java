package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.quality.GopherQuality;
import dev.corpuskit.quality.PyText;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Gopher's quality filter (Rae et al. 2021) as datatrove's {@code GopherQualityFilter} defines it: see
 * {@link GopherQuality} for the checks, their order and their reason codes ({@code gopher-short-doc},
 * {@code gopher-long-doc}, {@code gopher-below-avg-threshold}, {@code gopher-above-avg-threshold},
 * {@code gopher-too-many-hashes}, {@code gopher-too-many-ellipsis}, {@code gopher-too-many-bullets},
 * {@code gopher-too-many-end-ellipsis}, {@code gopher-below-alpha-threshold},
 * {@code gopher-enough-stop-words}). One finding per failed document, for the first failed check.
 */
public final class GopherQualityRule implements DocumentRule {

  public static final String ID = "gopher-quality";
  public static final Set<String> PARAMETERS = Set.of("minDocWords", "maxDocWords", "minAvgWordLength",
      "maxAvgWordLength", "maxSymbolWordRatio", "maxBulletLinesRatio", "maxEllipsisLinesRatio",
      "maxNonAlphaWordsRatio", "minStopWords", "stopWords");

  private final GopherQuality quality;

  public GopherQualityRule(RuleParameters p) {
    GopherQuality.Thresholds d = GopherQuality.DEFAULTS;
    this.quality = new GopherQuality(new GopherQuality.Thresholds(
        p.getLong("minDocWords", d.minDocWords(), 0),
        p.getLong("maxDocWords", d.maxDocWords(), 0),
        p.getDouble("minAvgWordLength", d.minAvgWordLength(), 0, Double.MAX_VALUE),
        p.getDouble("maxAvgWordLength", d.maxAvgWordLength(), 0, Double.MAX_VALUE),
        p.getDouble("maxSymbolWordRatio", d.maxSymbolWordRatio(), 0, Double.MAX_VALUE),
        p.getDouble("maxBulletLinesRatio", d.maxBulletLinesRatio(), 0, 1),
        p.getDouble("maxEllipsisLinesRatio", d.maxEllipsisLinesRatio(), 0, 1),
        p.getDouble("maxNonAlphaWordsRatio", d.maxNonAlphaWordsRatio(), 0, 1),
        p.getLong("minStopWords", d.minStopWords(), 0),
        p.getString("stopWords").map(s -> stopWords(p, s)).orElse(d.stopWords())));
  }

  private static Set<String> stopWords(RuleParameters p, String raw) {
    Set<String> words = new LinkedHashSet<>();
    PyText.split(raw, ',').stream().map(String::strip).filter(w -> !w.isEmpty()).forEach(words::add);
    if (words.isEmpty()) {
      throw new InvalidRuleConfigException(p.ruleId(), "stopWords", "lists no word; give comma-separated words");
    }
    return words;
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
