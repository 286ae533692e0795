package dev.corpuskit.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.CleanerConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measured extraction quality does not regress: F1 on the tuning part stays at or above the
 * floors below, which are the numbers of BENCHMARKS.md rounded down. Raise them when quality improves.
 */
class QualityRegressionTest {

  static final double TEXT_FLOOR = 0.90;
  static final double HTML_FLOOR = 0.95;

  @Test
  void plainTextCleaningKeepsItsF1() {
    assertThat(tuningF1(CorpuskitExtractor.Mode.TEXT)).isGreaterThanOrEqualTo(TEXT_FLOOR);
  }

  @Test
  void htmlExtractionKeepsItsF1() {
    assertThat(tuningF1(CorpuskitExtractor.Mode.HTML)).isGreaterThanOrEqualTo(HTML_FLOOR);
  }

  private static double tuningF1(CorpuskitExtractor.Mode mode) {
    List<Page> tuning = BenchFixture.pages().stream().filter(Page::isTuning).toList();
    List<String> out = new CorpuskitExtractor(mode, CleanerConfig.defaults()).extract(tuning);
    ShingleScore score = new ShingleScore();
    for (int i = 0; i < tuning.size(); i++) {
      score.add(tuning.get(i).gold(), out.get(i));
    }
    return score.f1();
  }
}
