package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole cleaner with the opt-in steps on is idempotent on real pages: the example corpus (always
 * here) and, where {@code ../shared/bench} exists, the news-extraction full texts.
 */
class OptInStepsIdempotenceTest {

  @Test
  void cleaningTwiceWithC4AndPiiChangesNothing() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> example = Files.list(Path.of("../corpus-example/src/main/corpus"))) {
      example.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    Path bench = Path.of("../../shared/bench/news-extraction/text");
    if (Files.isDirectory(bench)) {
      try (Stream<Path> news = Files.list(bench)) {
        news.sorted().limit(150).forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    Cleaner cleaner = new Cleaner(CleanerConfig.defaults().withOptInSteps(Set.of("c4", "pii"), Map.of()));
    int c4Changes = 0;
    for (Path file : files) {
      Cleaned once = cleaner.clean(Files.readString(file, StandardCharsets.UTF_8));
      c4Changes += (int) once.changes().stream().map(Change::step).filter(s -> s.startsWith("c4/")).count();
      Cleaned twice = cleaner.clean(once.text());
      assertThat(twice.text()).as(file.toString()).isEqualTo(once.text());
      assertThat(twice.changes()).as(file.toString()).isEmpty();
    }
    assertThat(c4Changes).isPositive();
  }
}
