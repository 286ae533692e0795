package dev.corpuskit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.ManifestReader;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.pipeline.PackageRequest;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines export of the example corpus, from its jar and from its cleaned folder. */
class CorpusExportTest {

  static final Path EXAMPLE = Path.of("..", "corpus-example", "src", "main", "corpus");
  static final List<String> IDS = List.of("000_5c79cd4b06b37693", "001_f0d43eef8eea6572", "002_f6356978055d864c",
      "003_b20276f8bb1996d1", "004_ed9bd0d0fe1211cd");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path built;
  @TempDir Path tmp;

  static Path jar;
  static Path cleaned;
  static Path manifest;

  /** Cleans and packages the example corpus through the core API, once for every test. */
  @BeforeAll
  static void buildExample() throws IOException {
    cleaned = built.resolve("out");
    Path reports = built.resolve("reports");
    CorpusBuild.clean(CorpusConfig.defaults(EXAMPLE), RunOptions.defaults(), cleaned, reports, new RunSink() {});
    manifest = reports.resolve("manifest.tsv");
    jar = built.resolve("example.jar");
    CorpusPackaging.run(PackageRequest.of(CorpusInfo.of("dev.corpuskit", "corpus-example", "1.0.0"),
        Instant.parse("2026-01-01T00:00:00Z"), cleaned, reports, jar));
  }

  @Test
  void exampleJarExportHoldsTheFiveDocumentsWithTheManifestsHashes() throws IOException {
    ExportResult result = CorpusExport.run(ExportRequest.of(jar, tmp.resolve("x")));

    assertThat(result.documents()).isEqualTo(5);
    assertThat(result.shards()).extracting(ExportResult.Shard::name).containsExactly("part-00000.jsonl.gz");
    Map<String, ManifestEntry> entries = manifest();
    List<JsonNode> lines = lines(tmp.resolve("x"));
    assertThat(lines).extracting(n -> n.get("id").asText()).containsExactlyElementsOf(IDS);
    for (JsonNode line : lines) {
      ManifestEntry e = entries.get(line.get("id").asText());
      assertThat(line.get("sha256").asText()).isEqualTo(e.sha256());
      assertThat(Sha256.hex(line.get("text").asText().getBytes(StandardCharsets.UTF_8)))
          .as("the text of %s hashes to the manifest's sha256", e.id()).isEqualTo(e.sha256());
      assertThat(line.get("words").asInt()).isEqualTo(e.words());
      assertThat(line.get("source").asText()).isEqualTo(e.path());
      assertThat(line.get("source_sha256").asText()).isEqualTo(e.sourceSha256());
    }
    JsonNode index = JSON.readTree(tmp.resolve("x/export.json").toFile());
    assertThat(index.get("corpus").asText()).isEqualTo("dev.corpuskit:corpus-example:1.0.0");
    assertThat(index.get("documents").asLong()).isEqualTo(5);
    JsonNode shard = index.get("shards").get(0);
    assertThat(shard.get("path").asText()).isEqualTo("part-00000.jsonl.gz");
    assertThat(shard.get("documents").asLong()).isEqualTo(5);
    assertThat(shard.get("sha256").asText())
        .isEqualTo(Sha256.hex(Files.readAllBytes(tmp.resolve("x/part-00000.jsonl.gz"))));
    assertThat(shard.get("bytes").asLong()).isEqualTo(Files.size(tmp.resolve("x/part-00000.jsonl.gz")));
  }

  @Test
  void aKilledExportsTemporaryFolderGoesWithTheNextExportAndNothingElse() throws Exception {
    Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-version").redirectErrorStream(true).start();
    finished.getInputStream().readAllBytes();
    finished.waitFor();
    long dead = finished.pid();
    long alive = ProcessHandle.current().pid();
    Path killed = Files.createDirectory(tmp.resolve(".x." + dead + ".0.export.tmp"));
    Files.write(killed.resolve("part-00000.jsonl.gz"), new byte[] {1, 2, 3});
    Files.write(killed.resolve(".export.json.1.2.tmp"), new byte[] {4});
    Path foreign = Files.createDirectory(tmp.resolve(".x." + dead + ".1.export.tmp"));
    Files.writeString(foreign.resolve("notes.txt"), "a user's file");
    Path running = Files.createDirectory(tmp.resolve(".x." + alive + ".7.export.tmp"));
    Files.write(running.resolve("part-00000.jsonl.gz"), new byte[] {5});
    Path otherOutput = Files.createDirectory(tmp.resolve(".y." + dead + ".0.export.tmp"));

    CorpusExport.run(ExportRequest.of(jar, tmp.resolve("x")));

    assertThat(killed).doesNotExist();
    assertThat(foreign.resolve("notes.txt")).as("a folder holding what no export writes stays").exists();
    assertThat(running.resolve("part-00000.jsonl.gz")).as("a running export's folder stays").exists();
    assertThat(otherOutput).as("another output's folder waits for an export to that output").exists();
    assertThat(tmp.resolve("x/export.json")).exists();
  }

  @Test
  void twoExportsAreByteIdenticalAndTheFolderExportsTheJarsShards() throws IOException {
    CorpusExport.run(ExportRequest.of(jar, tmp.resolve("a")).withShardSize(ShardSize.documents(2)));
    CorpusExport.run(ExportRequest.of(jar, tmp.resolve("b")).withShardSize(ShardSize.documents(2)));
    CorpusExport.run(ExportRequest.of(cleaned, tmp.resolve("c")).withManifest(manifest)
        .withShardSize(ShardSize.documents(2)));

    Map<String, byte[]> a = files(tmp.resolve("a"));
    assertThat(a.keySet()).containsExactly("export.json", "part-00000.jsonl.gz", "part-00001.jsonl.gz",
        "part-00002.jsonl.gz");
    assertThat(files(tmp.resolve("b"))).containsExactlyEntriesOf(a);
    Map<String, byte[]> c = files(tmp.resolve("c"));
    for (String shard : List.of("part-00000.jsonl.gz", "part-00001.jsonl.gz", "part-00002.jsonl.gz")) {
      assertThat(c.get(shard)).as(shard).isEqualTo(a.get(shard));
    }
    CorpusExport.run(ExportRequest.of(jar, tmp.resolve("a")).withShardSize(ShardSize.documents(2)));
    assertThat(files(tmp.resolve("a"))).as("exported again into its own folder").containsExactlyEntriesOf(a);
  }

  @Test
  void gzipHeaderCarriesNoTimeNorSystem() throws IOException {
    CorpusExport.run(ExportRequest.of(jar, tmp.resolve("x")));
    byte[] gz = Files.readAllBytes(tmp.resolve("x/part-00000.jsonl.gz"));
    assertThat(java.util.Arrays.copyOf(gz, 10))
        .containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff);
  }

  @Test
  void shardsCloseAtTheDocumentCountOrBeforeTheByteLimit() throws IOException {
    CorpusExport.run(ExportRequest.of(jar, tmp.resolve("one")));
    byte[] all = gunzip(tmp.resolve("one/part-00000.jsonl.gz"));
    List<Integer> lineLengths = new ArrayList<>();
    for (int start = 0, i = 0; i < all.length; i++) {
      if (all[i] == '\n') {
        lineLengths.add(i + 1 - start);
        start = i + 1;
      }
    }
    assertThat(lineLengths).hasSize(5);

    ExportResult byCount = CorpusExport.run(ExportRequest.of(jar, tmp.resolve("count"))
        .withShardSize(ShardSize.documents(2)));
    assertThat(byCount.shards()).extracting(ExportResult.Shard::documents).containsExactly(2L, 2L, 1L);
    assertThat(byCount.shards()).extracting(ExportResult.Shard::firstId)
        .containsExactly(IDS.get(0), IDS.get(2), IDS.get(4));

    // a limit that the first two lines fill exactly: they share a shard, the third starts the next
    long limit = lineLengths.get(0) + lineLengths.get(1);
    ExportResult byBytes = CorpusExport.run(ExportRequest.of(jar, tmp.resolve("bytes"))
        .withShardSize(ShardSize.bytes(limit)));
    List<Long> expected = new ArrayList<>();
    long inShard = 0;
    long docs = 0;
    for (int length : lineLengths) {
      if (docs > 0 && inShard + length > limit) {
        expected.add(docs);
        inShard = 0;
        docs = 0;
      }
      inShard += length;
      docs++;
    }
    expected.add(docs);
    assertThat(byBytes.shards()).extracting(ExportResult.Shard::documents).containsExactlyElementsOf(expected);
    assertThat(byBytes.shards().get(0).documents()).isEqualTo(2);
    assertThat(byBytes.shards().get(0).uncompressedBytes()).isEqualTo(limit);

    ExportResult tiny = CorpusExport.run(ExportRequest.of(jar, tmp.resolve("tiny"))
        .withShardSize(ShardSize.bytes(1)));
    assertThat(tiny.shards()).as("a document larger than the limit is a shard of its own").hasSize(5);

    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (ExportResult.Shard s : byBytes.shards()) {
      joined.write(gunzip(tmp.resolve("bytes").resolve(s.name())));
    }
    assertThat(joined.toByteArray()).isEqualTo(all);
  }

  @Test
  void aTamperedFileInAFolderIsRefusedNamingItAndNothingIsWritten() throws IOException {
    Path folder = tmp.resolve("cleaned");
    copy(cleaned, folder);
    Path tampered;
    try (Stream<Path> files = Files.list(folder)) {
      tampered = files.filter(p -> p.getFileName().toString().startsWith(IDS.get(2))).findFirst().orElseThrow();
    }
    Files.writeString(tampered, "changed by hand\n");

    assertThatThrownBy(() -> CorpusExport.run(ExportRequest.of(folder, tmp.resolve("x")).withManifest(manifest)))
        .isInstanceOf(DocumentMismatchException.class)
        .hasMessageContaining(tampered.toString())
        .hasMessageContaining("document '" + IDS.get(2) + "'")
        .hasMessageContaining("run clean again")
        .satisfies(e -> assertThat(((DocumentMismatchException) e).mismatches())
            .extracting(DocumentMismatchException.Mismatch::id).containsExactly(IDS.get(2)));
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("cleaned");
    }
  }

  @Test
  void aFolderOfOtherFilesIsRefusedAndAnEarlierExportsSurplusShardsGo() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> CorpusExport.run(ExportRequest.of(jar, out)))
        .isInstanceOf(ExportOutputNotOwnedException.class).hasMessageContaining("no export.json");
    assertThat(out.resolve("notes.txt")).hasContent("mine");

    Path earlier = tmp.resolve("earlier");
    CorpusExport.run(ExportRequest.of(jar, earlier).withShardSize(ShardSize.documents(1)));
    Files.writeString(earlier.resolve("README.md"), "kept");
    CorpusExport.run(ExportRequest.of(jar, earlier).withShardSize(ShardSize.documents(2)));
    assertThat(files(earlier).keySet()).containsExactly("README.md", "export.json", "part-00000.jsonl.gz",
        "part-00001.jsonl.gz", "part-00002.jsonl.gz");
    assertThat(earlier.resolve("README.md")).hasContent("kept");
    CorpusExport.run(ExportRequest.of(jar, tmp.resolve("fresh")).withShardSize(ShardSize.documents(2)));
    Map<String, byte[]> fresh = files(tmp.resolve("fresh"));
    Map<String, byte[]> again = files(earlier);
    again.remove("README.md");
    assertThat(again).containsExactlyEntriesOf(fresh);
  }

  @Test
  void shardSizesReadAsWritten() {
    assertThat(ShardSize.parse("100MB")).isEqualTo(ShardSize.bytes(100_000_000L));
    assertThat(ShardSize.parse("512 MiB")).isEqualTo(ShardSize.bytes(512L << 20));
    assertThat(ShardSize.parse("10000docs")).isEqualTo(ShardSize.documents(10_000));
    assertThat(ShardSize.parse("4096")).isEqualTo(ShardSize.bytes(4096));
    assertThatThrownBy(() -> ShardSize.parse("lots")).hasMessageContaining("'lots' is not a size such as 100MB");
    assertThatThrownBy(() -> ShardSize.parse("0docs")).hasMessageContaining("less than 1");
    assertThat(ShardSize.parse(" 2 gb ")).isEqualTo(ShardSize.bytes(2_000_000_000L));
    assertThat(ShardSize.parse("1 document")).isEqualTo(ShardSize.documents(1));
    for (String bad : new String[] {"", "MB", "12 MBs", "-5MB", "1.5GB", "1234567890123456789"}) {
      assertThatThrownBy(() -> ShardSize.parse(bad)).as(bad).hasMessageContaining("is not a size");
    }
    assertThatThrownBy(() -> ShardSize.parse("99999999999GB")).hasMessageContaining("too large");
    assertThat(CorpusExport.isShardName("part-00012.jsonl.gz")).isTrue();
    assertThat(CorpusExport.isShardName("part-123456.jsonl.gz")).isTrue();
    assertThat(CorpusExport.isShardName("part-0001.jsonl.gz")).isFalse();
    assertThat(CorpusExport.isShardName("part-0000a.jsonl.gz")).isFalse();
    assertThat(CorpusExport.isShardName("../part-00000.jsonl.gz")).isFalse();
  }

  /**
   * What {@code datasets}' JSON loader and pandas' {@code read_json(lines=True)} need: gzip files of one
   * JSON object a line in UTF-8, read here with Python's standard library alone.
   */
  @Test
  void pythonsStandardLibraryReadsTheShards() throws Exception {
    assumeTrue(python() != null, "python3 is not installed");
    Path out = tmp.resolve("x");
    CorpusExport.run(ExportRequest.of(jar, out).withShardSize(ShardSize.documents(2)));
    String script = String.join("\n",
        "import glob, gzip, hashlib, json, sys",
        "for path in sorted(glob.glob(sys.argv[1] + '/*.jsonl.gz')):",
        "    with gzip.open(path, 'rt', encoding='utf-8') as f:",
        "        for line in f:",
        "            doc = json.loads(line)",
        "            assert isinstance(doc, dict)",
        "            print(doc['id'], doc['sha256'], hashlib.sha256(doc['text'].encode('utf-8')).hexdigest(),"
            + " doc['words'])",
        "");
    Path file = tmp.resolve("read.py");
    Files.writeString(file, script);
    Process p = new ProcessBuilder(python(), file.toString(), out.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    Map<String, ManifestEntry> entries = manifest();
    List<String> expected = new ArrayList<>();
    for (String id : IDS) {
      ManifestEntry e = entries.get(id);
      expected.add(id + " " + e.sha256() + " " + e.sha256() + " " + e.words());
    }
    assertThat(output.lines()).containsExactlyElementsOf(expected);
  }

  private static String python() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "python3"))) {
        return Path.of(dir, "python3").toString();
      }
    }
    return null;
  }

  private static Map<String, ManifestEntry> manifest() throws IOException {
    Map<String, ManifestEntry> entries = new TreeMap<>();
    try (ManifestReader reader = ManifestReader.open(manifest)) {
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        entries.put(e.id(), e);
      }
    }
    assertThat(entries.keySet()).containsExactlyElementsOf(IDS);
    return entries;
  }

  private static List<JsonNode> lines(Path out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path shard : files.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
        for (String line : new String(gunzip(shard), StandardCharsets.UTF_8).split("\n")) {
          nodes.add(JSON.readTree(line));
        }
      }
    }
    return nodes;
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  /** Every file of {@code dir} by name, sorted. */
  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

}
