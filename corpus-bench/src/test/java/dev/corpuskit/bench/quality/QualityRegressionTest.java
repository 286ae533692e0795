package dev.corpuskit.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.CleanerConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measured extraction quality does not regress: F1 on the tuning part of each set stays at or above
 * the floors below, a little under the numbers of BENCHMARKS.md (the corpus pre-pass here sees the
 * tuning pages only, so its figures are a little lower than the harness's). Raise them when quality
 * improves.
 */
class QualityRegressionTest {

  static final double TEXT_FLOOR = 0.90;
  static final double HTML_FLOOR = 0.95;
  static final double WEB_TEXT_FLOOR = 0.87;
  static final double WEB_HTML_FLOOR = 0.90;

  @Test
  void plainTextCleaningKeepsItsF1() {
    assertThat(tuningF1(CorpuskitExtractor.Mode.TEXT)).isGreaterThanOrEqualTo(TEXT_FLOOR);
  }

  @Test
  void htmlExtractionKeepsItsF1() {
    assertThat(tuningF1(CorpuskitExtractor.Mode.HTML)).isGreaterThanOrEqualTo(HTML_FLOOR);
  }

  @Test
  void blogAndNewsPagesKeepTheirTextF1() {
    assertThat(tuningF1(BenchFixture.webFolder(), CorpuskitExtractor.Mode.TEXT)).isGreaterThanOrEqualTo(WEB_TEXT_FLOOR);
  }

  @Test
  void blogAndNewsPagesKeepTheirHtmlF1() {
    assertThat(tuningF1(BenchFixture.webFolder(), CorpuskitExtractor.Mode.HTML)).isGreaterThanOrEqualTo(WEB_HTML_FLOOR);
  }

  private static double tuningF1(CorpuskitExtractor.Mode mode) {
    return tuningF1(BenchFixture.folder(), mode);
  }

  private static double tuningF1(Path set, CorpuskitExtractor.Mode mode) {
    List<Page> tuning = BenchFixture.pages(set).stream().filter(Page::isTuning).toList();
    List<String> out = new CorpuskitExtractor(mode, CleanerConfig.defaults()).extract(tuning);
    ShingleScore score = new ShingleScore();
    for (int i = 0; i < tuning.size(); i++) {
      score.add(tuning.get(i).gold(), out.get(i));
    }
    return score.f1();
  }
}
