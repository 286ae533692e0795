package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.quality.GopherRepetition;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gopher's repetition filter (Rae et al. 2021, table A1) as datatrove's {@code GopherRepetitionFilter}
 * defines it: see {@link GopherRepetition} for the checks, their order and their reason codes
 * ({@code dup-para-frac}, {@code dup-para-char-frac}, {@code dup-line-frac}, {@code dup-line-char-frac},
 * {@code top-2-gram} to {@code top-4-gram}, {@code duplicated-5-n-grams} to
 * {@code duplicated-10-n-grams}). One finding per failed document, for the first failed check.
 */
public final class GopherRepetitionRule implements DocumentRule {

  public static final String ID = "gopher-repetition";
  public static final Set<String> PARAMETERS;

  static {
    Set<String> names = new LinkedHashSet<>(Set.of("dupLineFrac", "dupParaFrac", "dupLineCharFrac",
        "dupParaCharFrac"));
    GopherRepetition.DEFAULTS.topNGrams().keySet().forEach(n -> names.add(topName(n)));
    GopherRepetition.DEFAULTS.dupNGrams().keySet().forEach(n -> names.add(dupName(n)));
    PARAMETERS = Set.copyOf(names);
  }

  private static String topName(int n) {
    return "top" + n + "GramFrac";
  }

  private static String dupName(int n) {
    return "dup" + n + "GramFrac";
  }

  private final GopherRepetition repetition;

  public GopherRepetitionRule(RuleParameters p) {
    GopherRepetition.Thresholds d = GopherRepetition.DEFAULTS;
    Map<Integer, Double> top = new LinkedHashMap<>();
    d.topNGrams().forEach((n, v) -> top.put(n, p.getDouble(topName(n), v, 0, 1)));
    Map<Integer, Double> dup = new LinkedHashMap<>();
    d.dupNGrams().forEach((n, v) -> dup.put(n, p.getDouble(dupName(n), v, 0, 1)));
    this.repetition = new GopherRepetition(new GopherRepetition.Thresholds(
        p.getDouble("dupLineFrac", d.dupLineFrac(), 0, 1),
        p.getDouble("dupParaFrac", d.dupParaFrac(), 0, 1),
        p.getDouble("dupLineCharFrac", d.dupLineCharFrac(), 0, 1),
        p.getDouble("dupParaCharFrac", d.dupParaCharFrac(), 0, 1),
        top, dup));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    QualityVerdicts.report(ID, repetition.measure(document.text(), QualityVerdicts.words(document)), reporter);
  }
}
