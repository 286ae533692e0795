package dev.corpuskit.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corpuskit.clean.CleanerConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer agrees with the reference {@code shinglef1.py} to three decimals on real outputs. */
class ReferenceScorerTest {

  @TempDir
  Path out;

  @Test
  void javaScoresMatchThePythonReference() throws Exception {
    List<Page> pages = BenchFixture.pages();
    Path script = BenchFixture.folder().resolveSibling("shinglef1.py");
    assumeTrue(Files.isRegularFile(script), "no " + script);
    assumeTrue(python3Runs(), "python3 not available");

    List<Result> results = QualityBench.run(List.of(new NaiveText(),
        new CorpuskitExtractor(CorpuskitExtractor.Mode.TEXT, CleanerConfig.defaults())), pages, 1);
    QualityBench.write(out, pages, results);

    for (Result result : results) {
      ShingleScore all = new ShingleScore();
      for (int i = 0; i < pages.size(); i++) {
        all.add(pages.get(i).gold(), result.outputs().get(i));
      }
      String[] reference = python(script, result.extractor()).strip().split(" ");
      assertThat(all.f1()).as("F1 of %s", result.extractor()).isCloseTo(Double.parseDouble(reference[0]), within(0.0006));
      assertThat(all.precision()).isCloseTo(Double.parseDouble(reference[1]), within(0.0006));
      assertThat(all.recall()).isCloseTo(Double.parseDouble(reference[2]), within(0.0006));
      assertThat(Integer.parseInt(reference[3])).isEqualTo(all.documents());
    }
  }

  private String python(Path script, String extractor) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("python3", script.toString(),
        BenchFixture.folder().resolve("ground-truth.json").toString(), out.resolve(extractor).toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  private static boolean python3Runs() {
    try {
      Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
