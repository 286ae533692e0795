package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Inputs as crawls leave them: gzip-compressed pages and WARC archives clean like the pages they
 * hold, unpacked; a damaged one is a finding naming the file and the byte, never a failed run.
 * The pages are the real news pages of the fuzz tests ({@code fuzz/pages}), stored there as {@code .html.gz}.
 */
class CrawlInputsTest {

  private static final String PAGES = "/dev/corpuskit/fuzz/pages/";
  private static final List<String> NAMES = List.of("09cfc6105d0aa2625a7652571ec56bbd",
      "0c203511a628d018fdd300df085fcee2", "290758d6db398b74408353f2383ddeb9", "6b7f18fa42a2ed234282b56c08b46298",
      "dd1764f0c7911b3e1ebf183256e17b99", "f84ff890e15139e2a11d135a551b0b7f");
  private static final Instant CRAWLED = Instant.parse("2023-06-01T12:34:56Z");

  @TempDir
  Path work;
  private Path plain;
  /** The cleaned text of each unpacked page, by its name. */
  private Map<String, String> plainTexts;

  @BeforeEach
  void cleanTheUnpackedPages() throws IOException {
    plain = Files.createDirectories(work.resolve("plain"));
    for (String name : NAMES) {
      Files.write(plain.resolve(name + ".html"), page(name));
    }
    plainTexts = texts(CorpusCleaning.run(CorpusConfig.defaults(plain), work.resolve("plain-out")),
        work.resolve("plain-out"));
    assertThat(plainTexts).hasSize(NAMES.size());
  }

  @Test
  void gzippedPagesCleanLikeTheirUnpackedPages() throws IOException {
    Path gz = Files.createDirectories(work.resolve("gz"));
    for (String name : NAMES) {
      try (InputStream in = CrawlInputsTest.class.getResourceAsStream(PAGES + name + ".html.gz")) {
        Files.copy(in, gz.resolve(name + ".html.gz"));
      }
    }
    Map<Path, String> before = snapshot(gz);

    CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(gz), work.resolve("gz-out"));

    assertThat(result.validation().findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(texts(result, work.resolve("gz-out"))).isEqualTo(plainTexts);
    assertThat(result.manifest().entries()).extracting(ManifestEntry::path)
        .containsExactlyElementsOf(NAMES.stream().map(n -> n + ".txt").toList());
    assertThat(snapshot(gz)).as("sources untouched").containsExactlyInAnyOrderEntriesOf(before);
  }

  @Test
  void aCorruptGzipIsAFindingNamingTheFile() throws IOException {
    Path gz = Files.createDirectories(work.resolve("gz"));
    byte[] whole = gzip(page(NAMES.get(0)));
    Files.write(gz.resolve("cut.html.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    Files.write(gz.resolve("fine.html.gz"), gzip(page(NAMES.get(1))));

    CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(gz), work.resolve("gz-out"));

    assertThat(result.validation().findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .singleElement().satisfies(f -> {
          assertThat(f.file()).isEqualTo("cut.html.gz");
          assertThat(f.message()).contains("gzip");
        });
    assertThat(result.manifest().entries()).extracting(ManifestEntry::id).containsExactly("fine");
  }

  @Test
  void aWarcGzCleansLikeTheUnpackedPages() throws IOException {
    Path crawl = Files.createDirectories(work.resolve("crawl"));
    writeWarc(crawl.resolve("news.warc.gz"), NAMES);

    CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(crawl), work.resolve("warc-out"));

    assertThat(result.validation().findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    Map<String, String> warcTexts = texts(result, work.resolve("warc-out"));
    assertThat(warcTexts).hasSize(NAMES.size());
    // Each record's id: the archive's, then host, date and a hash of the URL; the page's text as unpacked.
    for (String name : NAMES) {
      String id = "news/example.org-20230601123456-" + urlHash(url(name));
      assertThat(warcTexts).containsEntry(id, plainTexts.get(name));
    }
    // Stable across runs.
    CleanResult again = CorpusCleaning.run(CorpusConfig.defaults(crawl), work.resolve("warc-out-2"));
    assertThat(again.manifest().entries()).isEqualTo(result.manifest().entries());
  }

  @Test
  void aRecordsUrlAndDateReachTheManifestTheJarAndTheExport() throws IOException {
    Path crawl = Files.createDirectories(work.resolve("crawl"));
    writeWarc(crawl.resolve("news.warc.gz"), NAMES.subList(0, 2));
    Files.write(crawl.resolve("page.html"), page(NAMES.get(2)));
    Path reports = work.resolve("reports");

    CorpusBuild.clean(CorpusConfig.defaults(crawl), RunOptions.defaults(), work.resolve("out"), reports,
        new RunSink() {});

    List<String> manifest = Files.readAllLines(reports.resolve("manifest.tsv"));
    assertThat(manifest.get(0)).isEqualTo(dev.corpuskit.format.Manifest.HEADER + "\turl\tdate");
    List<String> rows = manifest.subList(1, manifest.size());
    for (String name : NAMES.subList(0, 2)) {
      assertThat(rows).filteredOn(r -> r.startsWith("news/example.org-20230601123456-" + urlHash(url(name))))
          .singleElement().satisfies(r -> assertThat(r).endsWith("\t" + url(name) + "\t2023-06-01T12:34:56Z"));
    }
    assertThat(rows).filteredOn(r -> r.startsWith("page\t")).singleElement()
        .satisfies(r -> assertThat(r).as("a page of its own was not crawled").endsWith("\t\t"));

    Path jar = work.resolve("crawl.jar");
    CorpusPackaging.run(PackageRequest.of(dev.corpuskit.format.CorpusInfo.of("org.example", "crawl", "1"),
        CRAWLED, work.resolve("out"), reports, jar));
    try (dev.corpuskit.read.CorpusReader reader = dev.corpuskit.read.CorpusReader.open(jar)) {
      assertThat(reader.documents()).extracting(ManifestEntry::url).containsExactlyInAnyOrder(
          url(NAMES.get(0)), url(NAMES.get(1)), null);
      assertThat(reader.documents()).extracting(ManifestEntry::date).containsOnly("2023-06-01T12:34:56Z", null);
    }
    assertThat(new String(Files.readAllBytes(reports.resolve("croissant.json")), StandardCharsets.UTF_8))
        .contains("source_sha256, url, date.");

    dev.corpuskit.export.CorpusExport.run(dev.corpuskit.export.ExportRequest.of(jar, work.resolve("export")));
    String lines;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(work.resolve("export/part-00000.jsonl.gz")))) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(lines.lines()).hasSize(3);
    assertThat(lines).contains("\"url\":\"" + url(NAMES.get(0)) + "\",\"date\":\"2023-06-01T12:34:56Z\"}")
        .contains("\"url\":null,\"date\":null}");
  }

  @Test
  void aTruncatedWarcRecordIsAFindingAndTheOthersStillBecomeDocuments() throws IOException {
    Path crawl = Files.createDirectories(work.resolve("crawl"));
    Path warc = crawl.resolve("news.warc.gz");
    long[] offsets = writeWarc(warc, NAMES);
    long last = offsets[offsets.length - 1];
    byte[] whole = Files.readAllBytes(warc);
    // The last page's record loses its second half.
    Files.write(warc, java.util.Arrays.copyOf(whole, (int) (last + (whole.length - last) / 2)));

    CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(crawl), work.resolve("warc-out"));

    List<Finding> errors = result.validation().findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(errors).singleElement().satisfies(f -> {
      assertThat(f.file()).startsWith("news.warc.gz/");
      assertThat(f.message()).contains("news.warc.gz").contains("byte " + last);
    });
    assertThat(result.manifest().entries()).hasSize(NAMES.size() - 1);
  }

  @Test
  void theCacheTakesCompressedPagesAndArchiveMembersByTheFileOnDisk() throws IOException {
    Path crawl = Files.createDirectories(work.resolve("crawl"));
    for (String name : NAMES.subList(0, 2)) {
      Files.write(crawl.resolve(name + ".html.gz"), gzip(page(name)));
    }
    Path warc = crawl.resolve("news.warc.gz");
    writeWarc(warc, NAMES.subList(2, 5));
    RunOptions options = RunOptions.defaults().withCache(work.resolve("cache/documents.bin"), "1.0");
    Path out = work.resolve("out");
    long hourAgo = System.currentTimeMillis() - 3_600_000L; // not racily clean
    try (Stream<Path> files = Files.list(crawl)) {
      for (Path file : files.toList()) {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(hourAgo));
      }
    }

    RunSummary first = CorpusRun.clean(config(crawl), options, out, new RunSink() { });
    RunSummary second = CorpusRun.clean(config(crawl), options, out, new RunSink() { });
    // The archive touched, its content the same: its members are read again, the pages still reused.
    Files.setLastModifiedTime(warc, java.nio.file.attribute.FileTime.fromMillis(hourAgo + 1000));
    RunSummary touched = CorpusRun.clean(config(crawl), options, out, new RunSink() { });
    // A page's time changed, its bytes not: its compressed content tells it unchanged.
    Files.setLastModifiedTime(crawl.resolve(NAMES.get(0) + ".html.gz"),
        java.nio.file.attribute.FileTime.fromMillis(hourAgo + 1000));
    RunSummary pageTouched = CorpusRun.clean(config(crawl), options, out, new RunSink() { });

    assertThat(first.cleaned()).isEqualTo(5);
    assertThat(first.reused()).isZero();
    assertThat(second.reused()).isEqualTo(5);
    assertThat(second.cleanedNow()).isZero();
    assertThat(touched.reused()).isEqualTo(2);
    assertThat(pageTouched.reused()).isEqualTo(5);
    assertThat(pageTouched.cleaned()).isEqualTo(5);
  }

  private static CorpusConfig config(Path dir) {
    return CorpusConfig.defaults(dir);
  }

  @Test
  void eachLineOfAJsonlFileIsADocumentAndABadLineAFinding() throws IOException {
    List<String> seeds = List.of("000_5c79cd4b06b37693", "001_f0d43eef8eea6572", "002_f6356978055d864c");
    Path texts = Files.createDirectories(work.resolve("texts"));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < seeds.size(); i++) {
      String text = Files.readString(seed(seeds.get(i)));
      Files.writeString(texts.resolve(seeds.get(i) + ".txt"), text);
      String id = i == 1 ? "" : "\"id\": \"" + seeds.get(i) + (i == 0 ? "/first" : "") + "\", ";
      jsonl.append("{").append(id).append("\"text\": \"").append(jsonString(text))
          .append("\", \"url\": \"https://example.org/").append(i).append("\", \"tags\": [1, 2]}\n");
      if (i == 1) {
        jsonl.append("{\"id\": \"broken\", \"text\": \"unterminated}\n\n");
      }
    }
    Map<String, String> expected = texts(CorpusCleaning.run(CorpusConfig.defaults(texts), work.resolve("texts-out")),
        work.resolve("texts-out"));
    byte[] bytes = jsonl.toString().getBytes(StandardCharsets.UTF_8);

    for (String file : List.of("seeds.jsonl", "seeds.jsonl.gz")) {
      Path data = Files.createDirectories(work.resolve("data-" + file));
      Files.write(data.resolve(file), file.endsWith(".gz") ? gzip(bytes) : bytes);

      CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(data), work.resolve("out-" + file));

      assertThat(result.validation().findings()).filteredOn(f -> f.severity() == Severity.ERROR)
          .singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(file + "/line-3.txt");
            assertThat(f.message()).startsWith(file + ": line 3: ");
          });
      Map<String, String> cleaned = texts(result, work.resolve("out-" + file));
      assertThat(cleaned).containsOnly(Map.entry("seeds/" + seeds.get(0) + "_first", expected.get(seeds.get(0))),
          Map.entry("seeds/line-2", expected.get(seeds.get(1))),
          Map.entry("seeds/" + seeds.get(2), expected.get(seeds.get(2))));
      assertThat(new dev.corpuskit.source.SourceFile(data, file + "/line-2.txt").metadata())
          .containsExactly(Map.entry("url", "https://example.org/1"));
    }
  }

  private static Path seed(String name) {
    try {
      return Path.of(CrawlInputsTest.class.getResource("/seeds/" + name + ".txt").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Writes a WARC.gz holding each page as a 200 {@code text/html} response, with a request, a 404, an
   * image and a plain-text response among them; returns the offsets of the pages' records.
   */
  private static long[] writeWarc(Path file, List<String> names) throws IOException {
    long[] offsets = new long[names.size()];
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      writer.write(new WarcRequest.Builder(URI.create("https://example.org/")).date(CRAWLED).build());
      writer.write(response("https://example.org/missing", 404, "text/html", "<p>Not found</p>".getBytes(
          StandardCharsets.UTF_8)));
      writer.write(response("https://example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      for (int i = 0; i < names.size(); i++) {
        offsets[i] = writer.position();
        writer.write(response(url(names.get(i)), 200, "text/html; charset=utf-8", page(names.get(i))));
      }
    }
    return offsets;
  }

  private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http).build();
  }

  private static String url(String name) {
    return "https://example.org/news/" + name + "?ref=feed";
  }

  /** The first 12 hex digits of the SHA-256 of {@code url}'s UTF-8 bytes. */
  private static String urlHash(String url) {
    return dev.corpuskit.format.Sha256.hex(url.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
  }

  private static byte[] page(String name) throws IOException {
    try (InputStream in = CrawlInputsTest.class.getResourceAsStream(PAGES + name + ".html.gz");
        GZIPInputStream unzipped = new GZIPInputStream(in)) {
      return unzipped.readAllBytes();
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (OutputStream zipped = new GZIPOutputStream(out)) {
      zipped.write(bytes);
    }
    return out.toByteArray();
  }

  /** The cleaned text of each document in {@code result}, by its id's last part for plain pages. */
  private static Map<String, String> texts(CleanResult result, Path out) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    for (ManifestEntry entry : result.manifest().entries()) {
      texts.put(entry.id(), Files.readString(out.resolve(entry.path())));
    }
    return texts;
  }

  private static Map<Path, String> snapshot(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(files.filter(Files::isRegularFile).toList());
      Map<Path, String> map = new TreeMap<>();
      for (Path p : all) {
        map.put(p, dev.corpuskit.format.Sha256.hex(Files.readAllBytes(p)) + " " + Files.getLastModifiedTime(p));
      }
      return map;
    }
  }
}
