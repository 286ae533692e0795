package dev.corpuskit.bench.near;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corpuskit.bench.quality.BenchData;
import dev.corpuskit.bench.quality.Page;
import dev.corpuskit.near.NearDuplicateConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole scoring on a slice of the shared benchmark sets (skipped where {@code ../shared} is absent):
 * the first pages of news-extraction and web-extraction, their gold bodies and the core's extraction.
 */
class NearDuplicateBenchTest {

  private static final int SLICE = 120;

  private static List<Page> slice(String property, String fallback) throws Exception {
    Path folder = Path.of(System.getProperty(property, fallback));
    assumeTrue(Files.isRegularFile(folder.resolve("ground-truth.json")),
        "benchmark data not found at " + folder.toAbsolutePath());
    List<Page> pages = BenchData.load(folder);
    return pages.subList(0, Math.min(SLICE, pages.size()));
  }

  @Test
  void theIndexFindsTheBruteForcePairsOfRealPagesAndNoneBelowTheThreshold() throws Exception {
    List<Doc> docs = new ArrayList<>(NearDuplicateBench.documents(
        slice("bench.data", "../../shared/bench/news-extraction")));
    docs.addAll(NearDuplicateBench.documents(slice("bench.web", "../../shared/bench/web-extraction")));

    List<Comparison.Row> rows = NearDuplicateBench.compare("slice", docs);

    Comparison.Row defaults = rows.get(0);
    assertThat(defaults.threshold()).isEqualTo(NearDuplicateConfig.DEFAULTS.threshold());
    assertThat(defaults.expected()).isGreaterThan(100); // gold and extraction of one page are near-copies
    assertThat(defaults.recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(defaults.reportedBelow()).isZero();
    assertThat(rows.get(1).threshold()).isEqualTo(0.7);
    assertThat(rows.get(1).reportedBelow()).isZero();
  }

  @Test
  void syntheticCopiesOfRealArticlesAreFoundWithoutPairingDifferentArticles() throws Exception {
    List<Doc> articles = NearDuplicateBench.articles(slice("bench.data", "../../shared/bench/news-extraction"))
        .subList(0, 60);
    List<Republished.Version> versions = new Republished(articles, 20).withinBound(3);
    NearDuplicateConfig d = NearDuplicateConfig.DEFAULTS;

    RepublishedScore.Score score = RepublishedScore.score(versions,
        IndexRun.run(versions.stream().map(Republished.Version::doc).toList(), d), d.shingleWords(), d.threshold());

    assertThat(score.pairs().precision()).isGreaterThanOrEqualTo(0.95);
    // The cut copies (up to 10% of the words dropped) stay above 0.8: the LSH must find nearly all.
    RepublishedScore.ClassRow cut = score.classes().get(RepublishedScore.PairClass.CUT_COPY_ORIGINAL.ordinal());
    assertThat(cut.pairs()).isGreaterThan(50);
    assertThat((double) cut.found() / cut.pairs()).isGreaterThanOrEqualTo(0.9);
  }
}
