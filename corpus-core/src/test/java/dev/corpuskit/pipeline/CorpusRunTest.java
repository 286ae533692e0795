package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel runs give the same bytes whatever the thread count; cached runs give the same as fresh ones. */
class CorpusRunTest {

  private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path tmp;
  private Path src;

  @BeforeEach
  void corpus() throws IOException {
    src = tmp.resolve("src");
    for (int i = 0; i < 70; i++) {
      String text = "Story " + i + ". The council said on Tuesday that the bridge would reopen, "
          + "and residents\u00A0said they were relieved.\n\nA photo shows the bridge.\nA photo shows the bridge.\n"
          + "word ".repeat(40 + i) + "\n";
      write("cluster-" + (i % 3) + "/" + String.format("%03d", i) + ".txt", i % 7 == 0 ? text.replace("\n", "\r\n") : text);
    }
    write("cluster-0/dup-a.txt", "The same story, told twice. " + "word ".repeat(60));
    write("cluster-1/dup-b.txt", "the SAME story,   told twice. " + "word ".repeat(60));
    write("bad.txt", "caf\u00e9 ok");
    Files.write(src.resolve("bad.txt"), new byte[] {'o', 'k', ' ', (byte) 0xC3, '(', '\n'});
    write("page.html", "<html><head><title>T</title></head><body><article><p>"
        + "An article body with enough words to pass. ".repeat(20) + "</p></article></body></html>");
    write("empty.txt", "  \n");
  }

  @Test
  void outputIsByteIdenticalWhateverTheThreadCount() throws IOException {
    Map<String, byte[]> one = build(CorpusConfig.defaults(src), RunOptions.defaults().withThreads(1), "t1");
    for (int threads : new int[] {2, 4}) {
      Map<String, byte[]> other =
          build(CorpusConfig.defaults(src), RunOptions.defaults().withThreads(threads), "t" + threads);
      assertThat(other.keySet()).isEqualTo(one.keySet());
      one.forEach((name, bytes) -> assertThat(other.get(name)).as(name + " with " + threads + " threads").isEqualTo(bytes));
    }
    assertThat(new String(one.get("validation.json"), StandardCharsets.UTF_8))
        .contains("duplicate of cluster-0/dup-a.txt");
  }

  @Test
  void namesThatCollideElsewhereAreReportedTheSameWhateverTheThreadCount() throws IOException {
    String text = "A story about names, with enough words to be cleaned. ";
    write("names/Page.html", "<html><body><article><p>" + text.repeat(10) + "</p></article></body></html>");
    write("names/page.txt", "Another " + text.repeat(10));
    write("names/caf\u00e9.txt", "A third " + text.repeat(10));
    write("names/cafe\u0301.txt", "A fourth " + text.repeat(10));
    write("Names/other.txt", "A fifth " + text.repeat(10));
    Map<String, byte[]> one = build(CorpusConfig.defaults(src), RunOptions.defaults().withThreads(1), "t1");
    Map<String, byte[]> four = build(CorpusConfig.defaults(src), RunOptions.defaults().withThreads(4), "t4");
    assertThat(four.get("validation.json")).isEqualTo(one.get("validation.json"));
    String report = new String(one.get("validation.json"), StandardCharsets.UTF_8);
    assertThat(report.split("\"portable-name\"", -1)).as("in the rules, then three findings").hasSize(5);
    assertThat(report).contains("cleans to names/page.txt", "Unicode normalisation", "folder Names");
  }

  @Test
  void noChangeReusesEveryFileAndGivesTheSameOutput() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache.bin"), "1.0");
    Map<String, byte[]> first = build(CorpusConfig.defaults(src), cached, "run");
    RunSummary second = clean(CorpusConfig.defaults(src), cached, "run");
    assertThat(second.reused()).isEqualTo(second.validation().documents());
    assertThat(second.cleanedNow()).as("only dup-b.txt, a rejected duplicate").isEqualTo(1);
    assertThat(second.cleaned()).isPositive();
    assertThat(outputs("run")).isEqualTo(first.keySet().stream().filter(k -> k.startsWith("data/")).toList());
    assertSameAsFresh(CorpusConfig.defaults(src), cached, "run");
  }

  @Test
  void aChangedFileIsProcessedAgainEvenWithTheSameSizeAndTime() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache.bin"), "1.0");
    clean(CorpusConfig.defaults(src), cached, "run");
    Path file = src.resolve("cluster-1/001.txt");
    FileTime time = Files.getLastModifiedTime(file);
    String text = Files.readString(file);
    Files.writeString(file, text.replace("Story 1.", "Story X."));
    Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 2000));
    RunSummary changed = clean(CorpusConfig.defaults(src), cached, "run");
    assertThat(changed.reused()).isEqualTo(changed.validation().documents() - 1);
    assertThat(Files.readString(tmp.resolve("run/out/cluster-1/001.txt"))).contains("Story X.");
    assertSameAsFresh(CorpusConfig.defaults(src), cached, "run");

    Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 4000)); // touched, same content
    assertThat(clean(CorpusConfig.defaults(src), cached, "run").reused()).isEqualTo(changed.validation().documents());
  }

  @Test
  void aCacheCutShortCountsAsNoneFromTheCutOn() throws IOException {
    Path cacheFile = tmp.resolve("cache.bin");
    RunOptions cached = RunOptions.defaults().withCache(cacheFile, "1.0");
    clean(CorpusConfig.defaults(src), cached, "run");
    byte[] whole = Files.readAllBytes(cacheFile);
    for (int percent : new int[] {10, 50, 90}) {
      Files.write(cacheFile, java.util.Arrays.copyOf(whole, whole.length * percent / 100));
      RunSummary cut = clean(CorpusConfig.defaults(src), cached, "run");
      assertThat(cut.reused()).as("cut at %d%%", percent).isLessThan(cut.validation().documents());
      assertSameAsFresh(CorpusConfig.defaults(src), cached, "run");
    }
  }

  @Test
  void aFileThatMakesALineRepeatedCleansAgainOnlyTheDocumentsWithThatLine() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache.bin"), "1.0");
    Path story = src.resolve("cluster-1/001.txt");
    Files.writeString(story, Files.readString(story) + "Sponsored by the Harbour Trust\n");
    clean(CorpusConfig.defaults(src), cached, "run");
    assertThat(Files.readString(tmp.resolve("run/out/cluster-1/001.txt"))).contains("Sponsored by the Harbour Trust");
    Map<String, Object> before = fileKeys("run");

    // A new document with the same short line: now in two documents, the line is repeated.
    write("cluster-2/new.txt", "A new story about the harbour, with enough words to pass the rules. "
        + "word ".repeat(50) + "\nSponsored by the Harbour Trust\n");
    RunSummary added = clean(CorpusConfig.defaults(src), cached, "run");
    // The new document, the one that shares its line, and dup-b.txt: a document rejected as a
    // duplicate keeps no cleaned file, so every build cleans it again before the ordered stage drops it.
    assertThat(added.cleanedNow()).isEqualTo(3);

    Map<String, Object> after = fileKeys("run");
    assertThat(Files.readString(tmp.resolve("run/out/cluster-1/001.txt"))).doesNotContain("Sponsored by");
    assertThat(after).containsKey("cluster-2/new.txt");
    before.forEach((file, key) -> {
      if (file.equals("cluster-1/001.txt")) {
        assertThat(after.get(file)).as(file + " is written again").isNotEqualTo(key);
      } else {
        assertThat(after.get(file)).as(file + " is left as it was").isEqualTo(key);
      }
    });
    assertSameAsFresh(CorpusConfig.defaults(src), cached, "run");
  }

  @Test
  void aLineThatEarlierStepsChangedIsJudgedAgainWhenTheCorpusChanges() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache.bin"), "1.0");
    Path story = src.resolve("cluster-1/001.txt");
    // The source has the entity; the corpus-repeated step sees the decoded line, which the source lacks.
    Files.writeString(story, Files.readString(story) + "Sponsored by Smith &amp; Sons\n");
    String other = "Another story about the harbour, with enough words to pass the rules. " + "word ".repeat(50);
    write("cluster-2/other-a.txt", other + "\nSponsored by Smith & Sons\n");
    clean(CorpusConfig.defaults(src), cached, "run");
    assertThat(Files.readString(tmp.resolve("run/out/cluster-1/001.txt"))).contains("Sponsored by Smith & Sons");

    write("cluster-2/other-b.txt", other.replace("Another", "A third") + "\nSponsored by Smith & Sons\n");
    clean(CorpusConfig.defaults(src), cached, "run");
    assertThat(Files.readString(tmp.resolve("run/out/cluster-1/001.txt"))).doesNotContain("Sponsored by");
    assertSameAsFresh(CorpusConfig.defaults(src), cached, "run");
  }

  @Test
  void aChangedConfigurationOrToolVersionInvalidatesTheCache() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache.bin"), "1.0");
    clean(CorpusConfig.defaults(src), cached, "run");

    CorpusConfig minWords = withRules(List.of(new RuleSetting("min-words", Optional.of(Severity.ERROR),
        Map.of("min", "45"))), CleanerConfig.defaults());
    assertThat(clean(minWords, cached, "run").reused()).isZero();
    assertSameAsFresh(minWords, cached, "run");

    RunSummary newVersion = clean(minWords, cached.withCache(tmp.resolve("cache.bin"), "1.1"), "run");
    assertThat(newVersion.reused()).isZero();

    CorpusConfig noFinalNewline = withRules(List.of(new RuleSetting("min-words", Optional.of(Severity.ERROR),
        Map.of("min", "45"))), new CleanerConfig(Set.of("repeated-paragraphs", "corpus-repeated", "low-density")));
    clean(noFinalNewline, cached, "run");
    assertThat(Files.readString(tmp.resolve("run/out/cluster-1/001.txt")))
        .contains("A photo shows the bridge.\nA photo shows the bridge.");
    assertSameAsFresh(noFinalNewline, cached, "run");
  }

  @Test
  void aChangedAuditDetailCleansAgainButKeepsTheValidation() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache.bin"), "1.0");
    String longLine = "Subscribe to our newsletter for the latest updates from the council and residents";
    for (int i = 0; i < 3; i++) { // a long line in three documents: the corpus-repeated step removes it
      write("cluster-2/long-" + i + ".txt", longLine + " and more.\n\n" + "A different story, number " + i + ". "
          + "word ".repeat(60) + "\n");
    }
    clean(CorpusConfig.defaults(src), cached, "run");
    assertThat(Files.readString(tmp.resolve("run/reports/cleaning.json")))
        .contains("\"auditDetail\": \"excerpt\"").doesNotContain(longLine + " and more.");

    CorpusConfig full = CorpusConfig.defaults(src).withAuditDetail(AuditDetail.FULL);
    RunSummary again = clean(full, cached, "run");
    assertThat(again.reused()).as("validation is reused").isEqualTo(again.validation().documents());
    assertThat(Files.readString(tmp.resolve("run/reports/cleaning.json")))
        .contains("\"auditDetail\": \"full\"").contains(longLine + " and more.");
    assertSameAsFresh(full, cached, "run");
  }

  @Test
  void aRunWithoutTheCacheKeepsTheOutputFilesThatHoldTheirCleanedTextAndRewritesTheOthers() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache.bin"), "1.0");
    clean(CorpusConfig.defaults(src), cached, "run");
    Path sameSize = tmp.resolve("run/out/cluster-1/001.txt");
    String sameSizeText = Files.readString(sameSize);
    assertThat(sameSizeText).contains("word");
    Files.writeString(sameSize, sameSizeText.replaceFirst("word", "ward"));
    Path otherSize = tmp.resolve("run/out/cluster-2/002.txt");
    String otherSizeText = Files.readString(otherSize);
    Files.writeString(otherSize, otherSizeText + "more");
    Map<String, Object> before = fileKeys("run");

    RunSummary again = clean(CorpusConfig.defaults(src), cached.withCache(tmp.resolve("cache.bin"), "1.1"), "run");

    assertThat(again.reused()).as("a new tool version trusts no cached state").isZero();
    assertThat(again.cleanedNow()).isEqualTo(again.cleaned() + 1); // and dup-b.txt, rejected after cleaning
    assertThat(sameSize).hasContent(sameSizeText);
    assertThat(otherSize).hasContent(otherSizeText);
    Map<String, Object> after = fileKeys("run");
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((file, key) -> {
      if (file.equals("cluster-1/001.txt") || file.equals("cluster-2/002.txt")) {
        assertThat(after.get(file)).as(file + " is written again").isNotEqualTo(key);
      } else {
        assertThat(after.get(file)).as(file + " is left as it was").isEqualTo(key);
      }
    });
    assertSameAsFresh(CorpusConfig.defaults(src), cached, "run");
  }

  @Test
  void aCleaningRunWithoutCacheLeavesNoScratchFile() throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    String prefix = ".corpuskit-run.bin." + ProcessHandle.current().pid() + ".";
    clean(CorpusConfig.defaults(src), RunOptions.defaults(), "run");
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix))).isEmpty();
    }
    assertThat(outputs("run")).hasSizeGreaterThan(60);
  }

  @Test
  void aCleaningRunWithoutCacheSweepsTheScratchFileOfAKilledOne() throws IOException {
    Path leftover = Path.of(System.getProperty("java.io.tmpdir"), ".corpuskit-run.bin.999999999.5.tmp");
    Files.writeString(leftover, "the states of a killed run"); // above any pid_max: no such process
    clean(CorpusConfig.defaults(src), RunOptions.defaults(), "run");
    assertThat(leftover).doesNotExist();
  }

  @Test
  void validateThenCleanReusesValidation() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache.bin"), "1.0");
    RunSummary validated = CorpusRun.validate(CorpusConfig.defaults(src), cached, new RunSink() {});
    assertThat(validated.reused()).isZero();
    RunSummary cleaned = clean(CorpusConfig.defaults(src), cached, "run");
    assertThat(cleaned.reused()).isEqualTo(cleaned.validation().documents());
    assertThat(cleaned.cleaned()).isGreaterThan(60);
    assertSameAsFresh(CorpusConfig.defaults(src), cached, "run");
    // validating again keeps the cleaned forms for the next clean
    CorpusRun.validate(CorpusConfig.defaults(src), cached, new RunSink() {});
    Path out = tmp.resolve("run/out/cluster-0/000.txt");
    FileTime written = Files.getLastModifiedTime(out);
    clean(CorpusConfig.defaults(src), cached, "run");
    assertThat(Files.getLastModifiedTime(out)).isEqualTo(written);
  }

  private CorpusConfig withRules(List<RuleSetting> rules, CleanerConfig cleaning) {
    return new CorpusConfig(src, List.of(), List.of(),
        new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.of(rules)), cleaning);
  }

  private void assertSameAsFresh(CorpusConfig config, RunOptions cached, String name) throws IOException {
    Map<String, byte[]> fresh = build(config, RunOptions.defaults().withThreads(2), "fresh-" + System.nanoTime());
    Map<String, byte[]> again = build(config, cached, name);
    assertThat(again.keySet()).isEqualTo(fresh.keySet());
    fresh.forEach((file, bytes) -> assertThat(again.get(file)).as(file).isEqualTo(bytes));
  }

  private RunSummary clean(CorpusConfig config, RunOptions options, String name) throws IOException {
    Path dir = tmp.resolve(name);
    try (ReportFiles reports = ReportFiles.forCleaning(dir.resolve("reports"), config.validation().rules(),
        config.cleaning().enabledSteps(), config.auditDetail())) {
      RunSummary summary = CorpusRun.clean(config, options, dir.resolve("out"), reports);
      reports.finish(summary);
      return summary;
    }
  }

  /** Cleans and packages; returns every report, the jar and each cleaned file by name. */
  private Map<String, byte[]> build(CorpusConfig config, RunOptions options, String name) throws IOException {
    clean(config, options, name);
    Path dir = tmp.resolve(name);
    CorpusPackaging.run(PackageRequest.of(CorpusInfo.of("org.example", "c", "1"), TIME, dir.resolve("out"),
        dir.resolve("reports"), dir.resolve("c.jar")));
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String report : new String[] {"validation.json", "cleaning.json", "manifest.tsv"}) {
      files.put(report, Files.readAllBytes(dir.resolve("reports").resolve(report)));
    }
    files.put("jar", Files.readAllBytes(dir.resolve("c.jar")));
    for (String out : outputs(name)) {
      files.put(out, Files.readAllBytes(dir.resolve("out").resolve(out.substring("data/".length()))));
    }
    return files;
  }

  /** Each cleaned file's file key (device and inode on Unix), which a rewrite through a rename changes. */
  private Map<String, Object> fileKeys(String name) throws IOException {
    Path out = tmp.resolve(name).resolve("out");
    Map<String, Object> keys = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      // The cleaned files, not the record of them, which follows the set of documents.
      for (Path p : walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(CorpusLayout.OUTPUT_RECORD)).toList()) {
        Object key = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertThat(key).as("this test needs a file system with file keys").isNotNull();
        keys.put(out.relativize(p).toString().replace('\\', '/'), key);
      }
    }
    return keys;
  }

  private List<String> outputs(String name) throws IOException {
    Path out = tmp.resolve(name).resolve("out");
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile).map(p -> "data/" + out.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  private void write(String path, String text) throws IOException {
    Path file = src.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
