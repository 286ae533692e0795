package dev.corpuskit.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.format.Source;
import dev.corpuskit.pack.PackageResult;
import dev.corpuskit.report.CleaningJson;
import dev.corpuskit.report.ValidationJson;
import dev.corpuskit.testing.Bytes;
import dev.corpuskit.testing.DataPackageSchema;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusPackagingTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String LONG = ("The river rose quickly after three days of heavy rain in the hills and the farmers "
      + "moved their animals to higher ground before the water reached the fields. ").repeat(2) + "\n";
  static final CorpusInfo INFO = new CorpusInfo("org.example", "news", "1.0.0", "News", "Some news.",
      "https://example.org", List.of(new License("CC0-1.0", null)), List.of(new Source("Wire", null)));
  static final String BASE = "META-INF/corpus/org.example/news/";

  @TempDir Path tmp;

  /** Cleans a small corpus into {@code tmp/data} and writes what the cleaning goal writes to {@code tmp/reports}. */
  Path clean() throws IOException {
    Path src = tmp.resolve("src");
    Files.createDirectories(src.resolve("Cluster-A"));
    Files.writeString(src.resolve("plain.txt"), LONG, UTF_8);
    Files.writeString(src.resolve("Cluster-A/003_X.txt"), "We use cookies.\n" + LONG.replace("three", "three  "), UTF_8);
    Files.writeString(src.resolve("short.txt"), "Too short to count.\n", UTF_8);
    return cleanAgain();
  }

  /** Cleans {@code tmp/src} again, as changed since {@link #clean}. */
  Path cleanAgain() throws IOException {
    CorpusConfig config = CorpusConfig.defaults(tmp.resolve("src"));
    CleanResult result = CorpusCleaning.run(config, tmp.resolve("data"));
    Path reports = Files.createDirectories(tmp.resolve("reports"));
    Files.write(reports.resolve(CorpusPackaging.MANIFEST), result.manifest().toBytes());
    ValidationJson.write(result.validation(), config.validation().rules(), reports.resolve("validation.json"));
    CleaningJson.write(result, reports.resolve("cleaning.json"));
    return reports;
  }

  PackageResult pack(Path reports, String jar) throws IOException {
    return CorpusPackaging.run(PackageRequest.of(INFO, TestCorpora.TIMESTAMP, tmp.resolve("data"), reports,
        tmp.resolve(jar))).result();
  }

  static List<String> names(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().map(e -> e.getName()).toList();
    }
  }

  @Test
  void jarHoldsDescriptorsAndReportsInTheCorpusFolder() throws IOException {
    Path reports = clean();

    PackageResult result = pack(reports, "news.jar");

    assertThat(result.documents()).isEqualTo(3);
    assertThat(names(result.jar())).contains(BASE + "datapackage.json", BASE + "croissant.json", BASE + "README.md",
        BASE + "validation.json", BASE + "cleaning.json", BASE + "manifest.tsv");
    assertThat(TestCorpora.entryBytes(result.jar(), BASE + "validation.json"))
        .isEqualTo(Files.readAllBytes(reports.resolve("validation.json")));
    assertThat(TestCorpora.entryBytes(result.jar(), BASE + "cleaning.json"))
        .isEqualTo(Files.readAllBytes(reports.resolve("cleaning.json")));
    String card = new String(TestCorpora.entryBytes(result.jar(), BASE + "README.md"), UTF_8);
    assertThat(card).startsWith("---\npretty_name: \"News\"\n").contains("\n---\n\n# News\n")
        .contains("## How it was made")
        .contains("| `min-words` | WARNING | 1 |").contains("| &nbsp;&nbsp;`boilerplate/cookie-notice` | 1 |");
  }

  /** A reviewer reads the card and descriptors in the reports folder: the jar's very bytes, unzipped. */
  @Test
  void theCardAndDescriptorsAreWrittenToTheReportsDirectoryAsInTheJar() throws IOException {
    Path reports = clean();
    Path cache = tmp.resolve("build-cache");
    PackageRequest request = PackageRequest.of(INFO, TestCorpora.TIMESTAMP, tmp.resolve("data"), reports,
        tmp.resolve("news.jar")).withCache(cache, "1.0");

    PackageResult result = CorpusPackaging.run(request).result();

    for (String name : List.of("README.md", "croissant.json", "datapackage.json")) {
      assertThat(reports.resolve(name)).as(name).isRegularFile();
      assertThat(Files.readAllBytes(reports.resolve(name))).as(name)
          .isEqualTo(TestCorpora.entryBytes(result.jar(), BASE + name));
    }
    byte[] card = Files.readAllBytes(reports.resolve("README.md"));
    Files.delete(reports.resolve("README.md"));
    Files.write(reports.resolve("croissant.json"), "{}".getBytes(UTF_8));
    assertThat(CorpusPackaging.run(request).kept()).isTrue();
    assertThat(reports.resolve("README.md")).as("written again for a kept jar").hasBinaryContent(card);
    assertThat(Files.readAllBytes(reports.resolve("croissant.json")))
        .isEqualTo(TestCorpora.entryBytes(result.jar(), BASE + "croissant.json"));
  }

  @Test
  void theCardDetailsAndTheSummarysFiguresReachTheJarAndAChangeToEitherWritesItAgain() throws IOException {
    Path reports = clean();
    Path jar = tmp.resolve("news.jar");
    PackageRequest request = PackageRequest.of(INFO, TestCorpora.TIMESTAMP, tmp.resolve("data"), reports, jar)
        .withCache(tmp.resolve("build-cache"), "1.0");
    assertThat(CorpusPackaging.run(request).kept()).isFalse();
    String before = new String(TestCorpora.entryBytes(jar, BASE + "README.md"), UTF_8);
    assertThat(before).contains("## Citation\n\nNot stated.\n").contains("| Documents | not stated | not stated |");

    PackageRequest cited = request.withCard(new dev.corpuskit.describe.CardDetails(
        List.of(dev.corpuskit.describe.Creator.organization("Example Lab", "https://example.org/lab")),
        "Example Lab (2024). News.", "Testing.", null, null, List.of("text-generation")));
    assertThat(CorpusPackaging.run(cited).kept()).as("other card details").isFalse();
    assertThat(CorpusPackaging.run(cited).kept()).isTrue();
    String card = new String(TestCorpora.entryBytes(jar, BASE + "README.md"), UTF_8);
    assertThat(card).contains("task_categories:\n- \"text-generation\"\n")
        .contains("## Citation\n\n```text\nExample Lab (2024). News.\n```\n");
    JsonNode croissant = MAPPER.readTree(TestCorpora.entryBytes(jar, BASE + "croissant.json"));
    assertThat(croissant.get("citeAs").asText()).isEqualTo("Example Lab (2024). News.");
    assertThat(croissant.get("creator").get(0).get("name").asText()).isEqualTo("Example Lab");

    Files.writeString(reports.resolve("summary.json"), "{\"documents\": {\"in\": 3, \"out\": 3},"
        + " \"bytes\": {\"in\": 900, \"out\": 800}, \"removedShare\": 0.05}", UTF_8);
    assertThat(CorpusPackaging.run(cited).kept()).as("a new summary").isFalse();
    assertThat(new String(TestCorpora.entryBytes(jar, BASE + "README.md"), UTF_8))
        .contains("| Documents | 3 | 3 |\n| Bytes | 900 | 800 |\n| Words | not stated | not stated |\n")
        .contains("Share removed by cleaning: 5.00%");
  }

  /** The audit may stay in the build's folder: then no descriptor names it, and the jar is still reproducible. */
  @Test
  void aCleaningReportNotPublishedIsLeftOutOfTheJarAndItsDescriptors() throws IOException {
    Path reports = clean();
    PackageRequest request = PackageRequest.of(INFO, TestCorpora.TIMESTAMP, tmp.resolve("data"), reports,
        tmp.resolve("news.jar")).withCleaningReport(false);

    PackageResult result = CorpusPackaging.run(request).result();

    assertThat(names(result.jar())).contains(BASE + "validation.json", BASE + "README.md")
        .doesNotContain(BASE + "cleaning.json");
    assertThat(reports.resolve("cleaning.json")).exists();
    for (String descriptor : List.of("README.md", "datapackage.json", "croissant.json")) {
      assertThat(new String(TestCorpora.entryBytes(result.jar(), BASE + descriptor), UTF_8)).as(descriptor)
          .doesNotContain("cleaning.json");
    }
    String card = new String(TestCorpora.entryBytes(result.jar(), BASE + "README.md"), UTF_8);
    assertThat(card).contains("| &nbsp;&nbsp;`boilerplate/cookie-notice` | 1 |");
    byte[] first = Files.readAllBytes(result.jar());
    PackageRequest again = PackageRequest.of(INFO, TestCorpora.TIMESTAMP, tmp.resolve("data"), reports,
        tmp.resolve("again.jar")).withCleaningReport(false);
    assertThat(Files.readAllBytes(CorpusPackaging.run(again).result().jar())).isEqualTo(first);
  }

  @Test
  void everyResourceMatchesItsJarEntryAndTheDescriptorValidates() throws IOException {
    Path jar = pack(clean(), "news.jar").jar();

    byte[] descriptor = TestCorpora.entryBytes(jar, BASE + "datapackage.json");
    assertThat(DataPackageSchema.validate(descriptor)).isEmpty();
    JsonNode resources = MAPPER.readTree(descriptor).get("resources");
    List<String> paths = new ArrayList<>();
    for (JsonNode resource : resources) {
      String path = resource.get("path").asText();
      paths.add(path);
      byte[] entry = TestCorpora.entryBytes(jar, BASE + path);
      assertThat(resource.get("hash").asText()).as(path).isEqualTo("sha256:" + Sha256.hex(entry));
      assertThat(resource.get("bytes").asLong()).as(path).isEqualTo(entry.length);
    }
    assertThat(paths).containsExactly("data/Cluster-A/003_X.txt", "data/plain.txt", "data/short.txt");
    JsonNode croissant = MAPPER.readTree(TestCorpora.entryBytes(jar, BASE + "croissant.json"));
    assertThat(croissant.get("distribution").get(0).get("sha256").asText())
        .isEqualTo(Sha256.hex(TestCorpora.entryBytes(jar, BASE + "manifest.tsv")));
  }

  @Test
  void packagingTwiceGivesByteIdenticalJars() throws IOException {
    Path reports = clean();

    PackageResult first = pack(reports, "first.jar");
    PackageResult second = pack(reports, "second.jar");

    assertThat(Files.readAllBytes(second.jar())).isEqualTo(Files.readAllBytes(first.jar()));
    assertThat(second.jarSha256()).isEqualTo(first.jarSha256());
  }

  /**
   * Whether a packaging may keep the jar is the core's choice, made from the request: with a cache
   * folder it keeps an unchanged jar and keeps its stamp there under the core's name; without one it
   * writes the jar every time and leaves no stamp.
   */
  @Test
  void aRequestWithACacheFolderPackagesIncrementallyOneWithoutInFull() throws IOException {
    Path reports = clean();
    Path jar = tmp.resolve("news.jar");
    Path cache = tmp.resolve("build-cache");
    PackageRequest full = PackageRequest.of(INFO, TestCorpora.TIMESTAMP, tmp.resolve("data"), reports, jar)
        .withThreads(2);

    assertThat(CorpusPackaging.run(full).kept()).isFalse();
    assertThat(CorpusPackaging.run(full).kept()).as("without a cache folder: written again").isFalse();
    assertThat(cache).doesNotExist();

    PackageRequest incremental = full.withCache(cache, "1.0");
    assertThat(CorpusPackaging.run(incremental).kept()).isFalse();
    assertThat(cache.resolve("package.properties")).isRegularFile();
    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files).containsExactly(cache.resolve("package.properties"));
    }
    assertThat(CorpusPackaging.run(incremental).kept()).as("unchanged: kept").isTrue();
    assertThat(CorpusPackaging.run(incremental.withCache(cache, "2.0")).kept()).as("another version").isFalse();
    assertThat(CorpusPackaging.run(full).kept()).as("a request without the cache ignores its stamp").isFalse();
  }

  @Test
  void incrementalPackagingKeepsAnUnchangedJarAndCopiesUnchangedDocuments() throws IOException {
    Path reports = clean();
    Path jar = tmp.resolve("news.jar");
    Path stamp = tmp.resolve("cache/package.properties");
    CorpusPackaging.Packaged first = incremental(reports, jar, stamp, 6);
    assertThat(first.kept()).isFalse();
    assertThat(first.result().reusedDocuments()).isZero();
    assertThat(incremental(reports, jar, stamp, 6).kept()).isTrue();

    Files.writeString(tmp.resolve("src/plain.txt"), LONG + "\nA new closing paragraph of the story.\n", UTF_8);
    reports = cleanAgain();
    CorpusPackaging.Packaged changed = incremental(reports, jar, stamp, 6);
    assertThat(changed.kept()).isFalse();
    assertThat(changed.result().reusedDocuments()).as("all but plain.txt").isEqualTo(2);
    assertThat(Files.readAllBytes(jar)).as("the same jar as a fresh packaging")
        .isEqualTo(Files.readAllBytes(pack(reports, "fresh.jar").jar()));

    CorpusPackaging.Packaged otherLevel = incremental(reports, jar, stamp, 1);
    assertThat(otherLevel.kept()).as("another level packages again").isFalse();
    assertThat(otherLevel.result().reusedDocuments()).as("deflated at another level: nothing to copy").isZero();
    assertThat(Files.readAllBytes(jar)).isEqualTo(Files.readAllBytes(CorpusPackaging.run(PackageRequest.of(INFO,
        TestCorpora.TIMESTAMP, tmp.resolve("data"), reports, tmp.resolve("level1.jar")).withThreads(2)
        .withCompressionLevel(1)).result().jar()));
  }

  @Test
  void aJarChangedSinceItsStampIsNotCopiedFrom() throws IOException {
    Path reports = clean();
    Path jar = tmp.resolve("news.jar");
    Path stamp = tmp.resolve("cache/package.properties");
    incremental(reports, jar, stamp, 6);
    Files.write(jar, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(tmp.resolve("src/plain.txt"), LONG + "\nA new closing paragraph of the story.\n", UTF_8);
    reports = cleanAgain();
    CorpusPackaging.Packaged again = incremental(reports, jar, stamp, 6);
    assertThat(again.result().reusedDocuments()).isZero();
    assertThat(Files.readAllBytes(jar)).isEqualTo(Files.readAllBytes(pack(reports, "fresh.jar").jar()));
  }

  @Test
  void aByteFlippedInAnEntryOfThePreviousJarIsDeflatedAgainNotCopied() throws IOException {
    Path reports = clean();
    Path jar = tmp.resolve("news.jar");
    Path stamp = tmp.resolve("cache/package.properties");
    incremental(reports, jar, stamp, 6);
    String damaged = BASE + "data/Cluster-A/003_X.txt";
    flipAByteOfTheDeflatedData(jar, damaged);
    Files.writeString(tmp.resolve("src/plain.txt"), LONG + "\nA new closing paragraph of the story.\n", UTF_8);
    reports = cleanAgain();

    CorpusPackaging.Packaged again = incremental(reports, jar, stamp, 6);

    assertThat(again.kept()).isFalse();
    assertEveryEntryChecks(jar);
    assertThat(Files.readAllBytes(jar)).as("the same jar as a fresh packaging")
        .isEqualTo(Files.readAllBytes(pack(reports, "fresh.jar").jar()));
    assertThat(again.result().reusedDocuments()).as("short.txt only: plain.txt changed, 003_X.txt is damaged")
        .isEqualTo(1);
    assertThat(again.result().warnings()).singleElement().asString()
        .contains("The previous jar " + jar + " holds damaged bytes for " + damaged)
        .contains("deflated it again from " + tmp.resolve("data/Cluster-A/003_X.txt"));

    Files.writeString(tmp.resolve("src/plain.txt"), LONG, UTF_8);
    reports = cleanAgain();
    CorpusPackaging.Packaged next = incremental(reports, jar, stamp, 6);
    assertThat(next.result().reusedDocuments()).as("the next build copies the sound bytes").isEqualTo(2);
    assertThat(next.result().warnings()).isEmpty();
    assertEveryEntryChecks(jar);
    assertThat(Files.readAllBytes(jar)).isEqualTo(Files.readAllBytes(pack(reports, "fresh2.jar").jar()));
  }

  @Test
  void aJarDamagedSinceItsStampIsNotKeptWhenNothingChanged() throws IOException {
    Path reports = clean();
    Path jar = tmp.resolve("news.jar");
    Path stamp = tmp.resolve("cache/package.properties");
    incremental(reports, jar, stamp, 6);
    flipAByteOfTheDeflatedData(jar, BASE + "data/Cluster-A/003_X.txt");

    CorpusPackaging.Packaged again = incremental(reports, jar, stamp, 6);

    assertThat(again.kept()).as("same size and time, other bytes: not the jar the stamp describes").isFalse();
    assertEveryEntryChecks(jar);
    assertThat(Files.readAllBytes(jar)).isEqualTo(Files.readAllBytes(pack(reports, "fresh.jar").jar()));
    assertThat(incremental(reports, jar, stamp, 6).kept()).as("the sound jar is kept again").isTrue();
  }

  @Test
  void aPreviousJarZeroedAtItsEndKeepingItsSizeAndTimeIsNotCopiedFrom() throws IOException {
    Path reports = clean();
    Path jar = tmp.resolve("news.jar");
    Path stamp = tmp.resolve("cache/package.properties");
    incremental(reports, jar, stamp, 6);
    FileTime time = Files.getLastModifiedTime(jar);
    byte[] bytes = Files.readAllBytes(jar);
    Arrays.fill(bytes, bytes.length / 2, bytes.length, (byte) 0); // a lost write, as after a crash
    Files.write(jar, bytes);
    Files.setLastModifiedTime(jar, time);
    Files.writeString(tmp.resolve("src/plain.txt"), LONG + "\nA new closing paragraph of the story.\n", UTF_8);
    reports = cleanAgain();

    CorpusPackaging.Packaged again = incremental(reports, jar, stamp, 6);

    assertThat(again.result().reusedDocuments()).isZero();
    assertThat(again.result().warnings()).singleElement().asString()
        .startsWith("Cannot copy documents from the previous jar " + jar);
    assertEveryEntryChecks(jar);
    assertThat(Files.readAllBytes(jar)).isEqualTo(Files.readAllBytes(pack(reports, "fresh.jar").jar()));
  }

  /**
   * Flips one byte in the middle of {@code name}'s deflated data in {@code jar}, in place: the jar keeps
   * its size and modification time, as after a bad sector or a stray write.
   */
  static void flipAByteOfTheDeflatedData(Path jar, String name) throws IOException {
    long compressed;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      compressed = zip.getEntry(name).getCompressedSize();
    }
    FileTime time = Files.getLastModifiedTime(jar);
    byte[] bytes = Files.readAllBytes(jar);
    int data = Bytes.find(bytes, name.getBytes(UTF_8)) + name.length(); // the first: the local header, no extra
    assertThat(compressed).as("enough deflated data to damage").isGreaterThan(8);
    bytes[data + (int) (compressed / 2)] ^= (byte) 0xFF;
    Files.write(jar, bytes);
    Files.setLastModifiedTime(jar, time);
  }

  /** Reads every entry of {@code jar} whole and checks it against its CRC-32, as {@code unzip -t} does. */
  static void assertEveryEntryChecks(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        CRC32 crc = new CRC32();
        try (InputStream in = zip.getInputStream(e)) {
          crc.update(in.readAllBytes());
        }
        assertThat(crc.getValue()).as("the CRC-32 of " + e.getName()).isEqualTo(e.getCrc());
      }
    }
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) { // checks sizes and CRC too
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
    }
  }

  /** Packages incrementally, with the cache folder that holds {@code stamp}. */
  CorpusPackaging.Packaged incremental(Path reports, Path jar, Path stamp, int level) throws IOException {
    return CorpusPackaging.run(request(reports, jar, stamp).withCompressionLevel(level));
  }

  private PackageRequest request(Path reports, Path jar, Path stamp) {
    assertThat(stamp.getFileName()).hasToString("package.properties");
    return PackageRequest.of(INFO, TestCorpora.TIMESTAMP, tmp.resolve("data"), reports, jar).withThreads(2)
        .withCache(stamp.getParent(), "1.0");
  }

  @Test
  void withoutAManifestPackagingFailsAndWritesNoJar() throws IOException {
    Path reports = clean();
    Files.delete(reports.resolve(CorpusPackaging.MANIFEST));

    assertThatThrownBy(() -> pack(reports, "news.jar")).isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(CorpusPackaging.MANIFEST);
    assertThat(tmp.resolve("news.jar")).doesNotExist();
  }

  @Test
  void reportsAreOptional() throws IOException {
    Path reports = clean();
    Files.delete(reports.resolve("validation.json"));
    Files.delete(reports.resolve("cleaning.json"));

    Path jar = pack(reports, "news.jar").jar();

    assertThat(names(jar)).contains(BASE + "datapackage.json").doesNotContain(BASE + "validation.json",
        BASE + "cleaning.json");
    assertThat(new String(TestCorpora.entryBytes(jar, BASE + "README.md"), UTF_8)).doesNotContain("## How it was made");
  }

  @Test
  void aCleanedCorpusWithFewerDocumentsThanRequiredIsNotPackagedNorKept() throws IOException {
    Path reports = clean();
    Path jar = tmp.resolve("news.jar");
    Path stamp = tmp.resolve("cache/package.properties");
    int documents = incremental(reports, jar, stamp, 6).result().documents();
    assertThat(documents).isEqualTo(3);

    // kept from the stamp, but still too few
    assertThatThrownBy(() -> CorpusPackaging.run(request(reports, jar, stamp).withMinDocuments(4)))
        .isInstanceOf(TooFewDocumentsException.class)
        .hasMessage("the cleaned corpus in " + tmp.resolve("data") + " holds 3 documents (as "
            + reports.resolve(CorpusPackaging.MANIFEST) + " lists them), fewer than the 4 required: every source"
            + " was left out or had errors");

    // an empty manifest: no jar is written
    Files.write(reports.resolve(CorpusPackaging.MANIFEST),
        Files.readAllLines(reports.resolve(CorpusPackaging.MANIFEST)).subList(0, 1));
    assertThatThrownBy(() -> CorpusPackaging.run(PackageRequest.of(INFO, TestCorpora.TIMESTAMP, tmp.resolve("data"),
        reports, tmp.resolve("empty.jar")).withThreads(2).withMinDocuments(1)))
        .isInstanceOf(TooFewDocumentsException.class)
        .extracting(e -> ((TooFewDocumentsException) e).documents()).isEqualTo(0);
    assertThat(tmp.resolve("empty.jar")).doesNotExist();
    // 0 allows it
    try (java.util.stream.Stream<Path> files = Files.walk(tmp.resolve("data"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.delete(file);
      }
    }
    assertThat(CorpusPackaging.run(PackageRequest.of(INFO, TestCorpora.TIMESTAMP, tmp.resolve("data"), reports,
        tmp.resolve("empty.jar")).withThreads(2)).result().documents()).isZero();
  }
}
