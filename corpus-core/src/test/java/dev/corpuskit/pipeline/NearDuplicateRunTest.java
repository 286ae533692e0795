package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.rules.NearDuplicateRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The near-duplicate rule in real runs: the acceptance corpus (three clusters of real articles made
 * the way republishing makes copies, and two distinct articles) gives exactly those clusters, the
 * same bytes whatever the thread count; malformed, empty and too short documents never enter the
 * index; a cached run signs only what changed; keep-representative leaves exactly the copies out.
 */
class NearDuplicateRunTest {

  private static final Path EXAMPLE = Path.of("..", "corpus-example", "src", "main", "corpus");
  private static final List<String> COPIES = List.of("edit-b.txt", "trunc-2.txt", "wire-2.txt", "wire-3.txt");

  @TempDir Path tmp;
  private Path src;

  private static String article(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(), StandardCharsets.UTF_8);
    }
  }

  /** The corpus of {@code NearDuplicateIndexTest.acceptanceCorpus}, as files, with documents that must stay out. */
  @BeforeEach
  void corpus() throws IOException {
    src = tmp.resolve("src");
    String wire = article("004_");
    String truncated = article("003_");
    String edited = article("002_");
    write("wire-2.txt", wire);
    write("wire-1.txt", "WORLD NEWS | Reuters via The Example Daily, 7 December\n\n" + wire
        + "\n\nCopyright 2026 The Example Daily. All rights reserved. Share this story.\n");
    write("wire-3.txt", "From our partners at Example Wire Service (syndicated)\n\n" + wire
        + "\n\nRead more stories like this: subscribe to our free morning newsletter today.\n");
    String[] words = truncated.split(" ");
    write("trunc-1.txt", truncated);
    write("trunc-2.txt", String.join(" ", Arrays.copyOf(words, words.length * 9 / 10)) + "\n");
    String[] changed = edited.split(" ");
    for (int i = 25; i < changed.length; i += 50) {
      changed[i] = "substituted" + i;
    }
    write("edit-b.txt", edited);
    write("edit-a.txt", String.join(" ", changed));
    write("other-1.txt", article("000_"));
    write("other-2.txt", article("001_"));
    write("tiny.txt", "Too short.\n");
    // A copy of the wire story with a byte that is not UTF-8: an encoding error, never indexed.
    byte[] wireBytes = wire.getBytes(StandardCharsets.UTF_8);
    byte[] malformed = Arrays.copyOf(wireBytes, wireBytes.length + 2);
    malformed[wireBytes.length] = (byte) 0xC3;
    malformed[wireBytes.length + 1] = '(';
    Files.write(src.resolve("wire-0-malformed.txt"), malformed);
    write("empty.txt", " \n");
  }

  private void write(String path, String text) throws IOException {
    Path file = src.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private CorpusConfig config() {
    return CorpusConfig.defaults(src);
  }

  /**
   * The defaults without the corpus-repeated step: it removes the lines that three documents share
   * (two for a short line), which in this small corpus is most of each copy's text.
   */
  private CorpusConfig cleaningConfig() {
    return new CorpusConfig(src, List.of(), List.of(), ValidationConfig.defaults(),
        new CleanerConfig(java.util.Set.of("corpus-repeated")));
  }

  private static CorpusConfig keepingRepresentatives(CorpusConfig config) {
    return new CorpusConfig(config.sourceDirectory(), config.includes(), config.excludes(), config.validation(),
        config.cleaning().withNearDuplicates(NearDuplicateHandling.KEEP_REPRESENTATIVE), config.auditDetail());
  }

  /** A sink that keeps the findings and the clusters. */
  private static final class Recorder implements RunSink {
    final List<Finding> findings = new ArrayList<>();
    NearDuplicateIndex.Result result;
    NearDuplicateIndex.TextLookup texts;
    final List<String> leftOut = new ArrayList<>();

    @Override
    public void finding(Finding finding) {
      findings.add(finding);
    }

    @Override
    public void leftOut(dev.corpuskit.audit.DocumentAudit audit, String representative, double jaccard) {
      leftOut.add(audit.source() + " -> " + representative);
    }

    @Override
    public void nearDuplicates(NearDuplicateConfig config, NearDuplicateIndex.Result result,
        NearDuplicateIndex.TextLookup texts) throws IOException {
      this.result = result;
      this.texts = texts;
      for (NearDuplicateIndex.Cluster cluster : result.clusters()) {
        assertThat(texts.text(cluster.representative()).toString()).isNotBlank();
      }
    }

    List<String> nearFindings() {
      return findings.stream().filter(f -> f.ruleId().equals(NearDuplicateRule.ID)).map(Finding::file).toList();
    }
  }

  private static List<List<String>> clusters(NearDuplicateIndex.Result result) {
    return result.clusters().stream()
        .map(c -> c.members().stream().map(NearDuplicateIndex.Member::id).toList()).toList();
  }

  private static final List<List<String>> EXPECTED = List.of(List.of("edit-a.txt", "edit-b.txt"),
      List.of("trunc-1.txt", "trunc-2.txt"), List.of("wire-1.txt", "wire-2.txt", "wire-3.txt"));

  @Test
  void validatingFindsExactlyTheThreeClustersWhateverTheThreadCount() throws IOException {
    byte[] one = null;
    for (int threads : new int[] {1, 2, 4}) {
      Recorder sink = new Recorder();
      Path reports = tmp.resolve("validate-" + threads);
      RunSummary summary;
      try (ReportFiles files = ReportFiles.forValidation(reports, config().validation().rules())) {
        summary = CorpusRun.validate(config(), RunOptions.defaults().withThreads(threads), tee(files, sink));
        files.finish(summary);
      }
      assertThat(clusters(sink.result)).as(threads + " threads").isEqualTo(EXPECTED);
      assertThat(sink.result.clusters()).extracting(NearDuplicateIndex.Cluster::representative)
          .containsExactly("edit-a.txt", "trunc-1.txt", "wire-1.txt");
      assertThat(sink.nearFindings()).isEqualTo(COPIES);
      assertThat(sink.findings.stream().filter(f -> f.ruleId().equals(NearDuplicateRule.ID)))
          .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
          .anySatisfy(f -> assertThat(f.message()).startsWith("near-duplicate of wire-1.txt (Jaccard 0.")
              .contains("over 5-word shingles); keep one, or set nearDuplicates to keep-representative"));
      // tiny.txt is too short for one shingle: counted, not a finding; the malformed and empty are not indexed.
      assertThat(summary.nearDuplicates()).isEqualTo(new NearDuplicateSummary(5, 9, 1, 3, 4, 0, 10));
      assertThat(sink.findings).noneMatch(f -> f.file().equals("tiny.txt") && f.ruleId().equals(NearDuplicateRule.ID));
      byte[] json = Files.readAllBytes(reports.resolve("validation.json"));
      if (one == null) {
        one = json;
      } else {
        assertThat(json).as("validation.json with " + threads + " threads").isEqualTo(one);
      }
    }
  }

  @Test
  void cleaningSignsTheCleanedTextAndFindsTheSameClusters() throws IOException {
    for (int threads : new int[] {1, 4}) {
      Recorder sink = new Recorder();
      RunSummary summary = CorpusRun.clean(cleaningConfig(), RunOptions.defaults().withThreads(threads),
          tmp.resolve("out-" + threads), sink);
      assertThat(clusters(sink.result)).isEqualTo(EXPECTED);
      assertThat(sink.nearFindings()).isEqualTo(COPIES);
      assertThat(summary.nearDuplicates().leftOut()).isZero();
      assertThat(tmp.resolve("out-" + threads).resolve("wire-3.txt")).exists();
    }
  }

  @Test
  void theRuleAtErrorFailsAndOffFindsNothing() throws IOException {
    Recorder error = new Recorder();
    CorpusRun.validate(withRule(RuleSetting.severity(NearDuplicateRule.ID, Severity.ERROR)), RunOptions.defaults(),
        error);
    assertThat(error.findings.stream().filter(f -> f.ruleId().equals(NearDuplicateRule.ID)))
        .hasSize(4).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    Recorder off = new Recorder();
    RunSummary summary = CorpusRun.validate(withRule(RuleSetting.severity(NearDuplicateRule.ID, Severity.OFF)),
        RunOptions.defaults(), off);
    assertThat(off.nearFindings()).isEmpty();
    assertThat(off.result).isNull();
    assertThat(summary.nearDuplicates()).isEqualTo(NearDuplicateSummary.NONE);
  }

  @Test
  void parametersOfTheRuleAreUsed() throws IOException {
    // At 0.95 only the wire copies (the same text between different boilerplate) stay a cluster.
    Recorder strict = new Recorder();
    CorpusRun.validate(withRule(RuleSetting.parameters(NearDuplicateRule.ID,
        java.util.Map.of(NearDuplicateRule.THRESHOLD, "0.95"))), RunOptions.defaults(), strict);
    assertThat(strict.result.clusters()).extracting(NearDuplicateIndex.Cluster::representative)
        .containsExactly("wire-1.txt");
  }

  private CorpusConfig withRule(RuleSetting setting) {
    return new CorpusConfig(src, List.of(), List.of(),
        new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.of(List.of(setting))), CleanerConfig.defaults());
  }

  @Test
  void aChangedFileIsSignedAgainAndNoOther() throws IOException {
    RunOptions cached = RunOptions.defaults().withThreads(2).withCache(tmp.resolve("cache/documents.bin"), "1");
    RunSummary first = CorpusRun.validate(config(), cached, new Recorder());
    assertThat(first.nearDuplicates().signedNow()).as("every parsed document without an error").isEqualTo(10);
    touch("other-2.txt", " An added sentence.");
    Recorder sink = new Recorder();
    RunSummary second = CorpusRun.validate(config(), cached, sink);
    assertThat(second.reused()).isEqualTo(second.validation().documents() - 1);
    assertThat(second.nearDuplicates().signedNow()).isEqualTo(1);
    assertThat(clusters(sink.result)).isEqualTo(EXPECTED);

    Path out = tmp.resolve("out");
    assertThat(CorpusRun.clean(cleaningConfig(), cached, out, new Recorder()).nearDuplicates().signedNow())
        .as("every cleaned document").isEqualTo(10);
    touch("other-1.txt", " Another added sentence.");
    Recorder cleaning = new Recorder();
    assertThat(CorpusRun.clean(cleaningConfig(), cached, out, cleaning).nearDuplicates().signedNow()).isEqualTo(1);
    assertThat(clusters(cleaning.result)).isEqualTo(EXPECTED);
    assertThat(first.nearDuplicates().indexed()).isEqualTo(9);
    try (Stream<Path> left = Files.list(tmp.resolve("cache"))) {
      assertThat(left.map(p -> p.getFileName().toString())).as("the scratch folders are gone")
          .noneMatch(name -> name.startsWith(NearDuplicateStage.PREFIX));
    }
  }

  private void touch(String path, String added) throws IOException {
    Path file = src.resolve(path);
    FileTime time = Files.getLastModifiedTime(file);
    Files.writeString(file, Files.readString(file).strip() + added + "\n");
    Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 5000));
  }

  @Test
  void keepRepresentativeLeavesExactlyTheCopiesOut() throws IOException {
    Path reports = tmp.resolve("reports");
    Path out = tmp.resolve("out");
    CorpusConfig config = keepingRepresentatives(cleaningConfig());
    Recorder sink = new Recorder();
    RunSummary summary;
    try (ReportFiles files = ReportFiles.forCleaning(reports, config.validation().rules(),
        config.cleaning().enabledSteps(), config.auditDetail())) {
      summary = CorpusRun.clean(config, RunOptions.defaults().withThreads(2), out, tee(files, sink));
      files.finish(summary);
    }
    assertThat(summary.nearDuplicates().leftOut()).isEqualTo(4);
    assertThat(summary.cleaned()).isEqualTo(6); // 11 files: 2 errors, 4 copies left out, tiny.txt kept
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted())
          .containsExactly("edit-a.txt", "other-1.txt", "other-2.txt", "tiny.txt", "trunc-1.txt", "wire-1.txt");
    }
    String manifest = Files.readString(reports.resolve("manifest.tsv"));
    for (String copy : COPIES) {
      assertThat(manifest).doesNotContain(copy);
    }
    assertThat(manifest).contains("wire-1.txt", "edit-a.txt", "trunc-1.txt");
    assertThat(sink.leftOut).containsExactly("edit-b.txt -> edit-a.txt", "trunc-2.txt -> trunc-1.txt",
        "wire-2.txt -> wire-1.txt", "wire-3.txt -> wire-1.txt");
    String cleaning = Files.readString(reports.resolve("cleaning.json"));
    assertThat(cleaning).contains("\"leftOut\"", "\"source\": \"wire-3.txt\"", "\"representative\": \"wire-1.txt\"",
        "\"reason\": \"near-duplicate\"", "\"documents\": 6");
    assertThat(cleaning.substring(cleaning.indexOf("\"leftOut\""))).contains("\"jaccard\": 0.9");
    // The report reads a copy's text after the run removed its cleaned file: cleaned again from its source.
    assertThat(out.resolve("wire-3.txt")).doesNotExist();
    assertThat(sink.texts.text("wire-3.txt").toString()).contains("From our partners at Example Wire Service");

    // The same bytes with one thread.
    Path reports1 = tmp.resolve("reports-1");
    try (ReportFiles files = ReportFiles.forCleaning(reports1, config.validation().rules(),
        config.cleaning().enabledSteps(), config.auditDetail())) {
      files.finish(CorpusRun.clean(config, RunOptions.defaults().withThreads(1), tmp.resolve("out-1"), files));
    }
    for (String report : List.of("validation.json", "cleaning.json", "manifest.tsv")) {
      assertThat(reports1.resolve(report)).as(report).hasSameBinaryContentAs(reports.resolve(report));
    }
  }

  @Test
  void keepRepresentativeWithTheRuleOffIsRefusedBeforeAnythingRuns() {
    CorpusConfig off = withRule(RuleSetting.severity(NearDuplicateRule.ID, Severity.OFF));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> keepingRepresentatives(off))
        .isInstanceOfSatisfying(dev.corpuskit.format.InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("nearDuplicates"))
        .hasMessageContaining("keep-representative needs the near-duplicate rule, which is off");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NearDuplicateHandling.of("keep-all"))
        .hasMessageContaining("'keep-all' is not one of report, keep-representative");
  }

  @Test
  void aKilledRunsScratchFolderIsDeletedAndALiveOnesIsKept() throws IOException {
    Path cacheFolder = tmp.resolve("cache");
    // No process has this pid (pids stay far below it), so its run is dead.
    Path dead = cacheFolder.resolve(NearDuplicateStage.PREFIX + "999999999.7.tmp");
    Path live = cacheFolder.resolve(NearDuplicateStage.PREFIX + ProcessHandle.current().pid() + ".1.tmp");
    Files.createDirectories(dead.resolve("bands"));
    Files.writeString(dead.resolve("bands/0.bin"), "left by a killed run");
    Files.createDirectories(live);
    CorpusRun.validate(config(), RunOptions.defaults().withCache(cacheFolder.resolve("documents.bin"), "1"),
        new Recorder());
    assertThat(dead).doesNotExist();
    assertThat(live).isDirectory();
  }

  /** A sink that sends everything to both. */
  private static RunSink tee(RunSink a, RunSink b) {
    return new RunSink() {
      @Override
      public void source(String relativePath, long size, byte[] sha256) throws IOException {
        a.source(relativePath, size, sha256);
        b.source(relativePath, size, sha256);
      }

      @Override
      public void finding(Finding finding) throws IOException {
        a.finding(finding);
        b.finding(finding);
      }

      @Override
      public void cleaned(dev.corpuskit.format.ManifestEntry entry, dev.corpuskit.audit.DocumentAudit audit)
          throws IOException {
        a.cleaned(entry, audit);
        b.cleaned(entry, audit);
      }

      @Override
      public void leftOut(dev.corpuskit.audit.DocumentAudit audit, String representative, double jaccard)
          throws IOException {
        a.leftOut(audit, representative, jaccard);
        b.leftOut(audit, representative, jaccard);
      }

      @Override
      public void nearDuplicates(NearDuplicateConfig config, NearDuplicateIndex.Result result,
          NearDuplicateIndex.TextLookup texts) throws IOException {
        a.nearDuplicates(config, result, texts);
        b.nearDuplicates(config, result, texts);
      }
    };
  }
}
