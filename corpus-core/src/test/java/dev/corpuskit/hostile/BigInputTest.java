package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB one-line file in a JVM with {@code -Xmx256m}: validating and cleaning it never runs out of
 * memory. With the default limit it is refused by size; with the limit raised it is refused by the
 * memory guard; a file just under the memory guard is read and cleaned, as text and as HTML.
 */
class BigInputTest {

  private static final long BIG = 200L * 1024 * 1024;

  @TempDir Path dir;

  private String run(String maxBytes, String... extra) throws IOException, InterruptedException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        BigInputMain.class.getName(), corpus.toString(), dir.resolve("out").toString(), maxBytes));
    command.addAll(List.of(extra));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    // The output is read to its end, so the process has ended or is about to: no time limit.
    assertThat(process.waitFor()).as(output).isZero();
    System.out.println("-Xmx256m run, max=" + maxBytes + ": " + output.replaceAll("\\s+", " "));
    return output;
  }

  private void writeBigFile() throws IOException {
    Files.createDirectories(dir.resolve("corpus"));
    BigInputMain.writeOneLine(dir.resolve("corpus/big.txt"), BIG, false);
    assertThat(Files.size(dir.resolve("corpus/big.txt"))).isGreaterThan(BIG - 100);
  }

  @Test
  void defaultLimitRefusesTheFileBySize() throws Exception {
    writeBigFile();
    assertThat(run("10485760")).contains("big.txt:1:1: file is 2097151", "more than the maximum of 10485760",
        "[max-bytes]", "cleaned=0");
  }

  @Test
  void raisedLimitStillRefusesAFileBeyondTheHeap() throws Exception {
    writeBigFile();
    assertThat(run("1073741824")).contains("big.txt:1:1: file is 2097151",
        "more than this JVM can read safely", "MAVEN_OPTS=-Xmx4g", "[max-bytes]", "cleaned=0");
  }

  @Test
  void aOneLineTextJustUnderTheGuardIsCleanedWithinTheHeap() throws Exception {
    assertThat(run("1073741824", "near-limit.txt")).contains("cleaned=1").doesNotContain("ERROR");
  }

  @Test
  void aOneLineHtmlPageJustUnderTheGuardIsCleanedWithinTheHeap() throws Exception {
    assertThat(run("1073741824", "near-limit.html")).contains("cleaned=1").doesNotContain("ERROR");
  }
}
