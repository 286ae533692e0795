package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.testing.Bytes;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A goal's run keeps its reports and cleaned files when nothing changed since the last completed run,
 * and only then: any change of a source, of the configuration, of the tool version or of what the
 * last run wrote makes it run again, and what it keeps is byte for byte what a fresh run writes.
 */
class CorpusBuildTest {

  /** Sources are dated well before any run, so that none is racily clean unless a test makes it so. */
  private static final FileTime OLD = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

  @TempDir Path tmp;
  private Path src;
  private RunOptions cached;

  @BeforeEach
  void corpus() throws IOException {
    src = tmp.resolve("src");
    for (int i = 0; i < 30; i++) {
      String text = "Story " + i + ". The council said on Tuesday that the bridge would reopen.\n\n"
          + "Share this article\n\n" + "word ".repeat(40 + i) + "\n";
      write("cluster-" + (i % 3) + "/" + String.format("%03d", i) + ".txt", i % 7 == 0 ? text.replace("\n", "\r\n") : text);
    }
    write("cluster-0/dup-a.txt", "The same story, told twice. " + "word ".repeat(60));
    write("cluster-1/dup-b.txt", "the SAME story,   told twice. " + "word ".repeat(60));
    write("page.html", "<html><head><title>T</title></head><body><article><p>"
        + "An article body with enough words to pass. ".repeat(20) + "</p></article></body></html>");
    cached = RunOptions.defaults().withCache(tmp.resolve("cache/documents.bin"), "1.0");
  }

  @Test
  void nothingChangedKeepsTheReportsTheCacheAndTheCleanedFilesAndReplaysTheFindings() throws IOException {
    List<Finding> first = new ArrayList<>();
    CorpusBuild.Result full = clean(CorpusConfig.defaults(src), cached, first);
    assertThat(full.kept()).isFalse();
    assertThat(first).isNotEmpty();
    Map<String, FileTime> written = times(tmp.resolve("run"));
    written.put("cache", Files.getLastModifiedTime(tmp.resolve("cache/documents.bin")));

    List<Finding> again = new ArrayList<>();
    CorpusBuild.Result kept = clean(CorpusConfig.defaults(src), cached, again);
    assertThat(kept.kept()).isTrue();
    assertThat(again).isEqualTo(first);
    assertThat(kept.summary().validation()).isEqualTo(full.summary().validation());
    assertThat(kept.summary().cleaned()).isEqualTo(full.summary().cleaned());
    assertThat(kept.summary().changesByStep()).isEqualTo(full.summary().changesByStep());
    assertThat(kept.summary().cleanedNow()).isZero();
    Map<String, FileTime> after = times(tmp.resolve("run"));
    after.put("cache", Files.getLastModifiedTime(tmp.resolve("cache/documents.bin")));
    assertThat(after).as("nothing is written again").isEqualTo(written);
    assertSameAsFresh(CorpusConfig.defaults(src));
  }

  /**
   * Clean writes the report validate wrote only when their findings agree: the near-duplicate rule
   * compares the cleaned texts in clean and the parsed texts in validate, and these stories' copies are
   * alike to another degree once "Share this article" is cleaned away, so it is off here.
   */
  @Test
  void validateKeepsItsReportAfterCleanWroteTheSameOneAgain() throws IOException {
    Path reports = tmp.resolve("run/reports");
    assertThat(CorpusBuild.validate(withoutNearDuplicates(), cached, reports, new RunSink() {}).kept()).isFalse();
    clean(withoutNearDuplicates(), cached, new ArrayList<>());
    List<Finding> findings = new ArrayList<>();
    assertThat(CorpusBuild.validate(withoutNearDuplicates(), cached, reports, into(findings)).kept()).isTrue();
    assertThat(findings).isNotEmpty();
    assertThat(clean(withoutNearDuplicates(), cached, new ArrayList<>()).kept()).isTrue();

    Files.writeString(reports.resolve("validation.json"), "{}\n");
    assertThat(CorpusBuild.validate(withoutNearDuplicates(), cached, reports, new RunSink() {}).kept())
        .as("a report changed by hand").isFalse();
  }

  private CorpusConfig withoutNearDuplicates() {
    return new CorpusConfig(src, List.of(), List.of(), new ValidationConfig(StandardCharsets.UTF_8,
        RuleConfig.of(List.of(RuleSetting.severity("near-duplicate", Severity.OFF)))), CleanerConfig.defaults());
  }

  @Test
  void aChangedFileIsProcessedAgainEvenWithTheSameSize() throws IOException {
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    Path file = src.resolve("cluster-1/001.txt");
    Files.writeString(file, Files.readString(file).replace("Story 1.", "Story X."));
    Files.setLastModifiedTime(file, FileTime.fromMillis(OLD.toMillis() + 2000));
    CorpusBuild.Result changed = clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    assertThat(changed.kept()).isFalse();
    assertThat(changed.summary().cleanedNow()).as("it and dup-b.txt, a rejected duplicate").isEqualTo(2);
    assertThat(Files.readString(tmp.resolve("run/out/cluster-1/001.txt"))).contains("Story X.");
    assertSameAsFresh(CorpusConfig.defaults(src));
    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isTrue();
  }

  @Test
  void aFileReplacedByAnotherWithTheSameSizeAndTimeIsProcessedAgain() throws IOException {
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    Path file = src.resolve("cluster-1/001.txt");
    Path replacement = src.resolve("replacement.tmp");
    Files.writeString(replacement, Files.readString(file).replace("Story 1.", "Story Y."));
    Files.setLastModifiedTime(replacement, Files.getLastModifiedTime(file));
    Files.move(replacement, file, StandardCopyOption.REPLACE_EXISTING); // a new inode, same size and time
    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isFalse();
    assertThat(Files.readString(tmp.resolve("run/out/cluster-1/001.txt"))).contains("Story Y.");
    assertSameAsFresh(CorpusConfig.defaults(src));
  }

  @Test
  void aFileChangedInTheSecondOfTheRunIsReadAgainEvenWithTheSameSizeAndTime() throws IOException {
    Path file = src.resolve("cluster-1/001.txt");
    // Dated in the future, the file is racily clean for every run: stat alone cannot tell an edit.
    FileTime racy = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
    Files.setLastModifiedTime(file, racy);
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    Files.writeString(file, Files.readString(file).replace("Story 1.", "Story Z.")); // in place: same inode
    Files.setLastModifiedTime(file, racy);
    CorpusBuild.Result again = clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    assertThat(again.kept()).isFalse();
    assertThat(again.summary().cleanedNow()).as("it and dup-b.txt, a rejected duplicate").isEqualTo(2);
    assertThat(Files.readString(tmp.resolve("run/out/cluster-1/001.txt"))).contains("Story Z.");
    assertSameAsFresh(CorpusConfig.defaults(src));
  }

  @Test
  void anAddedOrDeletedFileIsNoticed() throws IOException {
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    write("cluster-2/new.txt", "A new story about the bridge. " + "word ".repeat(50));
    CorpusBuild.Result added = clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    assertThat(added.kept()).isFalse();
    assertThat(Files.exists(tmp.resolve("run/out/cluster-2/new.txt"))).isTrue();
    assertSameAsFresh(CorpusConfig.defaults(src));

    Files.delete(src.resolve("cluster-2/new.txt"));
    CorpusBuild.Result deleted = clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    assertThat(deleted.kept()).isFalse();
    assertThat(deleted.summary().validation().documents()).isEqualTo(added.summary().validation().documents() - 1);
    assertThat(Files.exists(tmp.resolve("run/out/cluster-2/new.txt"))).isFalse();
    assertSameAsFresh(CorpusConfig.defaults(src));
  }

  /**
   * A name that differs from another only by case is found whichever of the two the cache holds: the
   * names are compared in the ordered stage, for cached files too, and in any thread count alike.
   */
  @Test
  void aNameThatDiffersOnlyByCaseIsReportedAlsoAgainstACachedFile() throws IOException {
    write("cluster-2/Bridge.txt", "The bridge will reopen in spring, the council said. " + "word ".repeat(50));
    List<Finding> first = new ArrayList<>();
    clean(CorpusConfig.defaults(src), cached, first);
    assertThat(first).extracting(Finding::ruleId).doesNotContain("portable-name");
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(src.resolve("cluster-2/bridge.txt")),
        "the file system ignores case");

    write("cluster-2/bridge.txt", "A ferry will run until the bridge reopens. " + "word ".repeat(50));
    List<Finding> second = new ArrayList<>();
    CorpusBuild.Result added = clean(CorpusConfig.defaults(src), cached, second);
    assertThat(added.summary().reused()).as("Bridge.txt comes from the cache").isPositive();
    assertThat(second).filteredOn(f -> f.ruleId().equals("portable-name")).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo("cluster-2/bridge.txt");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("cluster-2/Bridge.txt", "letter case");
    });
    assertThat(Files.exists(tmp.resolve("run/out/cluster-2/bridge.txt"))).as("a warning: still cleaned").isTrue();

    Path file = src.resolve("cluster-1/001.txt"); // another change: both names come from the cache now
    Files.writeString(file, Files.readString(file).replace("Story 1.", "Story X."));
    Files.setLastModifiedTime(file, FileTime.fromMillis(OLD.toMillis() + 2000));
    List<Finding> third = new ArrayList<>();
    CorpusBuild.Result changed = clean(CorpusConfig.defaults(src), cached, third);
    assertThat(changed.kept()).isFalse();
    assertThat(third).filteredOn(f -> f.ruleId().equals("portable-name")).extracting(Finding::file)
        .containsExactly("cluster-2/bridge.txt");
    assertSameAsFresh(CorpusConfig.defaults(src));
    List<Finding> kept = new ArrayList<>();
    assertThat(clean(CorpusConfig.defaults(src), cached, kept).kept()).isTrue();
    assertThat(kept).filteredOn(f -> f.ruleId().equals("portable-name")).hasSize(1);
  }

  @Test
  void aChangedCleanedFileOrReportIsWrittenAgain() throws IOException {
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    Path out = tmp.resolve("run/out/cluster-0/000.txt");
    Files.delete(out);
    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isFalse();
    assertThat(out).exists();

    Files.writeString(tmp.resolve("run/out/cluster-0/stray.txt"), "left here by hand");
    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isFalse();
    assertThat(tmp.resolve("run/out/cluster-0/stray.txt")).as("not the tool's: kept").exists();
    Files.delete(tmp.resolve("run/out/cluster-0/stray.txt"));
    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isFalse();

    Files.delete(tmp.resolve("run/reports/manifest.tsv"));
    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isFalse();
    assertSameAsFresh(CorpusConfig.defaults(src));
  }

  @Test
  void aChangedConfigurationOrToolVersionRunsAgain() throws IOException {
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    CorpusConfig stepOff = config(List.of(), new CleanerConfig(Set.of("repeated-paragraphs")));
    assertThat(clean(stepOff, cached, new ArrayList<>()).kept()).as("a step switched off").isFalse();
    assertSameAsFresh(stepOff);

    CorpusConfig ruleLevel = config(List.of(new RuleSetting("line-endings", Optional.of(Severity.INFO), Map.of())),
        new CleanerConfig(Set.of("repeated-paragraphs")));
    assertThat(clean(ruleLevel, cached, new ArrayList<>()).kept()).as("a rule's level").isFalse();
    assertSameAsFresh(ruleLevel);

    CorpusConfig full = ruleLevel.withAuditDetail(AuditDetail.FULL);
    assertThat(clean(full, cached, new ArrayList<>()).kept()).as("the audit detail").isFalse();
    assertThat(Files.readString(tmp.resolve("run/reports/cleaning.json"))).contains("\"auditDetail\": \"full\"");
    assertSameAsFresh(full);

    assertThat(clean(full, cached, new ArrayList<>()).kept()).isTrue();
    RunOptions newVersion = cached.withCache(cached.cacheFile(), "1.1");
    assertThat(clean(full, newVersion, new ArrayList<>()).kept()).as("another tool version").isFalse();
    assertThat(clean(full, RunOptions.defaults(), new ArrayList<>()).kept()).as("no cache").isFalse();
  }

  @Test
  void anInterruptedRunLeavesNoStampThatALaterRunTrusts() throws IOException {
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    Path stamp = BuildCache.runStamp(cached.cacheFile(), RunKind.CLEAN);
    assertThat(stamp).exists();
    Path file = src.resolve("cluster-1/001.txt");
    String original = Files.readString(file);
    Files.writeString(file, original.replace("Story 1.", "Story W."));
    RunSink failing = new RunSink() {
      @Override
      public void finding(Finding finding) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> CorpusBuild.clean(CorpusConfig.defaults(src), cached, tmp.resolve("run/out"),
        tmp.resolve("run/reports"), failing)).hasMessageContaining("disk full");
    assertThat(stamp).doesNotExist();
    try (Stream<Path> files = Files.list(stamp.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    Files.writeString(file, original); // back as it was, time and all: only a finished run may be trusted
    Files.setLastModifiedTime(file, OLD);
    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isFalse();
    assertSameAsFresh(CorpusConfig.defaults(src));
  }

  @Test
  void aDamagedStampIsNotTrusted() throws IOException {
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    Path stamp = BuildCache.runStamp(cached.cacheFile(), RunKind.CLEAN);
    byte[] bytes = Files.readAllBytes(stamp);
    Files.write(stamp, java.util.Arrays.copyOf(bytes, bytes.length - 5));
    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isFalse();
    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isTrue();
  }

  @Test
  void aSelectionOfFewerFilesThanRequiredFailsBeforeAnythingIsWritten() throws IOException {
    CorpusConfig typo = new CorpusConfig(src, List.of("**/*.text"), List.of(), ValidationConfig.defaults(),
        CleanerConfig.defaults()).withMinDocuments(1);
    for (RunOptions options : List.of(RunOptions.defaults(), cached)) {
      assertThatThrownBy(() -> clean(typo, options, new ArrayList<>())).isInstanceOf(TooFewDocumentsException.class)
          .hasMessage("the selection took 0 of the 33 files in " + src + ": includes [**/*.text] and excludes []"
              + " left out 33, and at least 1 are required; check the globs");
      assertThatThrownBy(() -> CorpusBuild.validate(typo, options, tmp.resolve("run/reports"), into(new ArrayList<>())))
          .isInstanceOf(TooFewDocumentsException.class);
    }
    assertThat(tmp.resolve("run")).doesNotExist();

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Files.writeString(empty.resolve(".hidden.txt"), "never taken");
    assertThatThrownBy(() -> CorpusRun.validate(CorpusConfig.defaults(empty).withMinDocuments(1), cached,
        new RunSink() {})).isInstanceOf(TooFewDocumentsException.class).hasMessage("the corpus folder " + empty
            + " holds no file (hidden files are never taken): 0 documents, fewer than the 1 required");
    // 0 allows an empty corpus
    assertThat(CorpusRun.validate(CorpusConfig.defaults(empty), cached, new RunSink() {}).validation().documents())
        .isZero();
  }

  @Test
  void theResultSaysHowManyFilesTheSelectionLeftOut() throws IOException {
    CorpusConfig some = new CorpusConfig(src, List.of("cluster-0/**"), List.of("**/dup-*"),
        ValidationConfig.defaults(), CleanerConfig.defaults()).withMinDocuments(10);
    CorpusBuild.Result first = clean(some, cached, new ArrayList<>());
    assertThat(first.summary().validation().documents()).isEqualTo(10);
    assertThat(first.leftOut()).isEqualTo(23);
    CorpusBuild.Result kept = clean(some, cached, new ArrayList<>());
    assertThat(kept.kept()).isTrue();
    assertThat(kept.leftOut()).isEqualTo(23);
  }

  @Test
  void aCachedCleanedFormWithAFlippedBitIsDroppedAndTheNextBuildRecoversByItself() throws IOException {
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    Path cacheFile = tmp.resolve("cache/documents.bin");
    byte[] cache = Files.readAllBytes(cacheFile);
    byte[] sha = Sha256.digest().digest(Files.readAllBytes(tmp.resolve("run/out/cluster-0/003.txt")));
    int at = Bytes.indexOf(cache, sha);
    assertThat(at).as("the cleaned document's SHA-256 is in the cache").isNotNegative();
    cache[at + 5] ^= 0x10;
    Files.write(cacheFile, cache);
    write("cluster-1/004.txt", "Another story entirely, edited since the last build. " + "word ".repeat(50) + "\n");

    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isFalse();

    assertSameAsFresh(CorpusConfig.defaults(src));
  }

  @Test
  void aPackagingThatFindsTheCleanedFilesAtOddsWithTheManifestMakesTheNextCleanRunAgain() throws IOException {
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    Path cleaned = tmp.resolve("run/out/cluster-0/003.txt");
    FileTime time = Files.getLastModifiedTime(cleaned);
    byte[] bytes = Files.readAllBytes(cleaned);
    bytes[0] ^= 0x20; // same size, same time, same inode: nothing a stat can tell
    Files.write(cleaned, bytes);
    Files.setLastModifiedTime(cleaned, time);
    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isTrue();
    Instant created = Instant.parse("2024-01-01T00:00:00Z");
    CorpusInfo info = CorpusInfo.of("org.example", "c", "1");
    Path jar = tmp.resolve("c.jar");
    assertThatThrownBy(() -> CorpusPackaging.run(PackageRequest.of(info, created, tmp.resolve("run/out"),
        tmp.resolve("run/reports"), jar))).isInstanceOf(IOException.class);

    BuildCache.forget(tmp.resolve("cache"));

    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isFalse();
    CorpusPackaging.run(PackageRequest.of(info, created, tmp.resolve("run/out"), tmp.resolve("run/reports"), jar));
    // The card and descriptors packaging writes beside the reports are not cleaning's to compare.
    for (String descriptor : List.of(CorpusPackaging.DATA_CARD, CorpusPackaging.CROISSANT,
        CorpusPackaging.DATA_PACKAGE)) {
      Files.delete(tmp.resolve("run/reports").resolve(descriptor));
    }
    assertSameAsFresh(CorpusConfig.defaults(src));
  }

  @Test
  void theScratchFilesOfAKilledRunAreSweptByTheNextBuildWithOrWithoutCache() throws IOException {
    clean(CorpusConfig.defaults(src), cached, new ArrayList<>());
    String dead = ".999999999."; // above any pid_max: no such process
    List<Path> leftovers = List.of(tmp.resolve("cache/.documents.bin" + dead + "17.tmp"),
        tmp.resolve("cache/.documents.bin.clean.stamp" + dead + "18.tmp"),
        tmp.resolve("run/reports/.manifest.tsv" + dead + "19.tmp"),
        tmp.resolve("run/reports/.validation.json" + dead + "20.tmp"),
        tmp.resolve("run/reports/.cleaning.json" + dead + "21.tmp"),
        tmp.resolve("run/reports/.cleaning.json" + dead + "4242424242.spool.tmp"));
    Path live = tmp.resolve("run/reports/.manifest.tsv." + ProcessHandle.current().pid() + ".23.tmp");
    for (Path leftover : leftovers) {
      Files.writeString(leftover, "left by a killed run");
    }
    Files.writeString(live, "a running writer's");

    assertThat(clean(CorpusConfig.defaults(src), cached, new ArrayList<>()).kept()).isTrue();
    assertThat(leftovers).allSatisfy(p -> assertThat(p).doesNotExist());
    assertThat(live).exists();

    for (Path leftover : leftovers.subList(2, leftovers.size())) {
      Files.writeString(leftover, "left by a killed run");
    }
    clean(CorpusConfig.defaults(src), RunOptions.defaults(), new ArrayList<>());
    assertThat(leftovers).allSatisfy(p -> assertThat(p).doesNotExist());
    assertThat(live).exists();
  }

  private CorpusConfig config(List<RuleSetting> rules, CleanerConfig cleaning) {
    return new CorpusConfig(src, List.of(), List.of(), new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.of(rules)),
        cleaning);
  }

  private CorpusBuild.Result clean(CorpusConfig config, RunOptions options, List<Finding> findings)
      throws IOException {
    return CorpusBuild.clean(config, options, tmp.resolve("run/out"), tmp.resolve("run/reports"), into(findings));
  }

  private static RunSink into(List<Finding> findings) {
    return new RunSink() {
      @Override
      public void finding(Finding finding) {
        findings.add(finding);
      }
    };
  }

  /** The reports and cleaned files of "run" are those of a fresh run without cache, byte for byte. */
  private void assertSameAsFresh(CorpusConfig config) throws IOException {
    Path fresh = tmp.resolve("fresh-" + System.nanoTime());
    CorpusBuild.clean(config, RunOptions.defaults().withThreads(2), fresh.resolve("out"), fresh.resolve("reports"),
        new RunSink() {});
    Map<String, byte[]> expected = contents(fresh);
    Map<String, byte[]> actual = contents(tmp.resolve("run"));
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
  }

  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static Map<String, FileTime> times(Path dir) throws IOException {
    Map<String, FileTime> times = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        times.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p));
      }
    }
    return times;
  }

  private void write(String path, String text) throws IOException {
    Path file = src.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, OLD);
  }
}
