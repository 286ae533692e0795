package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.pack.PackageSpec;
import dev.corpuskit.pack.Packager;
import dev.corpuskit.pipeline.CleanResult;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusCleaning;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.pipeline.DuplicateDocumentIdException;
import dev.corpuskit.pipeline.PackageRequest;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.read.CorpusDocument;
import dev.corpuskit.read.CorpusReader;
import dev.corpuskit.source.CorpusScanner;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.testing.NamedPipes;
import dev.corpuskit.testing.TestCorpora;
import dev.corpuskit.validate.DocumentValidation;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidateAll;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd names, links out of the corpus, special and unreadable files: each gives a finding naming the
 * file, never an exception, and nothing outside the corpus is read.
 */
class FileSystemHostileTest {

  private static final String SECRET = "secret content outside the corpus\n";
  private static final String TEXT = "A document with enough words to be a document, and a little more.\n";

  @TempDir Path dir;

  private Path corpus() throws IOException {
    return Files.createDirectories(dir.resolve("corpus"));
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static List<Finding> validate(Path root, String name) {
    return validate(root, name, ValidationConfig.defaults());
  }

  private static List<Finding> validate(Path root, String name, ValidationConfig config) {
    DocumentValidation result = new Validator(config).validate(new SourceFile(root, name));
    assertThat(result.document()).as(name + " must not be read").isEmpty();
    return result.findings();
  }

  @Test
  void oddButLegalNamesRoundTripThroughCleanPackAndRead() throws IOException {
    Path root = corpus();
    List<String> names = List.of("with space.txt", "ünïcødé/日本語 🙂.txt", "$(rm -rf ~);`id`|&*?<>'\"!#.txt",
        "-dash first.txt", "a b/c d.html");
    for (int i = 0; i < names.size(); i++) {
      write(root.resolve(names.get(i)), i + " " + TEXT);
    }
    CleanResult cleaned = CorpusCleaning.run(CorpusConfig.defaults(root), dir.resolve("out"));
    assertThat(cleaned.validation().findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(cleaned.manifest().entries()).hasSize(names.size());

    Path jar = dir.resolve("odd.jar");
    new Packager().pack(new PackageSpec(CorpusInfo.of("g", "odd", "1"), TestCorpora.TIMESTAMP),
        dir.resolve("out"), cleaned.manifest(), jar);
    try (CorpusReader reader = CorpusReader.open(jar); Stream<CorpusDocument> docs = reader.stream()) {
      assertThat(docs.map(d -> d.entry().id())).containsExactlyInAnyOrderElementsOf(
          names.stream().map(n -> n.substring(0, n.lastIndexOf('.'))).toList());
    }
  }

  /**
   * A name of 255 bytes is legal on ext4, APFS and NTFS; the temporary file beside its cleaned form
   * ({@code .<name>.<pid>.<n>.tmp}) must not be longer, or the write fails with "File name too long".
   */
  @Test
  void namesOfTheFullNameLimitCleanAndPackage() throws IOException {
    Path root = corpus();
    String ascii = "a".repeat(251) + ".txt";
    String multiByte = "\u00e9".repeat(125) + "x.txt"; // 250 bytes of two-byte characters, then 5
    String fourByte = "x/" + "\ud83d\ude42".repeat(62) + "x.txt"; // 248 bytes of emoji, then 5
    assertThat(List.of(ascii, multiByte, fourByte.substring(2)))
        .allSatisfy(name -> assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSizeBetween(253, 255));
    List<String> names = List.of(ascii, multiByte, fourByte);
    List<String> texts = List.of("The council said on Tuesday that the old bridge would reopen next week.\n",
        "A small museum opened in the railway station last spring.\n",
        "Farmers moved their animals to higher ground before the water came.\n");
    for (int i = 0; i < names.size(); i++) {
      write(root.resolve(names.get(i)), texts.get(i));
    }
    Path out = dir.resolve("out");
    Path reports = dir.resolve("reports");
    RunOptions options = RunOptions.defaults().withThreads(2).withCache(dir.resolve("cache/documents.bin"), "1");

    CorpusBuild.Result result = CorpusBuild.clean(CorpusConfig.defaults(root), options, out, reports, new RunSink() {});

    assertThat(result.summary().cleaned()).isEqualTo(names.size());
    for (int i = 0; i < names.size(); i++) {
      assertThat(Files.readString(out.resolve(names.get(i)))).isEqualTo(texts.get(i));
    }
    Path jar = dir.resolve("long.jar");
    CorpusPackaging.run(PackageRequest.of(CorpusInfo.of("g", "long", "1"), TestCorpora.TIMESTAMP, out, reports, jar)
        .withThreads(2));
    try (CorpusReader reader = CorpusReader.open(jar); Stream<CorpusDocument> docs = reader.stream()) {
      assertThat(docs.map(d -> d.entry().path())).containsExactlyInAnyOrderElementsOf(names);
    }
    try (Stream<Path> left = Files.walk(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void controlCharactersAndBackslashesInNamesAreRefusedNotPackaged() throws IOException {
    Path root = corpus();
    write(root.resolve("tab\there.txt"), TEXT);
    write(root.resolve("line\nbreak.txt"), "other " + TEXT);
    write(root.resolve("back\\slash.txt"), "third " + TEXT);
    write(root.resolve("fine.txt"), "fourth " + TEXT);

    CleanResult cleaned = CorpusCleaning.run(CorpusConfig.defaults(root), dir.resolve("out"));

    assertThat(cleaned.validation().findings()).filteredOn(f -> f.ruleId().equals("unsafe-name"))
        .extracting(Finding::file).containsExactlyInAnyOrder("tab\there.txt", "line\nbreak.txt", "back\\slash.txt");
    assertThat(cleaned.manifest().entries()).extracting(e -> e.path()).containsExactly("fine.txt");
  }

  /** An exception that names a file is one line, whatever the name: a log cannot be forged through it. */
  @Test
  void anExceptionNamingAFileWithALineBreakEscapesIt() throws IOException {
    Path root = corpus();
    write(root.resolve("x\n[INFO] BUILD SUCCESS.txt"), TEXT);
    write(root.resolve("x\n[INFO] BUILD SUCCESS.html"), "<p>" + TEXT + "</p>");

    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(root), dir.resolve("out")))
        .isInstanceOf(DuplicateDocumentIdException.class)
        .hasMessageContaining("x\\n[INFO] BUILD SUCCESS.html and x\\n[INFO] BUILD SUCCESS.txt clean to")
        .hasMessageNotContaining("\n");
  }

  @Test
  void symlinksAreReportedWithTheirTargetAndNeverFollowed() throws IOException {
    Path root = corpus();
    Path secret = write(dir.resolve("outside/secret.txt"), SECRET);
    write(root.resolve("real.txt"), TEXT);
    Files.createSymbolicLink(root.resolve("out-link.txt"), secret);
    Files.createSymbolicLink(root.resolve("relative-out.txt"), Path.of("../outside/secret.txt"));
    Files.createSymbolicLink(root.resolve("in-link.txt"), Path.of("real.txt"));
    Files.createSymbolicLink(root.resolve("dangling.txt"), Path.of("nowhere.txt"));
    Files.createSymbolicLink(root.resolve("dir-link"), dir.resolve("outside"));

    assertThat(new CorpusScanner(List.of(), List.of()).scan(root)).extracting(SourceFile::relativePath)
        .containsExactly("dangling.txt", "dir-link", "in-link.txt", "out-link.txt", "real.txt", "relative-out.txt");
    assertThat(validate(root, "out-link.txt")).extracting(Finding::format).containsExactly(
        "out-link.txt:1:1: symbolic link to " + secret + ", outside the corpus directory: links are not"
            + " followed; copy the file into the corpus, or leave the link out with the excludes setting [symlink]");
    assertThat(validate(root, "relative-out.txt")).singleElement().extracting(Finding::message).asString()
        .contains("../outside/secret.txt, outside");
    assertThat(validate(root, "in-link.txt")).singleElement().extracting(Finding::message).asString()
        .contains("real.txt, inside");
    assertThat(validate(root, "dangling.txt")).extracting(Finding::ruleId).containsExactly("symlink");
    assertThat(validate(root, "dir-link")).extracting(Finding::ruleId).containsExactly("symlink");

    CleanResult cleaned = CorpusCleaning.run(CorpusConfig.defaults(root), dir.resolve("out"));
    assertThat(cleaned.manifest().entries()).extracting(e -> e.path()).containsExactly("real.txt");
    try (Stream<Path> out = Files.walk(dir.resolve("out"))) {
      for (Path file : out.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file)).doesNotContain("secret");
      }
    }
  }

  @Test
  void aGuardHoldsAndIsReportedEvenWhenItsRuleIsOff() throws IOException {
    Path root = corpus();
    Files.createSymbolicLink(root.resolve("out-link.txt"), write(dir.resolve("secret.txt"), SECRET));
    ValidationConfig off = new ValidationConfig(StandardCharsets.UTF_8,
        RuleConfig.of(List.of(RuleSetting.severity("symlink", Severity.OFF))));

    assertThat(validate(root, "out-link.txt", off)).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("symlink", Severity.ERROR));
  }

  @Test
  void namedPipeIsReportedAndNeverOpened() throws Exception {
    Path root = corpus();
    Path fifo = root.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    Thread writer = NamedPipes.feed(fifo);
    List<Finding> findings = validate(root, "pipe.txt");
    NamedPipes.release(fifo, writer);
    assertThat(findings).extracting(Finding::format).containsExactly("pipe.txt:1:1: not a regular file"
        + " (a directory, named pipe, socket or device): not read; remove it or leave it out with the excludes setting"
        + " [unreadable]");
  }

  @Test
  void aFileThatVanishesOrTurnsIntoAFolderAfterTheScanGivesAFinding() throws IOException {
    Path root = corpus();
    write(root.resolve("gone.txt"), TEXT);
    write(root.resolve("folder.txt"), TEXT);
    List<SourceFile> scanned = CorpusScanner.all().scan(root);
    Files.delete(root.resolve("gone.txt"));
    Files.delete(root.resolve("folder.txt"));
    Files.createDirectory(root.resolve("folder.txt"));

    Validator validator = new Validator(ValidationConfig.defaults());
    assertThat(ValidateAll.validateAll(validator, scanned).findings()).extracting(Finding::format).containsExactly(
        "folder.txt:1:1: not a regular file (a directory, named pipe, socket or device): not read;"
            + " remove it or leave it out with the excludes setting [unreadable]",
        "gone.txt:1:1: the file disappeared while the corpus was read; run the build again [unreadable]");
  }

  @Test
  void unreadableFileGivesAFindingNamingIt() throws IOException {
    Path root = corpus();
    Path file = write(root.resolve("locked.txt"), TEXT);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    // root reads any file whatever its mode; the vanished and folder cases above cover the same path.
    assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop reads");

    assertThat(validate(root, "locked.txt")).extracting(Finding::format).containsExactly("locked.txt:1:1:"
        + " cannot read the file: permission denied; make it readable (chmod a+r) or leave it out with"
        + " <excludes> [unreadable]");
  }

  @Test
  void cleaningACorpusOfHostileEntriesFinishesWithFindings() throws Exception {
    Path root = corpus();
    write(root.resolve("ok.txt"), TEXT);
    Files.createSymbolicLink(root.resolve("link.txt"), write(dir.resolve("secret.txt"), SECRET));
    write(root.resolve("bad\tname.txt"), "x " + TEXT);
    Path fifo = root.resolve("fifo.txt");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    Thread writer = NamedPipes.feed(fifo);

    CleanResult cleaned = CorpusCleaning.run(CorpusConfig.defaults(root), dir.resolve("out"));
    NamedPipes.release(fifo, writer);

    assertThat(cleaned.validation().findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::ruleId).containsExactlyInAnyOrder("unsafe-name", "unreadable", "symlink");
    assertThat(cleaned.manifest().entries()).extracting(e -> e.path()).containsExactly("ok.txt");
    assertThat(cleaned.validation().documents()).isEqualTo(4);
  }

}
