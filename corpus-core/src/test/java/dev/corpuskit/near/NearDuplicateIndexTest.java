package dev.corpuskit.near;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.near.NearDuplicateIndex.Cluster;
import dev.corpuskit.near.NearDuplicateIndex.Member;
import dev.corpuskit.near.NearDuplicateIndex.Pair;
import dev.corpuskit.near.NearDuplicateIndex.Result;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicateIndexTest {

  private static final Path CORPUS = Path.of("..", "corpus-example", "src", "main", "corpus");

  private static String article(String prefix) throws IOException {
    try (var files = Files.list(CORPUS)) {
      Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  /**
   * The acceptance corpus: three real articles each with near-copies made the way republishing makes
   * them, and two other real articles that must stay alone. Ids are chosen so that a copy, not the
   * original, is sometimes the smallest id.
   */
  private static Map<String, String> acceptanceCorpus() throws IOException {
    String wire = article("004_");
    String truncated = article("003_");
    String edited = article("002_");
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("wire-2", wire);
    docs.put("wire-1", "WORLD NEWS | Reuters via The Example Daily, 7 December\n\n" + wire
        + "\n\nCopyright 2026 The Example Daily. All rights reserved. Share this story.");
    docs.put("wire-3", "From our partners at Example Wire Service (syndicated)\n\n" + wire
        + "\n\nRead more stories like this: subscribe to our free morning newsletter today.");
    String[] words = truncated.split(" ");
    docs.put("trunc-1", truncated);
    docs.put("trunc-2", String.join(" ", Arrays.copyOf(words, words.length * 9 / 10)));
    String[] changed = edited.split(" ");
    int replaced = 0;
    for (int i = 25; i < changed.length; i += 50) {
      changed[i] = "substituted" + i;
      replaced++;
    }
    assertThat(replaced).isBetween(changed.length / 60, changed.length / 40);
    docs.put("edit-b", edited);
    docs.put("edit-a", String.join(" ", changed));
    docs.put("other-1", article("000_"));
    docs.put("other-2", article("001_"));
    return docs;
  }

  @TempDir Path scratch;

  private Result index(NearDuplicateConfig config, Map<String, String> docs, List<String> order)
      throws IOException {
    Signer signer = new Signer(config);
    try (NearDuplicateIndex index = new NearDuplicateIndex(config, scratch)) {
      for (String id : order) {
        index.add(id, signer.sign(docs.get(id)));
      }
      return index.result(docs::get);
    }
  }

  private static List<String> ids(Cluster cluster) {
    return cluster.members().stream().map(Member::id).toList();
  }

  @Test
  void acceptanceCorpusGivesExactlyTheThreeClusters() throws IOException {
    Map<String, String> docs = acceptanceCorpus();
    Result result = index(NearDuplicateConfig.DEFAULTS, docs, new ArrayList<>(docs.keySet()));

    assertThat(result.clusters()).extracting(Cluster::representative)
        .containsExactly("edit-a", "trunc-1", "wire-1");
    assertThat(result.clusters()).extracting(NearDuplicateIndexTest::ids).containsExactly(
        List.of("edit-a", "edit-b"), List.of("trunc-1", "trunc-2"),
        List.of("wire-1", "wire-2", "wire-3"));
    assertThat(result.indexed()).isEqualTo(9);
    assertThat(result.tooShort()).isZero();
    for (Cluster cluster : result.clusters()) {
      assertThat(cluster.members()).allSatisfy(
          m -> assertThat(m.jaccard()).isGreaterThanOrEqualTo(0.8).isLessThanOrEqualTo(1.0));
      assertThat(cluster.members().get(0)).isEqualTo(new Member(cluster.representative(), 1.0));
    }
    assertThat(result.pairs()).allSatisfy(
        p -> assertThat(p.jaccard()).isGreaterThanOrEqualTo(0.8));
  }

  @Test
  void insertionOrderDoesNotChangeTheResult() throws IOException {
    Map<String, String> docs = acceptanceCorpus();
    Result first = index(NearDuplicateConfig.DEFAULTS, docs, new ArrayList<>(docs.keySet()));
    for (long seed = 1; seed <= 5; seed++) {
      List<String> order = new ArrayList<>(docs.keySet());
      Collections.shuffle(order, new Random(seed));
      assertThat(index(NearDuplicateConfig.DEFAULTS, docs, order)).isEqualTo(first);
    }
  }

  @Test
  void aPairBelowTheThresholdIsNeverReported() throws IOException {
    Map<String, String> docs = acceptanceCorpus();
    // At 0.95 the truncated copy (about 0.9) and the edited copy (about 0.8) no longer count, though
    // their bands still make them candidates.
    Result strict = index(new NearDuplicateConfig(5, 14, 8, 0.95), docs,
        new ArrayList<>(docs.keySet()));
    assertThat(strict.clusters()).extracting(Cluster::representative).containsExactly("wire-1");
    assertThat(strict.candidates()).isGreaterThan(strict.pairs().size());
    assertThat(strict.pairs()).allSatisfy(p -> assertThat(p.jaccard()).isGreaterThanOrEqualTo(0.95));
  }

  @Test
  void tooShortDocumentsAreCountedNotIndexed() throws IOException {
    Signer signer = new Signer(NearDuplicateConfig.DEFAULTS);
    NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULTS, scratch);
    index.add("empty", signer.sign(""));
    index.add("blank", signer.sign(" \u00a0\n\t"));
    index.add("four", signer.sign("one two three four"));
    index.add("four-again", signer.sign("One, two; THREE\u00a0four!"));
    assertThat(signer.sign("a b c d e")).isEqualTo(signer.sign("A, b; C d\u00a0E!"))
        .isNotEqualTo(Signature.TOO_SHORT);
    Result result = index.result(id -> {
      throw new AssertionError("no text is read without candidates: " + id);
    });
    assertThat(result.tooShort()).isEqualTo(4);
    assertThat(result.indexed()).isZero();
    assertThat(result.clusters()).isEmpty();
    assertThatThrownBy(() -> index.add("four", signer.sign("x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("four");
  }

  @Test
  void normalisationIgnoresCasePunctuationAndNoBreakSpaces() {
    assertThat(Shingles.words("Héllo,\u00a0WORLD—it's 2026")).containsExactly(
        "héllo", "world", "it", "s", "2026");
    assertThat(Shingles.hashes("A b c d e f", 5))
        .isEqualTo(Shingles.hashes("a\u00a0B, c. d\n\ne  F", 5)).hasSize(2);
  }

  @Test
  void settingOnlyTheThresholdKeepsTheCandidateProbabilityOfTheDefaults() {
    assertThat(NearDuplicateConfig.forThreshold(5, 0.8)).isEqualTo(NearDuplicateConfig.DEFAULTS);
    assertThat(NearDuplicateConfig.forThreshold(5, 0.7)).isEqualTo(new NearDuplicateConfig(5, 22, 5, 0.7));
    assertThat(NearDuplicateConfig.forThreshold(5, 0.9)).isEqualTo(new NearDuplicateConfig(5, 9, 12, 0.9));
    double atDefault = NearDuplicateConfig.DEFAULTS.candidateProbability(0.8);
    assertThat(atDefault).isBetween(0.92, 0.93);
    for (int percent = 30; percent <= 100; percent += 5) {
      NearDuplicateConfig config = NearDuplicateConfig.forThreshold(3, percent / 100.0);
      assertThat(config.signatureSize()).isLessThanOrEqualTo(112);
      assertThat(config.candidateProbability(percent / 100.0)).as("at %d%%", percent)
          .isGreaterThanOrEqualTo(atDefault - 1e-12);
      // One more row per band would fall below it: the fewest chance candidates for that recall.
      if (config.rows() < 64 && 112 / (config.rows() + 1) >= 1) {
        NearDuplicateConfig stricter = new NearDuplicateConfig(3, 112 / (config.rows() + 1), config.rows() + 1,
            percent / 100.0);
        assertThat(stricter.candidateProbability(percent / 100.0)).isLessThan(atDefault);
      }
    }
  }

  @Test
  void badConfigurationValuesThrowTheTypedException() {
    List<Runnable> bad = List.of(
        () -> new NearDuplicateConfig(0, 14, 8, 0.8),
        () -> new NearDuplicateConfig(5, 0, 8, 0.8),
        () -> new NearDuplicateConfig(5, 14, 0, 0.8),
        () -> new NearDuplicateConfig(5, 14, 8, 0),
        () -> new NearDuplicateConfig(5, 14, 8, 1.5),
        () -> new NearDuplicateConfig(5, 14, 8, Double.NaN));
    for (Runnable config : bad) {
      assertThatThrownBy(config::run).isInstanceOfSatisfying(InvalidConfigurationException.class,
          e -> assertThat(e.setting()).isEqualTo("near-duplicate"));
    }
    assertThatThrownBy(() -> new NearDuplicateConfig(5, 14, 8, 1.5))
        .hasMessageContaining("threshold").hasMessageContaining("1.5");
  }

  /**
   * Against brute force: on 200 generated variants of 20 texts (words substituted, a tail dropped),
   * every pair with an exact Jaccard of at least 0.8 is looked for among the reported pairs.
   */
  @Test
  void findsAtLeast98PercentOfThePairsAboveTheThreshold() throws IOException {
    Map<String, String> docs = variants(true);
    Result result = index(NearDuplicateConfig.DEFAULTS, docs, new ArrayList<>(docs.keySet()));

    List<String> ids = new ArrayList<>(docs.keySet());
    Map<String, long[]> shingles = new LinkedHashMap<>();
    ids.forEach(id -> shingles.put(id, Shingles.hashes(docs.get(id), 5)));
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (Shingles.jaccard(shingles.get(ids.get(i)), shingles.get(ids.get(j))) >= 0.8) {
          expected.add(ids.get(i) + " " + ids.get(j));
        }
      }
    }
    Set<String> found = new HashSet<>();
    for (Pair pair : result.pairs()) {
      assertThat(pair.jaccard()).isGreaterThanOrEqualTo(0.8).isEqualTo(
          Shingles.jaccard(shingles.get(pair.first()), shingles.get(pair.second())));
      found.add(pair.first() + " " + pair.second());
    }
    assertThat(expected).containsAll(found);
    double recall = (double) found.size() / expected.size();
    assertThat(expected).hasSizeGreaterThan(300);
    // Measured: 459 of 462 pairs (0.9935) from 737 candidates.
    assertThat(recall).as("recall %d/%d", found.size(), expected.size())
        .isGreaterThanOrEqualTo(0.98);
  }

  /**
   * 200 variants of 20 generated texts (seed 20): in each, words substituted at a rate of 2% or, when
   * {@code republished}, at a random rate up to 2% with the tail cut by up to 10% half the time.
   */
  private static Map<String, String> variants(boolean republished) {
    Random random = new Random(20);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      vocabulary.add("w" + Integer.toString(random.nextInt(1 << 24), 36));
    }
    Map<String, String> docs = new LinkedHashMap<>();
    for (int base = 0; base < 20; base++) {
      List<String> words = new ArrayList<>();
      for (int i = 0; i < 200 + random.nextInt(400); i++) {
        words.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      for (int variant = 0; variant < 10; variant++) {
        List<String> copy = new ArrayList<>(words);
        double substituted = republished ? random.nextDouble() * 0.02 : 0.02;
        for (int i = 0; i < copy.size(); i++) {
          if (random.nextDouble() < substituted) {
            copy.set(i, vocabulary.get(random.nextInt(vocabulary.size())));
          }
        }
        if (republished && random.nextBoolean()) {
          copy = copy.subList(0, copy.size() - random.nextInt(copy.size() / 10));
        }
        docs.put(republished ? String.format("doc-%02d-%d", base, variant) : "v" + base + "-" + variant,
            String.join(" ", copy));
      }
    }
    return docs;
  }

  private List<Path> scratchFiles() throws IOException {
    try (Stream<Path> files = Files.list(scratch)) {
      return files.sorted().toList();
    }
  }

  /**
   * The band keys are sorted on disk in runs of a bounded number of records, then merged: a run size
   * of 3 records (70 runs per band, merged in two passes) gives exactly the result of
   * one run per band.
   */
  @Test
  void aTinySortRunGivesTheSameResultAsOneRun() throws IOException {
    Map<String, String> docs = variants(false);
    docs.putAll(acceptanceCorpus());
    Signer signer = new Signer(NearDuplicateConfig.DEFAULTS);
    List<String> order = new ArrayList<>(docs.keySet());
    Collections.shuffle(order, new Random(3));
    Result[] results = new Result[2];
    long[] runs = new long[2];
    int[] sizes = {3, 1 << 20};
    for (int i = 0; i < 2; i++) {
      try (NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULTS, scratch, sizes[i])) {
        for (String id : order) {
          index.add(id, signer.sign(docs.get(id)));
        }
        results[i] = index.result(docs::get);
        runs[i] = index.sortRuns();
      }
    }
    assertThat(runs[0]).as("sorted runs with 3 records each: more per band than one merge takes")
        .isGreaterThan(14L * NearDuplicateIndex.MERGE_FAN_IN);
    assertThat(runs[1]).as("one run per band, one for the candidates").isEqualTo(15);
    assertThat(results[0]).isEqualTo(results[1]);
    assertThat(results[0].clusters()).extracting(Cluster::representative)
        .contains("edit-a", "trunc-1", "wire-1");
    assertThat(results[0].pairs()).hasSizeGreaterThan(50);
  }

  /**
   * Thousands of identical texts share one bucket in every band. All pairs would be quadratic work;
   * above {@link NearDuplicateIndex#ALL_PAIRS_UP_TO} members a bucket gives the pairs of its smallest
   * id only, so four times the copies cost four times the work, and the copies, a clique, still make
   * one cluster. Ids are added in descending order: the smallest is still the representative.
   */
  @Test
  void aHugeBucketCostsLinearWork() throws IOException {
    long[] operations = new long[2];
    int[] sizes = {1_000, 4_000};
    for (int s = 0; s < 2; s++) {
      int n = sizes[s];
      String text = "the same short wire story printed again and again on every site that takes it";
      Signature signature = new Signer(NearDuplicateConfig.DEFAULTS).sign(text);
      try (NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULTS, scratch)) {
        for (int i = n - 1; i >= 0; i--) {
          index.add("copy-" + i, signature);
        }
        Result result = index.result(id -> text);
        assertThat(result.clusters()).hasSize(1);
        Cluster cluster = result.clusters().get(0);
        assertThat(cluster.representative()).isEqualTo("copy-0");
        assertThat(cluster.members()).hasSize(n).allSatisfy(m -> assertThat(m.jaccard()).isEqualTo(1.0));
        assertThat(result.candidates()).isEqualTo(n - 1);
        assertThat(result.pairs()).hasSize(n - 1).allSatisfy(p -> assertThat(p.first()).isEqualTo("copy-0"));
        operations[s] = index.operations();
      }
    }
    assertThat((double) operations[1] / operations[0]).as("work at 4n over work at n: %s", Arrays.toString(operations))
        .isBetween(3.5, 4.5);
  }

  /** Ids come in any order and any shape; the representative is the smallest by String.compareTo. */
  @Test
  void theRepresentativeIsTheSmallestIdWhateverTheAddOrder() throws IOException {
    Map<String, String> acceptance = acceptanceCorpus();
    String wire = acceptance.get("wire-2");
    Map<String, String> docs = new LinkedHashMap<>();
    docs.put("b", wire);
    docs.put("a10", wire + " one more closing line for this copy");
    docs.put("a9", "Header of a site\n" + wire);
    docs.put("\u00e9t\u00e9", wire);
    docs.put("Z", acceptance.get("other-1"));
    docs.put("A", acceptance.get("other-2"));
    List<String> sorted = docs.keySet().stream().sorted().toList();
    Result expected = index(NearDuplicateConfig.DEFAULTS, docs, sorted);
    assertThat(expected.clusters()).hasSize(1);
    assertThat(expected.clusters().get(0).representative()).isEqualTo("a10");
    assertThat(ids(expected.clusters().get(0))).containsExactly("a10", "a9", "b", "\u00e9t\u00e9");
    List<String> reversed = new ArrayList<>(sorted);
    Collections.reverse(reversed);
    assertThat(index(NearDuplicateConfig.DEFAULTS, docs, reversed)).isEqualTo(expected);
  }

  /** Ids and band keys go to scratch files as they are added; close deletes every one. */
  @Test
  void closeDeletesTheScratchFiles() throws IOException {
    Map<String, String> docs = acceptanceCorpus();
    Signer signer = new Signer(NearDuplicateConfig.DEFAULTS);
    NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULTS, scratch);
    docs.forEach((id, text) -> index.add(id, signer.sign(text)));
    assertThat(scratchFiles()).as("scratch files after the adds").hasSizeGreaterThanOrEqualTo(15)
        .allSatisfy(f -> assertThat(f.getFileName().toString())
            .matches("\\.near-duplicates\\." + ProcessHandle.current().pid() + "\\.[0-9]+\\.[a-z0-9]+\\.tmp"));
    assertThat(index.result(docs::get).clusters()).hasSize(3);
    index.close();
    assertThat(scratchFiles()).isEmpty();
    assertThatThrownBy(() -> index.add("late", signer.sign("a b c d e f"))).isInstanceOf(IllegalStateException.class);
  }

  /** A run killed with SIGKILL leaves its scratch files; the sweep of dead writers deletes them. */
  @Test
  void aKilledRunsScratchFilesAreSwept() throws Exception {
    Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), KilledIndexMain.class.getName(), scratch.toString()))
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("added");
      List<Path> left = scratchFiles();
      assertThat(left).hasSizeGreaterThanOrEqualTo(15);
      assertThat(AtomicFiles.sweepDeadWriters(scratch)).as("a running writer's files are kept").isZero();
      p.destroyForcibly();
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(scratchFiles()).isEqualTo(left);
      assertThat(AtomicFiles.sweepDeadWriters(scratch)).isEqualTo(left.size());
      assertThat(scratchFiles()).isEmpty();
    } finally {
      p.destroyForcibly();
    }
  }

  /** Adds documents to an index in {@code args[0]}, says so, and waits to be killed. */
  static final class KilledIndexMain {
    public static void main(String[] args) throws Exception {
      Signer signer = new Signer(NearDuplicateConfig.DEFAULTS);
      NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULTS, Path.of(args[0]));
      for (int i = 0; i < 100; i++) {
        index.add("doc-" + i, signer.sign("document number " + i + " of a run that is killed before its end"));
      }
      System.out.println("added");
      System.out.flush();
      Thread.sleep(TimeUnit.MINUTES.toMillis(2));
    }
  }
}
