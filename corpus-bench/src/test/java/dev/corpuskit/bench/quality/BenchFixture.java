package dev.corpuskit.bench.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The benchmark data of {@code ../shared}, each set loaded once; tests that need it skip without it. */
final class BenchFixture {

  private static final Map<Path, List<Page>> PAGES = new HashMap<>();

  private BenchFixture() {}

  /** news-extraction ({@code bench.data}). */
  static Path folder() {
    return Path.of(System.getProperty("bench.data", "../../shared/bench/news-extraction"));
  }

  /** web-extraction ({@code bench.web}). */
  static Path webFolder() {
    return Path.of(System.getProperty("bench.web", "../../shared/bench/web-extraction"));
  }

  /** The pages of news-extraction, or the test is skipped when the data is absent. */
  static List<Page> pages() {
    return pages(folder());
  }

  /** The pages of {@code folder}, or the test is skipped when the data is absent. */
  static synchronized List<Page> pages(Path folder) {
    assumeTrue(Files.isRegularFile(folder.resolve("ground-truth.json")),
        "benchmark data not found at " + folder.toAbsolutePath());
    return PAGES.computeIfAbsent(folder, f -> {
      try {
        return BenchData.load(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
