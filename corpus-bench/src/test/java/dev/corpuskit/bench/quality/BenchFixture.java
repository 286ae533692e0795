package dev.corpuskit.bench.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmark data of {@code ../shared}, loaded once; tests that need it skip without it. */
final class BenchFixture {

  private static List<Page> pages;

  private BenchFixture() {}

  static Path folder() {
    return Path.of(System.getProperty("bench.data", "../../shared/bench/news-extraction"));
  }

  /** The pages, or the test is skipped when the data is absent. */
  static synchronized List<Page> pages() {
    assumeTrue(Files.isRegularFile(folder().resolve("ground-truth.json")),
        "benchmark data not found at " + folder().toAbsolutePath());
    if (pages == null) {
      try {
        pages = BenchData.load(folder());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages;
  }
}
