package dev.corpuskit.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.text.Words;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCleaningTest {

  static final String PROSE_A = "The river rose quickly after three days of heavy rain in the hills.\n"
      + "Farmers  moved their animals to higher ground before the water reached the fields.\n";
  static final String PROSE_B = "A small museum opened in the old railway station last spring.\n"
      + "Its collection tells the story of the line and the people who worked on it.\n";
  static final String HTML = "<!DOCTYPE html><html><head><title>Page</title></head><body>"
      + "<article><p>The council approved the new library budget on Monday evening.</p>"
      + "<p>Construction is expected to start early next year &amp; finish by autumn.</p>"
      + "</article></body></html>";

  @TempDir Path tmp;

  Path src() throws IOException {
    return Files.createDirectories(tmp.resolve("src"));
  }

  static void write(Path root, String relative, String text) throws IOException {
    write(root, relative, text.getBytes(UTF_8));
  }

  static void write(Path root, String relative, byte[] bytes) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  static byte[] invalidUtf8() {
    byte[] good = "Broken text here.\nAnother line \u00e9 ends".getBytes(UTF_8);
    byte[] bad = new byte[good.length + 2];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3; // lead byte followed by ASCII: malformed
    bad[good.length + 1] = '.';
    return bad;
  }

  /** Relative path (with '/') to SHA-256 of every regular file below {@code root}. */
  /** Every file below {@code root} by relative path, but an output folder's record of what cleaning wrote. */
  static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return hashes;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile)
          .filter(p -> !p.equals(root.resolve(CorpusLayout.OUTPUT_RECORD))).toList()) {
        hashes.put(root.relativize(p).toString().replace('\\', '/'), Sha256.hex(Files.readAllBytes(p)));
      }
    }
    return hashes;
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, UTF_8);
  }

  @Test
  void writesCleanedDocumentsAtTheirRelativePathsAndHtmlAsTxt() throws IOException {
    Path src = src();
    write(src, "top.txt", PROSE_A);
    write(src, "nested/deeper/inner.txt", PROSE_B);
    write(src, "pages/page.html", HTML);
    Path out = tmp.resolve("out");

    CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(src), out);

    assertThat(hashes(out).keySet())
        .containsExactly("nested/deeper/inner.txt", "pages/page.txt", "top.txt");
    assertThat(read(out.resolve("top.txt"))).contains("Farmers moved their animals") // spaces collapsed
        .doesNotContain("Farmers  moved");
    assertThat(read(out.resolve("nested/deeper/inner.txt"))).isEqualTo(PROSE_B);
    String page = read(out.resolve("pages/page.txt"));
    assertThat(page).contains("The council approved the new library budget on Monday evening.")
        .contains("early next year & finish by autumn.")
        .doesNotContain("<p>").doesNotContain("&amp;");
    assertThat(result.manifest().entries()).extracting(ManifestEntry::id)
        .containsExactly("nested/deeper/inner", "pages/page", "top");
    assertThat(result.audits()).extracting(DocumentAudit::source)
        .containsExactlyInAnyOrder("top.txt", "nested/deeper/inner.txt", "pages/page.html");
    assertThat(result.audits()).filteredOn(a -> a.source().equals("pages/page.html"))
        .extracting(DocumentAudit::path).containsExactly("pages/page.txt");
    assertThat(result.steps()).isNotEmpty();
  }

  @Test
  void manifestEntriesDescribeTheWrittenBytesAndTheSourceBytes() throws IOException {
    Path src = src();
    write(src, "a/one.txt", PROSE_A);
    write(src, "two.html", HTML);
    Path out = tmp.resolve("out");

    CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(src), out);

    assertThat(result.manifest().entries()).hasSize(2);
    Map<String, String> sources = Map.of("a/one.txt", "a/one.txt", "two.txt", "two.html");
    for (ManifestEntry e : result.manifest().entries()) {
      byte[] written = Files.readAllBytes(out.resolve(e.path()));
      byte[] source = Files.readAllBytes(src.resolve(sources.get(e.path())));
      assertThat(e.bytes()).as(e.path()).isEqualTo(written.length);
      assertThat(e.words()).as(e.path()).isEqualTo(Words.count(new String(written, UTF_8))).isPositive();
      assertThat(e.sha256()).as(e.path()).isEqualTo(Sha256.hex(written));
      assertThat(e.sourceSha256()).as(e.path()).isEqualTo(Sha256.hex(source));
    }
    // the HTML source and its cleaned text differ, so the two hashes must too
    ManifestEntry html = result.manifest().entries().stream().filter(e -> e.id().equals("two")).findFirst()
        .orElseThrow();
    assertThat(html.sha256()).isNotEqualTo(html.sourceSha256());
  }

  @Test
  void documentsWithErrorsAreNeitherWrittenNorListed() throws IOException {
    Path src = src();
    write(src, "good.txt", PROSE_A);
    write(src, "sub/other.txt", PROSE_B);
    write(src, "bad-utf8.txt", invalidUtf8());
    write(src, "empty.txt", "");
    write(src, "blank.html", "<html><body>   </body></html>");
    Path out = tmp.resolve("out");

    CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(src), out);

    assertThat(hashes(out).keySet()).containsExactly("good.txt", "sub/other.txt");
    assertThat(result.manifest().entries()).extracting(ManifestEntry::path)
        .containsExactly("good.txt", "sub/other.txt");
    assertThat(result.audits()).extracting(DocumentAudit::id).containsExactlyInAnyOrder("good", "sub/other");
    assertThat(result.validation().documents()).isEqualTo(5);
    assertThat(result.validation().findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::file, Finding::ruleId)
        .containsExactlyInAnyOrder(
            tuple("bad-utf8.txt", "encoding"),
            tuple("empty.txt", "empty"),
            tuple("blank.html", "empty"));
  }

  @Test
  void sourcesAreByteIdenticalAfterCleaning() throws IOException {
    Path src = src();
    write(src, "crlf.txt", "Windows  line one\r\nline two\u00a0with odd space\r\n");
    write(src, "bom.txt", "\uFEFFByte order mark first.\n\n\n\nThen blank lines.");
    write(src, "page.html", HTML);
    write(src, "bad.txt", invalidUtf8());
    write(src, "notes/readme.md", "# not a corpus file\n");
    Map<String, String> before = hashes(src);

    CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(src), tmp.resolve("out"));

    assertThat(result.manifest().entries()).hasSize(3); // the cleaning did change files ...
    assertThat(result.audits()).anySatisfy(a -> assertThat(a.changes()).isNotEmpty());
    assertThat(hashes(src)).isEqualTo(before); // ... but never the sources
  }

  @Test
  void removesStaleFilesThatThisRunDidNotWriteButNoFileItNeverWrote() throws IOException {
    Path src = src();
    write(src, "keep.txt", PROSE_A);
    write(src, "gone.txt", PROSE_B);
    write(src, "dir/broken.txt", "This one is fine for now, with enough distinct words.\n");
    Path out = tmp.resolve("out");
    CorpusCleaning.run(CorpusConfig.defaults(src), out);
    assertThat(hashes(out).keySet()).containsExactly("dir/broken.txt", "gone.txt", "keep.txt");

    Files.delete(src.resolve("gone.txt"));
    write(src, "dir/broken.txt", invalidUtf8());
    write(out, "leftover/unrelated.txt", "put here by hand\n");
    CleanResult second = CorpusCleaning.run(CorpusConfig.defaults(src), out);

    assertThat(hashes(out).keySet()).containsExactly("keep.txt", "leftover/unrelated.txt");
    assertThat(second.manifest().entries()).extracting(ManifestEntry::path).containsExactly("keep.txt");
  }

  @Test
  void aStaleLinkInAnEarlierVersionsOutputIsRemovedButNotTheFileItPointsTo() throws IOException {
    Path src = src();
    write(src, "keep.txt", PROSE_A);
    Path out = tmp.resolve("out");
    write(tmp, "elsewhere/notes.txt", "not part of any corpus\n");
    Path elsewhere = tmp.resolve("elsewhere/notes.txt");
    Files.createDirectories(out.resolve("links"));
    Files.createSymbolicLink(out.resolve("links/notes.txt"), elsewhere);
    write(out, ".keep.txt.999999.1.tmp", "a dead writer's leftover\n");

    // An output inside the build directory, left without a record by an earlier version, is adopted
    // and its stale .txt files (links included) are removed as that version did.
    CorpusRun.clean(CorpusConfig.defaults(src), RunOptions.defaults(), out, new RunSink() {},
        OutputOwnership.withinBuild(tmp));

    assertThat(out.resolve("links/notes.txt")).doesNotExist();
    assertThat(out.resolve(".keep.txt.999999.1.tmp")).doesNotExist();
    assertThat(hashes(out).keySet()).containsExactly("keep.txt");
    assertThat(elsewhere).hasContent("not part of any corpus");
  }

  @Test
  void refusesAnOutputDirectoryEqualToTheSources() throws IOException {
    Path src = src();
    write(src, "a.txt", PROSE_A);
    Map<String, String> before = hashes(src);

    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(src), src))
        .isInstanceOf(OverlappingDirectoriesException.class);
    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(src), tmp.resolve("src/./")))
        .isInstanceOf(OverlappingDirectoriesException.class);
    assertThat(hashes(src)).isEqualTo(before);
  }

  @Test
  void refusesAnOutputDirectoryInsideTheSources() throws IOException {
    Path src = src();
    write(src, "a.txt", PROSE_A);
    write(src, "b/c.txt", PROSE_B);
    Map<String, String> before = hashes(src);

    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(src), src.resolve("b/cleaned")))
        .isInstanceOf(OverlappingDirectoriesException.class)
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(src), tmp.resolve("other/../src/out")))
        .isInstanceOf(OverlappingDirectoriesException.class);
    assertThat(hashes(src)).isEqualTo(before);
    assertThat(src.resolve("b/cleaned")).doesNotExist();
    assertThat(src.resolve("out")).doesNotExist();
  }

  @Test
  void seesThroughASymbolicLinkToTheSources() throws IOException {
    Path src = src();
    write(src, "a.txt", PROSE_A);
    Path link = Files.createSymbolicLink(tmp.resolve("link"), src);
    Map<String, String> before = hashes(src);

    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(link), src.resolve("out")))
        .isInstanceOf(OverlappingDirectoriesException.class);
    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(src), link.resolve("out")))
        .isInstanceOf(OverlappingDirectoriesException.class);
    assertThat(hashes(src)).isEqualTo(before);
  }

  @Test
  void refusesAnOutputDirectoryThatContainsTheSources() throws IOException {
    Path out = tmp.resolve("out");
    Path src = out.resolve("corpus");
    write(src, "a.txt", PROSE_A);
    write(out, "unrelated.txt", "would be removed as stale if cleaning went ahead\n");
    Map<String, String> before = hashes(out);

    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(src), out))
        .isInstanceOf(OverlappingDirectoriesException.class);
    assertThat(hashes(out)).isEqualTo(before);
  }

  @Test
  void aTxtAndAnHtmlWithTheSameIdAreRejectedNamingBoth() throws IOException {
    Path src = src();
    write(src, "a.txt", PROSE_A);
    write(src, "a.html", HTML);

    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(src), tmp.resolve("out")))
        .isInstanceOf(DuplicateDocumentIdException.class)
        .hasMessageContaining("a.txt")
        .hasMessageContaining("a.html")
        .hasMessageContaining("clean to a.txt");
  }

  @Test
  void aDuplicateIdFailsBeforeAnythingIsWrittenEvenWhenOneSideIsInvalid() throws IOException {
    Path src = src();
    write(src, "a.txt", invalidUtf8());
    write(src, "a.html", HTML);
    write(src, "b.txt", PROSE_A);
    Path out = tmp.resolve("out");

    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(src), out))
        .isInstanceOf(DuplicateDocumentIdException.class);
    assertThat(out).doesNotExist();
  }

  @Test
  void twoRunsGiveIdenticalFilesAndManifests() throws IOException {
    Path src = src();
    write(src, "one.txt", PROSE_A);
    write(src, "x/two.html", HTML);
    write(src, "x/y/three.txt", "Cookie  settings\r\nA line  with\u00a0spaces.\r\n\r\n\r\nEnd.");
    Path out = tmp.resolve("out");

    CleanResult first = CorpusCleaning.run(CorpusConfig.defaults(src), out);
    Map<String, String> firstFiles = hashes(out);
    CleanResult second = CorpusCleaning.run(CorpusConfig.defaults(src), out);

    assertThat(firstFiles).hasSize(3);
    assertThat(hashes(out)).isEqualTo(firstFiles);
    assertThat(second.manifest()).isEqualTo(first.manifest());
    assertThat(second.manifest().toTsv()).isEqualTo(first.manifest().toTsv());
    assertThat(second.audits()).isEqualTo(first.audits());

    // and into a fresh directory, too
    CorpusCleaning.run(CorpusConfig.defaults(src), tmp.resolve("fresh"));
    assertThat(hashes(tmp.resolve("fresh"))).isEqualTo(firstFiles);
  }

  @Test
  void includesAndExcludesLimitWhatIsCleaned() throws IOException {
    Path src = src();
    write(src, "keep/a.txt", PROSE_A);
    write(src, "keep/b.txt", PROSE_B);
    write(src, "keep/draft.txt", invalidUtf8());
    write(src, "other/c.txt", "Not included at all, though perfectly valid text.\n");
    CorpusConfig config = new CorpusConfig(src, List.of("keep/**"), List.of("**/draft.txt"),
        ValidationConfig.defaults(), CleanerConfig.defaults());

    CleanResult result = CorpusCleaning.run(config, tmp.resolve("out"));

    assertThat(result.validation().documents()).isEqualTo(2);
    assertThat(result.validation().hasErrors()).isFalse();
    assertThat(hashes(tmp.resolve("out")).keySet()).containsExactly("keep/a.txt", "keep/b.txt");
  }
}
