package dev.corpuskit.read;

import static dev.corpuskit.testing.TestCorpora.DOCUMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.format.UnsafePathException;
import dev.corpuskit.pack.PackageSpec;
import dev.corpuskit.pack.Packager;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  private static final CorpusInfo NEWS = CorpusInfo.of("org.example", "news", "1.0.0");
  private static final CorpusInfo BOOKS = CorpusInfo.of("org.example", "books", "2.1");
  private static final String BASE = "META-INF/corpus/org.example/news/";
  private static final String ONE = BASE + "data/a/one.txt";

  @TempDir Path dir;

  private Path newsJar() throws IOException {
    return TestCorpora.pack(dir, NEWS, DOCUMENTS).jar();
  }

  private static Manifest expectedManifest() {
    return new Manifest(DOCUMENTS.entrySet().stream().map(d -> TestCorpora.entry(d.getKey(), d.getValue())).toList());
  }

  private Path tampered(String name, String text) throws IOException {
    Path out = dir.resolve("tampered.jar");
    TestCorpora.rewriteEntry(newsJar(), out, name, text.getBytes(StandardCharsets.UTF_8));
    return out;
  }

  @Test
  void roundTripReturnsTheExactTexts() throws IOException {
    try (CorpusReader reader = CorpusReader.open(newsJar())) {
      assertThat(reader.id()).isEqualTo("org.example:news");
      assertThat(reader.version()).isEqualTo("1.0.0");
      assertThat(reader.verification()).isEqualTo(Verification.FULL);
      assertThat(reader.documents()).isEqualTo(expectedManifest().entries());
      try (Stream<CorpusDocument> docs = reader.stream()) {
        assertThat(docs.map(d -> Map.entry(d.entry().path(), d.text())))
            .containsExactlyElementsOf(DOCUMENTS.entrySet());
      }
      assertThat(reader.read("a/two").text()).isEqualTo(DOCUMENTS.get("a/two.txt"));
      assertThat(reader.read("b/empty").text()).isEmpty();
      assertThatThrownBy(() -> reader.read("a/none"))
          .isInstanceOf(NoSuchElementException.class).hasMessageContaining("a/none");
    }
  }

  @Test
  void fullVerificationCatchesATamperedDocument() throws IOException {
    // Same size: "first" -> "First".
    Path jar = tampered(ONE, "The First document.\n");
    String expected = Sha256.hex("The first document.\n".getBytes(StandardCharsets.UTF_8));
    String actual = Sha256.hex("The First document.\n".getBytes(StandardCharsets.UTF_8));
    try (CorpusReader reader = CorpusReader.open(jar)) {
      assertThatThrownBy(() -> reader.read("a/one"))
          .isInstanceOfSatisfying(CorpusIntegrityException.class, e -> {
            assertThat(e.entryPath()).isEqualTo(ONE);
            assertThat(e.expectedSha256()).isEqualTo(expected);
            assertThat(e.actualSha256()).isEqualTo(actual);
          })
          .hasMessageContaining(ONE).hasMessageContaining(expected).hasMessageContaining(actual);
      assertThatThrownBy(() -> reader.stream().toList()).isInstanceOf(CorpusIntegrityException.class);
      // The other documents still read.
      assertThat(reader.read("a/two").text()).isEqualTo(DOCUMENTS.get("a/two.txt"));
    }
  }

  @Test
  void fullVerificationCatchesASizeChange() throws IOException {
    Path jar = tampered(ONE, "The first document, with a longer tail.\n");
    try (CorpusReader reader = CorpusReader.open(jar, Verification.FULL)) {
      assertThatThrownBy(() -> reader.read("a/one"))
          .isInstanceOfSatisfying(CorpusIntegrityException.class, e -> {
            assertThat(e.expectedBytes()).isEqualTo(20);
            assertThat(e.actualBytes()).isEqualTo(40);
          });
    }
  }

  @Test
  void sizeVerificationCatchesSizeChangesOnly() throws IOException {
    Path longer = tampered(ONE, "The first document, with a longer tail.\n");
    try (CorpusReader reader = CorpusReader.open(longer, Verification.SIZE)) {
      assertThatThrownBy(() -> reader.read("a/one"))
          .isInstanceOfSatisfying(CorpusIntegrityException.class, e -> assertThat(e.actualSha256()).isNull())
          .hasMessageContaining(ONE).hasMessageContaining("expected 20 bytes, found 40 bytes");
    }
    Path shorter = dir.resolve("shorter.jar");
    TestCorpora.rewriteEntry(newsJar(), shorter, ONE, "short\n".getBytes(StandardCharsets.UTF_8));
    try (CorpusReader reader = CorpusReader.open(shorter, Verification.SIZE)) {
      assertThatThrownBy(() -> reader.read("a/one")).isInstanceOf(CorpusIntegrityException.class)
          .hasMessageContaining("found 6 bytes");
    }
    Path sameSize = tampered(ONE, "The First document.\n");
    try (CorpusReader reader = CorpusReader.open(sameSize, Verification.SIZE)) {
      assertThat(reader.read("a/one").text()).isEqualTo("The First document.\n");
    }
  }

  @Test
  void noVerificationReadsWhateverIsThere() throws IOException {
    Path jar = tampered(ONE, "Something else entirely.\n");
    try (CorpusReader reader = CorpusReader.open(jar, Verification.NONE)) {
      assertThat(reader.read("a/one").text()).isEqualTo("Something else entirely.\n");
    }
  }

  @Test
  void streamReadsLazily() throws IOException {
    // The last document is broken; taking the first must not touch it.
    Path jar = tampered(BASE + "data/b/three.txt", "HELLO WORLD\n");
    try (CorpusReader reader = CorpusReader.open(jar);
        Stream<CorpusDocument> docs = reader.stream()) {
      assertThat(docs.limit(3).map(CorpusDocument::id)).containsExactly("a/one", "a/two", "b/empty");
    }
  }

  @Test
  void missingDataEntryIsAnIoError() throws IOException {
    Path jar = dir.resolve("missing.jar");
    Path source = newsJar();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(source.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (!e.getName().equals(ONE)) {
          out.putNextEntry(new ZipEntry(e.getName()));
          try (InputStream in = zip.getInputStream(e)) {
            in.transferTo(out);
          }
        }
      }
    }
    try (CorpusReader reader = CorpusReader.open(jar)) {
      assertThatThrownBy(() -> reader.read("a/one")).isInstanceOf(NoSuchFileException.class).hasMessageContaining(ONE);
      assertThatThrownBy(() -> reader.stream().toList())
          .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
    }
  }

  @Test
  void readsExtraFiles() throws IOException {
    Path data = dir.resolve("data");
    Manifest manifest = TestCorpora.writeDocuments(data, DOCUMENTS);
    Path report = Files.writeString(dir.resolve("v.json"), "{\"ok\":true}");
    Path jar = dir.resolve("corpus.jar");
    new Packager().pack(new PackageSpec(NEWS, TestCorpora.TIMESTAMP, Map.of("validation.json", report)),
        data, manifest, jar);
    try (CorpusReader reader = CorpusReader.open(jar); InputStream in = reader.openFile("validation.json")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
      assertThatThrownBy(() -> reader.openFile("cleaning.json")).isInstanceOf(NoSuchFileException.class);
      assertThatThrownBy(() -> reader.openFile("../../../MANIFEST.MF")).isInstanceOf(UnsafePathException.class);
    }
  }

  @Test
  void rejectsUnsafeManifestPaths() throws IOException {
    for (String path : List.of("../evil.txt", "/etc/passwd", "a/../../evil.txt")) {
      String tsv = Manifest.HEADER + "\n" + "evil\t" + path + "\t5\t1\t" + "0".repeat(64) + "\t" + "0".repeat(64) + "\n";
      Path jar = dir.resolve("evil.jar");
      TestCorpora.rewriteEntry(newsJar(), jar, BASE + "manifest.tsv", tsv.getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> CorpusReader.open(jar, Verification.NONE).close())
          .as(path)
          .isInstanceOfSatisfying(UnsafePathException.class, e -> assertThat(e.path()).isEqualTo(path))
          .hasMessageContaining("manifest.tsv");
    }
  }

  @Test
  void rejectsAnIndexWhosePathDoesNotMatchItsId() throws IOException {
    Path jar = dir.resolve("bad-index.jar");
    TestCorpora.rewriteEntry(newsJar(), jar, "META-INF/corpus/index.properties",
        "id=org.example:news\nversion=1\npath=META-INF/corpus/../../\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> CorpusReader.open(jar).close())
        .isInstanceOf(IOException.class).hasMessageContaining("path must be " + BASE);
  }

  @Test
  void aJarWithoutIndexIsNotACorpus() throws IOException {
    Path jar = dir.resolve("plain.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("a.txt"));
      out.write('x');
    }
    assertThatThrownBy(() -> CorpusReader.open(jar).close())
        .isInstanceOf(CorpusNotFoundException.class).hasMessageContaining("index.properties");
  }

  @Test
  void findsCorporaOnTheClasspath() throws IOException {
    Path news = TestCorpora.pack(dir, NEWS, DOCUMENTS).jar();
    Map<String, String> bookTexts = TestCorpora.documents("ch1.txt", "Call me Ishmael.\n", "ch2.txt", "Carpet-Bag\n");
    Path books = TestCorpora.pack(dir, BOOKS, bookTexts).jar();

    try (URLClassLoader loader = new URLClassLoader(new URL[] {news.toUri().toURL(), books.toUri().toURL()}, null)) {
      assertThat(CorpusReader.available(loader))
          .extracting(AvailableCorpus::id, AvailableCorpus::version, AvailableCorpus::path)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("org.example:news", "1.0.0", BASE),
              org.assertj.core.groups.Tuple.tuple("org.example:books", "2.1", "META-INF/corpus/org.example/books/"));

      try (CorpusReader reader = CorpusReader.fromClasspath(loader, "org.example:books")) {
        assertThat(reader.version()).isEqualTo("2.1");
        assertThat(reader.stream().map(CorpusDocument::text)).containsExactlyElementsOf(bookTexts.values());
      }
      try (CorpusReader reader = CorpusReader.fromClasspath(loader, "org.example:news")) {
        assertThat(reader.stream().map(CorpusDocument::text)).containsExactlyElementsOf(DOCUMENTS.values());
      }

      assertThatThrownBy(() -> CorpusReader.fromClasspath(loader, "org.example:poems"))
          .isInstanceOf(CorpusNotFoundException.class)
          .hasMessageContaining("org.example:poems")
          .hasMessageContaining("org.example:news 1.0.0")
          .hasMessageContaining("org.example:books 2.1");
    }
  }

  @Test
  void classpathReadingVerifiesToo() throws IOException {
    Path jar = tampered(ONE, "The First document.\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
        CorpusReader reader = CorpusReader.fromClasspath(loader, "org.example:news")) {
      assertThatThrownBy(() -> reader.read("a/one")).isInstanceOf(CorpusIntegrityException.class);
    }
  }

  @Test
  void notFoundOnAnEmptyClasspathSaysSo() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
      assertThat(CorpusReader.available(loader)).isEmpty();
      assertThatThrownBy(() -> CorpusReader.fromClasspath(loader, "g:a"))
          .isInstanceOf(CorpusNotFoundException.class)
          .hasMessageContaining("no corpus g:a")
          .hasMessageContaining("holds no corpora");
    }
  }

  @Test
  void readsAnExplodedJar() throws IOException {
    Path exploded = dir.resolve("exploded");
    TestCorpora.extract(newsJar(), exploded);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {exploded.toUri().toURL()}, null);
        CorpusReader reader = CorpusReader.fromClasspath(loader, "org.example:news")) {
      assertThat(reader.stream().map(CorpusDocument::text)).containsExactlyElementsOf(DOCUMENTS.values());
    }
    try (CorpusReader reader = CorpusReader.open(exploded)) {
      assertThat(reader.read("a/two").text()).isEqualTo(DOCUMENTS.get("a/two.txt"));
    }
  }

  @Test
  void contextClassLoaderIsTheDefault() throws IOException {
    Path jar = newsJar();
    ClassLoader saved = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, saved)) {
      Thread.currentThread().setContextClassLoader(loader);
      assertThat(CorpusReader.available()).extracting(AvailableCorpus::id).contains("org.example:news");
      try (CorpusReader reader = CorpusReader.fromClasspath("org.example:news")) {
        assertThat(reader.documents()).hasSize(DOCUMENTS.size());
      }
    } finally {
      Thread.currentThread().setContextClassLoader(saved);
    }
  }

  @Test
  void closedReaderRefusesToRead() throws IOException {
    CorpusReader reader = CorpusReader.open(newsJar());
    reader.close();
    assertThatThrownBy(() -> reader.read("a/one")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(reader::stream).isInstanceOf(IllegalStateException.class);
  }
}
