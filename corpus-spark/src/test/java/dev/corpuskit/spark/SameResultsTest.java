package dev.corpuskit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.perf.CorpusGenerator;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job gives what a cleaning run of the core gives on the same corpus and configuration: the same
 * cleaned texts, the same findings and the same manifest, byte for byte.
 */
class SameResultsTest {

  @TempDir
  Path temp;

  @Test
  void theExampleCorpusCleansAsTheCoreCleansIt() throws IOException {
    Path source = Corpora.example();
    assertSame(source, Set.of(), 1);
  }

  @Test
  void aGeneratedCorpusWithDuplicatesAndPagesCleansAsTheCoreCleansIt() throws IOException {
    Path source = generated();
    Result spark = assertSame(source, Set.of(), 3);
    assertThat(spark.reports.get("validation.json")).contains("\"duplicate\"").contains("damaged.txt.gz")
        .contains("\"unreadable\"");
    // Another run, its files spread over another number of partitions, writes the same bytes.
    Path again = temp.resolve("spark-again");
    CorpusJob.run(Spark.session(), Corpora.source(source.toString(), Set.of()), source.toString(), again.toString(),
        JobOptions.defaults().withShards(3).withPartitions(5));
    assertThat(files(again)).isEqualTo(files(spark.output));
    assertThat(files(again).keySet()).containsExactly("cleaning.json", "manifest.tsv", "quality-signals.jsonl",
        "shards/documents-00000-of-00003.parquet", "shards/documents-00001-of-00003.parquet",
        "shards/documents-00002-of-00003.parquet", "validation.json");
    // Each footer lists a column chunk's encodings in their enum order, not a hash set's (which changes
    // from one JVM to the next): two runs in two JVMs write the same bytes.
    for (String shard : List.of("00000", "00001", "00002")) {
      byte[] file = Files.readAllBytes(spark.output.resolve(CorpusJob.SHARDS)
          .resolve("documents-" + shard + "-of-00003.parquet"));
      int footer = java.nio.ByteBuffer.wrap(file, file.length - 8, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
      org.apache.parquet.format.FileMetaData meta = org.apache.parquet.format.Util.readFileMetaData(
          new java.io.ByteArrayInputStream(file, file.length - 8 - footer, footer));
      assertThat(meta.getRow_groups()).isNotEmpty();
      for (var group : meta.getRow_groups()) {
        for (var chunk : group.getColumns()) {
          assertThat(chunk.getMeta_data().getEncodings()).hasSizeGreaterThan(1)
              .isSortedAccordingTo(java.util.Comparator.comparingInt(org.apache.parquet.format.Encoding::getValue));
        }
      }
    }
    // The shards read back give the manifest's ids, paths, sizes and hashes, in its order.
    List<String> manifest = Files.readAllLines(spark.output.resolve("manifest.tsv"), StandardCharsets.UTF_8);
    List<String> fromShards = new java.util.ArrayList<>();
    // Shard by shard in name order: ranges of ids, each sorted, so the whole is sorted by id.
    List<Row> rows = new java.util.ArrayList<>();
    for (String shard : List.of("00000", "00001", "00002")) {
      rows.addAll(Spark.session().read().parquet(spark.output.resolve(CorpusJob.SHARDS)
              .resolve("documents-" + shard + "-of-00003.parquet").toString())
          .select("id", "text", "bytes", "words", "sha256", "source_sha256").collectAsList());
    }
    for (Row row : rows) {
      byte[] text = row.getString(1).getBytes(StandardCharsets.UTF_8);
      assertThat((long) text.length).isEqualTo(row.getLong(2));
      assertThat(dev.corpuskit.format.Sha256.hex(text)).isEqualTo(row.getString(4));
      fromShards.add(row.getString(0) + "\t" + row.getString(4));
    }
    List<String> fromManifest = manifest.stream().filter(line -> !line.startsWith("#") && !line.startsWith("id\t"))
        .map(line -> line.split("\t")).map(cells -> cells[0] + "\t" + sha256Cell(cells)).sorted().toList();
    assertThat(fromShards).isEqualTo(fromManifest);
  }

  /** The manifest row's cleaned SHA-256: its only 64-hex cell before the source's. */
  private static String sha256Cell(String[] cells) {
    for (String cell : cells) {
      if (cell.matches("[0-9a-f]{64}")) {
        return cell;
      }
    }
    throw new AssertionError("no SHA-256 in " + String.join("|", cells));
  }

  /** Every file below {@code dir} by relative path, with its bytes as hex. */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString().replace('\\', '/'),
            java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
      }
    }
    return files;
  }

  @Test
  void changingOneStepMakesTheResultsDiffer() throws IOException {
    Path source = generated();
    Result core = core(source, Set.of());
    Result spark = spark(source, Set.of("corpus-repeated"), 2);
    assertThat(spark.texts).isNotEqualTo(core.texts);
    assertThat(spark.reports.get("manifest.tsv")).isNotEqualTo(core.reports.get("manifest.tsv"));
  }

  private Result assertSame(Path source, Set<String> disabled, int shards) throws IOException {
    Result core = core(source, disabled);
    Result spark = spark(source, disabled, shards);
    assertThat(spark.texts).isNotEmpty();
    assertThat(spark.texts).isEqualTo(core.texts);
    assertThat(spark.reports.keySet()).containsAll(core.reports.keySet());
    for (String name : core.reports.keySet()) {
      assertThat(spark.reports.get(name)).as(name).isEqualTo(core.reports.get(name));
    }
    return spark;
  }

  /** The reports and cleaned texts (by cleaned path) of one engine's run. */
  private record Result(Map<String, String> reports, Map<String, String> texts, Path output) {}

  private Result core(Path source, Set<String> disabled) throws IOException {
    Path out = Files.createTempDirectory(temp, "core-out");
    Path reports = Files.createTempDirectory(temp, "core-reports");
    CorpusBuild.clean(Corpora.config(source, disabled), RunOptions.defaults(), out, reports, new RunSink() { });
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = out.relativize(file).toString().replace('\\', '/');
        if (!relative.startsWith(".")) {
          texts.put(relative, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return new Result(reports(reports), texts, reports);
  }

  private Result spark(Path source, Set<String> disabled, int shards) throws IOException {
    Path out = temp.resolve("spark-" + System.nanoTime());
    CorpusJob.run(Spark.session(), Corpora.source(source.toString(), disabled), source.toString(), out.toString(),
        JobOptions.defaults().withShards(shards));
    Map<String, String> texts = new TreeMap<>();
    for (Row row : Spark.session().read().parquet(out.resolve(CorpusJob.SHARDS).toString())
        .select("id", "text").collectAsList()) {
      texts.put(row.getString(0) + ".txt", row.getString(1));
    }
    return new Result(reports(out), texts, out);
  }

  private static Map<String, String> reports(Path dir) throws IOException {
    Map<String, String> reports = new TreeMap<>();
    for (String name : CorpusJob.REPORTS) {
      Path report = dir.resolve(name);
      if (Files.isRegularFile(report)) {
        reports.put(name, Files.readString(report, StandardCharsets.UTF_8));
      }
    }
    return reports;
  }

  /**
   * 300 generated documents, with an exact copy, a damaged gzip file and a few HTML pages.
   */
  private Path generated() throws IOException {
    Path source = temp.resolve("generated");
    if (Files.isDirectory(source)) {
      return source;
    }
    CorpusGenerator generator = new CorpusGenerator(7, 6);
    generator.write(source, 300);
    Files.createDirectories(source.resolve("copies"));
    Files.copy(source.resolve(generator.path(1)), source.resolve("copies/copy-of-1.txt"));
    // A damaged gzip stream: an unreadable finding on both engines, the other documents go on.
    Files.write(source.resolve("copies/damaged.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4});
    Files.createDirectories(source.resolve("pages"));
    for (int i = 0; i < 5; i++) {
      String body = generator.document(20 + i).replace("&", "&amp;").replace("<", "&lt;");
      Files.writeString(source.resolve("pages/page-" + i + ".html"), "<!DOCTYPE html><html><head><title>Page " + i
          + "</title></head><body><nav>Home | News | About</nav><article><p>"
          + String.join("</p><p>", body.split("\n\n")) + "</p></article><footer>Copyright</footer></body></html>\n");
    }
    return source;
  }
}
