package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many tiny files, scanned and validated in a JVM with {@code -Xmx256m}: it finishes, in bounded time
 * per file. The default run uses 20,000 files (about 15 s, most of it writing them); the full run of a million is
 * {@code ./mvnw -pl corpus-core test -Dtest=ManyFilesTest -Dcorpuskit.manyFiles=1000000
 * -Dcorpuskit.manyFilesHeap=1g} (figures in RELIABILITY.md).
 */
class ManyFilesTest {

  private static final Pattern FIGURES = Pattern.compile(
      "files=(\\d+) generate-ms=(\\d+) validate-ms=(\\d+) findings=(\\d+) errors=(\\d+)"
          + " peak-heap=(\\d+) retained-heap=(\\d+)");

  @Test
  void scanningAndValidatingManyTinyFilesStaysBounded(@TempDir Path dir) throws Exception {
    int count = Integer.getInteger("corpuskit.manyFiles", 20_000);
    String heap = System.getProperty("corpuskit.manyFilesHeap", "256m");
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
        "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        ManyFilesMain.class.getName(), dir.toString(), String.valueOf(count)))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    // The output is read to its end, so the process has ended or is about to: no time limit.
    assertThat(process.waitFor()).as(output).isZero();
    System.out.println("many files, -Xmx" + heap + ": " + output.strip());

    Matcher m = FIGURES.matcher(output);
    assertThat(m.find()).as(output).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(count);
    assertThat(Long.parseLong(m.group(5))).as("errors").isZero();
    double msPerFile = Long.parseLong(m.group(3)) / (double) count;
    assertThat(msPerFile).as("validation ms per file").isLessThan(2.0);
    assertThat(Long.parseLong(m.group(7)) / (double) count).as("retained heap bytes per file")
        .isLessThan(2048);
  }
}
