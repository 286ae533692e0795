package dev.corpuskit.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  @TempDir Path tmp;

  @Test
  void theSameSeedWritesTheSameCorpus() throws IOException {
    long one = new CorpusGenerator(7, 5).write(tmp.resolve("one"), 60);
    long two = new CorpusGenerator(7, 5).write(tmp.resolve("two"), 60);
    assertThat(two).isEqualTo(one);
    List<Path> files = files(tmp.resolve("one"));
    assertThat(files).hasSize(60).isEqualTo(files(tmp.resolve("two")));
    for (Path file : files) {
      assertThat(Files.readAllBytes(tmp.resolve("two").resolve(file)))
          .isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(file)));
    }
  }

  @Test
  void anotherSeedWritesAnotherCorpus() {
    assertThat(new CorpusGenerator(8, 5).document(3)).isNotEqualTo(new CorpusGenerator(7, 5).document(3));
  }

  @Test
  void documentsCarryTheDefectsTheCleanerRemoves() {
    CorpusGenerator generator = new CorpusGenerator(42, 50);
    String all = String.join("\n", java.util.stream.IntStream.range(0, 400).mapToObj(generator::document).toList());
    assertThat(all).contains("\r\n", "\u00A0", ", , ", "Related Article", "Leave a Reply", "Cookie Policy",
        "A photo shows");
    assertThat(generator.path(51)).isEqualTo("cluster-001/0000051.txt");
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
