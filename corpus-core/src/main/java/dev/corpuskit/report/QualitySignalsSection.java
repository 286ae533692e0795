package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuskit.report.CorpusReport.Html;
import dev.corpuskit.report.CorpusReport.Svg;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.Signal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review page's sections on what the rules measured and dropped: a table of the documents each
 * rule whose action is drop kept and dropped ({@code id="dropped"}), and a histogram of every quality
 * signal ({@code id="quality-signals"}), so that a threshold can be chosen from the distribution. A
 * signal's threshold is the one its rule's findings carry ({@link Measure} of the same name), marked on
 * the bin that holds it; a signal no document crossed shows none. Values are binned into at most
 * {@link #BINS} equal bins between the least and the greatest (the threshold included), whole-number
 * bins when every value is whole; undefined values are counted apart.
 */
final class QualitySignalsSection {

  /** Bins of a histogram at most. */
  static final int BINS = 20;

  /** Per rule, per signal name, the values in file order. */
  private final Map<String, Map<String, Values>> signals = new TreeMap<>();
  /** Per rule, per measure name, the threshold its findings carry. */
  private final Map<String, Map<String, Double>> thresholds = new TreeMap<>();
  private DropTotals drops = DropTotals.NONE;

  /** The values of one signal, growing as documents come. */
  private static final class Values {
    double[] values = new double[64];
    int size;
    long undefined;

    void add(double value) {
      if (!Double.isFinite(value)) {
        undefined++;
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }

  void signals(List<Signal> document) {
    for (Signal signal : document) {
      signals.computeIfAbsent(signal.rule(), rule -> new TreeMap<>())
          .computeIfAbsent(signal.name(), name -> new Values()).add(signal.value());
    }
  }

  void finding(Finding finding) {
    Measure measure = finding.measure();
    if (measure != null) {
      thresholds.computeIfAbsent(finding.ruleId(), rule -> new TreeMap<>()).put(measure.name(), measure.threshold());
    }
  }

  void drops(DropTotals totals) {
    drops = totals;
  }

  /** The field {@code dropped} of {@code summary.json}, when a rule drops. */
  void summary(JsonGenerator json) throws IOException {
    drops.write(json);
  }

  void write(Html html) {
    if (!drops.byRule().isEmpty()) {
      html.raw("<section id=\"dropped\">\n<h2>Dropped by rules</h2>\n<table id=\"dropped-by-rule\">\n")
          .raw("<tr><th>Rule</th><th>Kept</th><th>Dropped</th></tr>\n");
      for (Map.Entry<String, Integer> rule : drops.byRule().entrySet()) {
        html.raw("<tr><td>").text(rule.getKey()).raw("</td><td>").text(CorpusReport.number(drops.kept(rule.getKey())))
            .raw("</td><td>").text(CorpusReport.number(rule.getValue())).raw("</td></tr>\n");
      }
      html.raw("</table>\n<p>").text(CorpusReport.number(drops.documents()))
          .raw(" documents left out of the corpus by rules whose action is drop; each is audited under ")
          .raw("<code>leftOut</code> in <a href=\"cleaning.json\">cleaning.json</a>.</p>\n</section>\n");
    }
    if (signals.isEmpty()) {
      return;
    }
    html.raw("<section id=\"quality-signals\">\n<h2>Quality signals</h2>\n<p>What the rules measured on every ")
        .raw("document, dropped or kept; each document's values are in ")
        .raw("<a href=\"").raw(QualitySignalsJson.FILE).raw("\">").raw(QualitySignalsJson.FILE).raw("</a>.</p>\n");
    for (Map.Entry<String, Map<String, Values>> rule : signals.entrySet()) {
      for (Map.Entry<String, Values> signal : rule.getValue().entrySet()) {
        Double threshold = thresholds.getOrDefault(rule.getKey(), Map.of()).get(signal.getKey());
        histogram(html, rule.getKey(), signal.getKey(), signal.getValue(), threshold);
      }
    }
    html.raw("</section>\n");
  }

  private static void histogram(Html html, String rule, String name, Values values, Double threshold) {
    html.raw("<h3>").text(rule + ": " + name).raw("</h3>\n<p>");
    html.text(CorpusReport.number(values.size) + " documents");
    if (values.undefined > 0) {
      html.text(", " + CorpusReport.number(values.undefined) + " undefined");
    }
    if (threshold != null) {
      html.text("; threshold " + Numbers.text(threshold) + ", marked ▲");
    }
    html.raw("</p>\n");
    if (values.size == 0) {
      return;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    boolean whole = true;
    for (int i = 0; i < values.size; i++) {
      double v = values.values[i];
      min = Math.min(min, v);
      max = Math.max(max, v);
      whole &= v == Math.rint(v);
    }
    if (threshold != null && Double.isFinite(threshold)) {
      min = Math.min(min, threshold);
      max = Math.max(max, threshold);
      whole &= threshold == Math.rint(threshold);
    }
    int bins;
    double width;
    if (whole) {
      double span = max - min + 1;
      width = Math.ceil(span / BINS);
      bins = (int) Math.ceil(span / width);
    } else {
      bins = max > min ? BINS : 1;
      width = max > min ? (max - min) / BINS : 1;
    }
    long[] counts = new long[bins];
    for (int i = 0; i < values.size; i++) {
      counts[bin(values.values[i], min, width, bins)]++;
    }
    int marked = threshold == null || !Double.isFinite(threshold) ? -1 : bin(threshold, min, width, bins);
    List<String> labels = new ArrayList<>(bins);
    List<long[]> bars = new ArrayList<>(bins);
    for (int i = 0; i < bins; i++) {
      double from = min + i * width;
      String label = whole
          ? (width == 1 ? Numbers.text(from) : Numbers.text(from) + "–" + Numbers.text(from + width - 1))
          : Numbers.text(round(from)) + "–" + Numbers.text(round(i == bins - 1 ? max : from + width));
      labels.add(i == marked ? label + " ▲" : label);
      bars.add(new long[] {counts[i]});
    }
    Svg.bars(html, "Documents by " + rule + " " + name
        + (threshold == null ? "" : ", threshold " + Numbers.text(threshold)), labels, bars,
        new String[] {"documents"});
  }

  /** The bin of {@code value}; the greatest value falls into the last bin. */
  private static int bin(double value, double min, double width, int bins) {
    return (int) Math.max(0, Math.min(bins - 1, Math.floor((value - min) / width)));
  }

  /** {@code value} to four significant digits, for a bin's bounds. */
  private static double round(double value) {
    return value == 0 ? 0 : new java.math.BigDecimal(value).round(new java.math.MathContext(4)).doubleValue();
  }
}
