package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.format.Manifest;
import dev.corpuskit.read.CorpusReader;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packaging JVM killed with SIGKILL while it writes the jar leaves the previous jar (or none), never
 * a truncated one, and the next run recovers: a complete jar and no temporary file left.
 */
class KilledWriteTest {

  @TempDir Path dir;
  private Path data;
  private Path manifest;
  private Path jar;

  @BeforeEach
  void writeBigCorpus() throws IOException {
    String[] vocabulary = new String[2000];
    Random random = new Random(1);
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = Long.toString(random.nextLong() & 0xFFFFFFFFL, 36);
    }
    Map<String, String> docs = new LinkedHashMap<>();
    for (int d = 0; d < 40; d++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 2_000_000) {
        text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
      }
      docs.put("doc" + d + ".txt", text.append('\n').toString());
    }
    data = dir.resolve("data");
    Manifest written = TestCorpora.writeDocuments(data, docs);
    manifest = Files.write(dir.resolve("manifest.tsv"), written.toBytes());
    jar = dir.resolve("target/big-1.jar");
  }

  private Process start() throws IOException {
    return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), KilledWriteMain.class.getName(),
        data.toString(), manifest.toString(), jar.toString())).redirectErrorStream(true).start();
  }

  private void runToCompletion() throws Exception {
    Process p = start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  /** Starts a packaging JVM and kills it once its temporary jar has grown past 1 MB. */
  private void killMidWrite() throws Exception {
    Process p = start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (temporaryFiles().stream().noneMatch(KilledWriteTest::overOneMegabyte)) {
      assertThat(p.isAlive()).as("the packager finished before it could be killed: make the corpus bigger").isTrue();
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(5);
    }
    p.destroyForcibly(); // SIGKILL on POSIX
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isEqualTo(137);
    assertThat(temporaryFiles()).as("the killed writer's temporary jar stays behind").isNotEmpty();
  }

  private static boolean overOneMegabyte(Path file) {
    try {
      return Files.size(file) > 1_000_000;
    } catch (IOException e) {
      return false;
    }
  }

  private List<Path> temporaryFiles() throws IOException {
    if (!Files.isDirectory(jar.getParent())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(jar.getParent())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void killedRewriteLeavesThePreviousJarAndTheNextRunCleansUp() throws Exception {
    runToCompletion();
    byte[] previous = Files.readAllBytes(jar);

    killMidWrite();

    assertThat(Files.readAllBytes(jar)).as("the previous jar, intact").isEqualTo(previous);
    runToCompletion();
    assertThat(Files.readAllBytes(jar)).isEqualTo(previous);
    assertThat(temporaryFiles()).isEmpty();
    try (CorpusReader reader = CorpusReader.open(jar)) {
      assertThat(reader.documents()).hasSize(40);
    }
  }

  @Test
  void killedFirstWriteLeavesNoJarAndTheNextRunCleansUp() throws Exception {
    killMidWrite();

    assertThat(jar).doesNotExist();
    runToCompletion();
    assertThat(temporaryFiles()).isEmpty();
    try (CorpusReader reader = CorpusReader.open(jar); var docs = reader.stream()) {
      assertThat(docs.count()).isEqualTo(40);
    }
  }
}
