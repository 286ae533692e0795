package dev.corpuskit.pack;

import static dev.corpuskit.testing.TestCorpora.DOCUMENTS;
import static dev.corpuskit.testing.TestCorpora.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.format.Source;
import dev.corpuskit.format.UnsafePathException;
import dev.corpuskit.testing.TestCorpora;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagerTest {

  private static final CorpusInfo INFO = new CorpusInfo("org.example", "news", "1.0.0",
      "Nachrichten – ein sehr langer Titel mit Umlauten äöü, damit MANIFEST.MF umbrechen muss: 𝄞𝄞𝄞𝄞",
      "A test corpus,\n  over two lines.", "https://example.org/news",
      List.of(new License("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/")),
      List.of(new Source("Example Wire", "https://example.org/wire")));
  private static final String BASE = "META-INF/corpus/org.example/news/";

  @TempDir Path dir;

  private final Packager packager = new Packager();

  private PackageSpec spec() throws IOException {
    Path license = dir.resolve("LICENSE.txt");
    Files.writeString(license, "Creative Commons Attribution 4.0\n");
    Path validation = dir.resolve("validation.json");
    Files.writeString(validation, "{\"findings\":[]}\n");
    return new PackageSpec(INFO, TIMESTAMP, Map.of("LICENSE", license, "reports/validation.json", validation));
  }

  private Path data(Map<String, String> docs) throws IOException {
    Path data = dir.resolve("data");
    TestCorpora.writeDocuments(data, docs);
    return data;
  }

  private Manifest manifest() {
    return manifest(DOCUMENTS);
  }

  private static Manifest manifest(Map<String, String> docs) {
    List<ManifestEntry> entries = new ArrayList<>();
    docs.forEach((path, text) -> entries.add(TestCorpora.entry(path, text)));
    return new Manifest(entries);
  }

  @Test
  void writesTheLayoutAndReportsTheResult() throws IOException {
    Path jar = dir.resolve("out/corpus.jar");
    PackageResult result = packager.pack(spec(), data(DOCUMENTS), manifest(), jar);

    assertThat(result.jar()).isEqualTo(jar);
    assertThat(result.documents()).isEqualTo(4);
    long total = DOCUMENTS.values().stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    assertThat(result.totalBytes()).isEqualTo(total);
    assertThat(result.jarBytes()).isEqualTo(Files.size(jar));
    assertThat(result.jarSha256()).isEqualTo(Sha256.hex(Files.readAllBytes(jar)));

    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(zip.stream().map(ZipEntry::getName)).containsExactly(
          "META-INF/MANIFEST.MF",
          "META-INF/corpus/index.properties",
          BASE + "LICENSE",
          BASE + "SHA256SUMS",
          BASE + "data/a/one.txt",
          BASE + "data/a/two.txt",
          BASE + "data/b/empty.txt",
          BASE + "data/b/three.txt",
          BASE + "manifest.tsv",
          BASE + "reports/validation.json");
    }
    for (Map.Entry<String, String> d : DOCUMENTS.entrySet()) {
      assertThat(new String(TestCorpora.entryBytes(jar, BASE + "data/" + d.getKey()), StandardCharsets.UTF_8))
          .isEqualTo(d.getValue());
    }
    assertThat(TestCorpora.entryBytes(jar, BASE + "manifest.tsv")).isEqualTo(manifest().toBytes());
    assertThat(TestCorpora.entryBytes(jar, BASE + "reports/validation.json"))
        .isEqualTo("{\"findings\":[]}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(new String(TestCorpora.entryBytes(jar, "META-INF/corpus/index.properties"), StandardCharsets.UTF_8))
        .isEqualTo("id=org.example:news\nversion=1.0.0\npath=" + BASE + "\n");
  }

  @Test
  void entriesAreSortedWithOneTimeAndNoExtraFields() throws IOException {
    Path jar = dir.resolve("corpus.jar");
    packager.pack(spec(), data(DOCUMENTS), manifest(), jar);

    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<? extends ZipEntry> entries = Collections.list(zip.entries());
      List<String> names = entries.stream().map(ZipEntry::getName).toList();
      assertThat(names.get(0)).isEqualTo("META-INF/MANIFEST.MF");
      assertThat(names.subList(1, names.size())).isSorted().doesNotHaveDuplicates();
      LocalDateTime expected = LocalDateTime.of(2024, 5, 6, 7, 8, 10);
      for (ZipEntry e : entries) {
        assertThat(e.isDirectory()).as(e.getName()).isFalse();
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(expected);
        assertThat(e.getExtra()).as(e.getName()).isNullOrEmpty();
        assertThat(e.getMethod()).as(e.getName()).isEqualTo(ZipEntry.DEFLATED);
        assertThat(e.getComment()).as(e.getName()).isNull();
      }
    }
    // Local headers too: no extended-timestamp or other extra field.
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertThat(e.getExtra()).as("local header of " + e.getName()).isNullOrEmpty();
      }
    }
  }

  @Test
  void repackagingIsByteIdenticalInAnyTimeZone() throws IOException {
    PackageSpec spec = spec();
    Path data = data(DOCUMENTS);
    Path first = dir.resolve("first.jar");
    Path second = dir.resolve("second.jar");
    Path third = dir.resolve("third.jar");
    PackageResult a = packager.pack(spec, data, manifest(), first);
    TimeZone saved = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      packager.pack(spec, data, manifest(), second);
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      packager.pack(spec, data, manifest(), third);
    } finally {
      TimeZone.setDefault(saved);
    }
    assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    assertThat(Files.mismatch(first, third)).isEqualTo(-1L);
    assertThat(Sha256.hex(Files.readAllBytes(second))).isEqualTo(a.jarSha256());
  }

  @Test
  void aDifferentTimestampChangesTheBytes() throws IOException {
    // The determinism test above must be able to fail: the timestamp does reach the bytes.
    Path data = data(DOCUMENTS);
    Path a = dir.resolve("a.jar");
    Path b = dir.resolve("b.jar");
    packager.pack(new PackageSpec(INFO, TIMESTAMP), data, manifest(), a);
    packager.pack(new PackageSpec(INFO, TIMESTAMP.plusSeconds(3600)), data, manifest(), b);
    assertThat(Files.mismatch(a, b)).isNotEqualTo(-1L);
  }

  @Test
  void jarManifestHoldsTheCorpusAttributesAndNothingBuildDependent() throws IOException {
    Path jar = dir.resolve("corpus.jar");
    packager.pack(spec(), data(DOCUMENTS), manifest(), jar);

    try (JarFile jarFile = new JarFile(jar.toFile())) {
      Attributes main = jarFile.getManifest().getMainAttributes();
      assertThat(main.getValue("Manifest-Version")).isEqualTo("1.0");
      assertThat(main.getValue("Corpus-Id")).isEqualTo("org.example:news");
      assertThat(main.getValue("Corpus-Version")).isEqualTo("1.0.0");
      assertThat(main.getValue("Corpus-Format")).isEqualTo("1");
      assertThat(main.getValue("Corpus-Title")).isEqualTo(INFO.title());
      assertThat(main.getValue("Corpus-Description")).isEqualTo("A test corpus, over two lines.");
      assertThat(main.getValue("Corpus-License")).isEqualTo("CC-BY-4.0");
      assertThat(main.keySet()).hasSize(7);
    }
    // JarInputStream finds the manifest only as the first (or second, after META-INF/) entry.
    try (java.util.jar.JarInputStream in = new java.util.jar.JarInputStream(Files.newInputStream(jar))) {
      assertThat(in.getManifest()).isNotNull();
      assertThat(in.getManifest().getMainAttributes().getValue("Corpus-Id")).isEqualTo("org.example:news");
    }
    String mf = new String(TestCorpora.entryBytes(jar, "META-INF/MANIFEST.MF"), StandardCharsets.UTF_8);
    assertThat(mf).doesNotContain("Created-By", "Build-Jdk");
    for (String line : mf.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(72);
    }
  }

  @Test
  void optionalAttributesAreOmitted() throws IOException {
    Path jar = dir.resolve("corpus.jar");
    packager.pack(new PackageSpec(CorpusInfo.of("g", "a", "2"), TIMESTAMP), data(DOCUMENTS), manifest(), jar);
    assertThat(new String(TestCorpora.entryBytes(jar, "META-INF/MANIFEST.MF"), StandardCharsets.UTF_8))
        .isEqualTo("Manifest-Version: 1.0\r\nCorpus-Id: g:a\r\nCorpus-Version: 2\r\nCorpus-Format: 1\r\n\r\n");
  }

  @Test
  void sha256sumsHasTheCoreutilsFormatAndMatchesTheData() throws IOException {
    Path jar = dir.resolve("corpus.jar");
    packager.pack(spec(), data(DOCUMENTS), manifest(), jar);

    String sums = new String(TestCorpora.entryBytes(jar, BASE + "SHA256SUMS"), StandardCharsets.UTF_8);
    assertThat(sums).endsWith("\n");
    List<String> lines = List.of(sums.split("\n"));
    assertThat(lines).hasSize(DOCUMENTS.size());
    List<String> paths = new ArrayList<>();
    for (String line : lines) {
      assertThat(line).matches("[0-9a-f]{64}  data/[^\\\\\\n]+");
      String hash = line.substring(0, 64);
      String path = line.substring(66);
      paths.add(path);
      assertThat(hash).as(path).isEqualTo(Sha256.hex(TestCorpora.entryBytes(jar, BASE + path)));
    }
    assertThat(paths).isSorted().containsExactlyInAnyOrderElementsOf(
        DOCUMENTS.keySet().stream().map(p -> "data/" + p).toList());
  }

  @Test
  void sha256sumAcceptsSha256sums() throws Exception {
    Path sha256sum = onPath("sha256sum");
    assumeThat(sha256sum).as("sha256sum on the PATH").isNotNull();
    Path jar = dir.resolve("corpus.jar");
    packager.pack(spec(), data(DOCUMENTS), manifest(), jar);
    Path extracted = dir.resolve("extracted");
    TestCorpora.extract(jar, extracted);
    Path corpus = extracted.resolve(BASE);

    Result ok = run(corpus, sha256sum.toString(), "--strict", "-c", "SHA256SUMS");
    assertThat(ok.exit).as(ok.output).isZero();
    assertThat(ok.output).contains("data/a/one.txt: OK", "data/a/two.txt: OK", "data/b/empty.txt: OK",
        "data/b/three.txt: OK");

    // ...and it does check: an edited document fails.
    Files.writeString(corpus.resolve("data/a/one.txt"), "The first document!\n");
    Result bad = run(corpus, sha256sum.toString(), "-c", "SHA256SUMS");
    assertThat(bad.exit).isNotZero();
    assertThat(bad.output).contains("data/a/one.txt: FAILED");
  }

  @Test
  void staleDocumentFailsAndWritesNoJar() throws IOException {
    Path data = data(DOCUMENTS);
    Manifest manifest = manifest();
    // Same size, different bytes: only the hash can tell.
    Files.writeString(data.resolve("a/one.txt"), "The first Document.\n");
    Path jar = dir.resolve("corpus.jar");

    assertThatThrownBy(() -> packager.pack(spec(), data, manifest, jar))
        .isInstanceOfSatisfying(StaleDocumentException.class, e -> {
          assertThat(e.path()).isEqualTo("a/one.txt");
          assertThat(e.expectedSha256()).isEqualTo(Sha256.hex("The first document.\n".getBytes(StandardCharsets.UTF_8)));
          assertThat(e.actualSha256()).isEqualTo(Sha256.hex("The first Document.\n".getBytes(StandardCharsets.UTF_8)));
          assertThat(e).hasMessageContaining("a/one.txt")
              .hasMessageContaining(e.expectedSha256()).hasMessageContaining(e.actualSha256());
        });
    assertThat(jar).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void staleDocumentLeavesThePreviousJarUntouched() throws IOException {
    Path data = data(DOCUMENTS);
    Path jar = dir.resolve("corpus.jar");
    packager.pack(spec(), data, manifest(), jar);
    byte[] before = Files.readAllBytes(jar);

    Files.writeString(data.resolve("b/three.txt"), "hello world, again\n");
    assertThatThrownBy(() -> packager.pack(spec(), data, manifest(), jar))
        .isInstanceOf(StaleDocumentException.class)
        .hasMessageContaining("b/three.txt")
        .hasMessageContaining(Sha256.hex("hello world\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining(Sha256.hex("hello world, again\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readAllBytes(jar)).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void undeclaredFileInTheDataDirectoryFails() throws IOException {
    Path data = data(DOCUMENTS);
    Files.writeString(data.resolve("b/notes.txt"), "not in the manifest\n");
    Path jar = dir.resolve("corpus.jar");

    assertThatThrownBy(() -> packager.pack(spec(), data, manifest(), jar))
        .isInstanceOfSatisfying(DataDirectoryMismatchException.class, e -> {
          assertThat(e.undeclared()).containsExactly("b/notes.txt");
          assertThat(e.missing()).isEmpty();
        })
        .hasMessageContaining("b/notes.txt");
    assertThat(jar).doesNotExist();
    assertThat(leftovers()).isEmpty(); // the reports deflated ahead of the check are deleted
  }

  @Test
  void aDescriptorThatFailsWritesNoJarAndLeavesNoScratchFile() throws IOException {
    Path data = data(DOCUMENTS);
    Path jar = dir.resolve("corpus.jar");
    packager.pack(spec(), data, manifest(), jar);
    byte[] before = Files.readAllBytes(jar);
    PackageSpec failing = new PackageSpec(INFO, TIMESTAMP, spec().extraFiles(), Map.of("datapackage.json", out -> {
      out.write("{\"name\":".getBytes(StandardCharsets.UTF_8));
      throw new IOException("descriptor failed half-way");
    }));

    assertThatThrownBy(() -> packager.pack(failing, data, manifest(), jar))
        .isInstanceOf(IOException.class).hasMessage("descriptor failed half-way");
    assertThat(Files.readAllBytes(jar)).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aDocumentThatIsALinkIsCheckedAndPackagedAsWhatItPointsTo() throws IOException {
    Path data = data(DOCUMENTS);
    Path moved = Files.move(data.resolve("a/one.txt"), dir.resolve("one-elsewhere.txt"));
    Files.createSymbolicLink(data.resolve("a/one.txt"), moved);
    Path jar = dir.resolve("corpus.jar");

    packager.pack(spec(), data, manifest(), jar);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      try (InputStream in = zip.getInputStream(zip.getEntry(BASE + "data/a/one.txt"))) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(DOCUMENTS.get("a/one.txt"));
      }
    }

    Files.delete(moved); // the link now points nowhere
    Path second = dir.resolve("second.jar");
    assertThatThrownBy(() -> packager.pack(spec(), data, manifest(), second))
        .isInstanceOf(IOException.class).hasMessageContaining("one.txt");
    assertThat(second).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void documentMissingFromTheDataDirectoryFails() throws IOException {
    Path data = data(DOCUMENTS);
    Files.delete(data.resolve("a/two.txt"));
    Path jar = dir.resolve("corpus.jar");

    assertThatThrownBy(() -> packager.pack(spec(), data, manifest(), jar))
        .isInstanceOfSatisfying(DataDirectoryMismatchException.class,
            e -> assertThat(e.missing()).containsExactly("a/two.txt"))
        .hasMessageContaining("a/two.txt");
    assertThat(jar).doesNotExist();
  }

  @Test
  void unsafeManifestPathsAreRejected() throws IOException {
    Path data = data(DOCUMENTS);
    Files.writeString(dir.resolve("outside.txt"), "secret\n");
    for (String path : List.of("../outside.txt", "/etc/passwd", "a/../../outside.txt", "a\\one.txt")) {
      Manifest manifest = new Manifest(List.of(TestCorpora.entry(path, "secret\n")));
      assertThatThrownBy(() -> packager.pack(spec(), data, manifest, dir.resolve("corpus.jar")))
          .as(path)
          .isInstanceOf(UnsafePathException.class)
          .hasMessageContaining(path);
    }
    assertThat(dir.resolve("corpus.jar")).doesNotExist();
  }

  @Test
  void missingExtraFileFails() throws IOException {
    PackageSpec spec = new PackageSpec(INFO, TIMESTAMP, Map.of("LICENSE", dir.resolve("no-such-file")));
    assertThatThrownBy(() -> packager.pack(spec, data(DOCUMENTS), manifest(), dir.resolve("corpus.jar")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class)
        .hasMessageContaining("LICENSE");
  }

  @Test
  void extraFileNamesAreValidated() {
    Path file = dir.resolve("x");
    for (String name : List.of("../LICENSE", "/LICENSE", "a/../../LICENSE", "", "a//b", "C:/x", "a\\b",
        "manifest.tsv", "SHA256SUMS", "data/x.txt", "data")) {
      assertThatThrownBy(() -> new PackageSpec(INFO, TIMESTAMP, Map.of(name, file)))
          .as(name).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(new PackageSpec(INFO, TIMESTAMP, Map.of("reports/cleaning.json", file)).extraFiles())
        .containsOnlyKeys("reports/cleaning.json");
    assertThat(new PackageSpec(INFO, TIMESTAMP, null).extraFiles()).isEmpty();
  }

  @Test
  void timestampMustFitADosTime() {
    assertThatThrownBy(() -> new PackageSpec(INFO, Instant.parse("1970-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PackageSpec(INFO, Instant.parse("2108-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new PackageSpec(INFO, Instant.parse("1980-01-01T00:00:00Z")).outputTimestamp()).isNotNull();
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  private static Path onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(File.pathSeparator)) {
      Path candidate = Path.of(d, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private record Result(int exit, String output) {}

  private static Result run(Path workDir, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return new Result(process.waitFor(), output);
  }
}
