package dev.corpuskit.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusCleaning;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusRun;
import dev.corpuskit.pipeline.OutputNotOwnedException;
import dev.corpuskit.pipeline.OutputOwnership;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cleaning into a folder that already holds files it did not write (a mistyped output folder, a git
 * work tree) must not delete them: only files a previous cleaning run recorded as its own are removed.
 */
class OutputOwnershipTest {

  private static final String PROSE = "The river rose quickly after three days of heavy rain in the hills.\n"
      + "Farmers moved their animals to higher ground while the council opened two shelters.\n";

  @TempDir Path tmp;

  @Test
  void aFolderOfOtherFilesIsRefusedAndLeftAsItWas() throws IOException {
    Path src = tmp.resolve("SRC");
    write(src, "one.txt", PROSE);
    Path out = tmp.resolve("OUT");
    write(out, "README.md", "r\n");
    write(out, ".git/HEAD", "ref: refs/heads/main\n");
    write(out, ".git/objects/ab/cdef", "blob\n");
    write(out, "notes/old.txt", "my own notes\n");
    Map<String, String> before = contents(out);

    assertThatThrownBy(() -> CorpusCleaning.run(CorpusConfig.defaults(src), out))
        .isInstanceOf(OutputNotOwnedException.class)
        .hasMessageContaining(out.toString())
        .hasMessageContaining("did not write");
    assertThat(contents(out)).isEqualTo(before);
  }

  @Test
  void anAdoptedFolderKeepsEveryFileTheToolDidNotWriteAndSaysSo() throws IOException {
    Path src = tmp.resolve("SRC");
    write(src, "one.txt", PROSE);
    write(src, "two.txt", PROSE.replace("river", "canal"));
    Path out = tmp.resolve("OUT");
    write(out, "README.md", "r\n");
    write(out, ".git/HEAD", "ref: refs/heads/main\n");
    write(out, "one.txt.orig", "mine\n");
    Map<String, String> foreign = contents(out);
    Told told = new Told();

    CorpusRun.clean(CorpusConfig.defaults(src), RunOptions.defaults(), out, told,
        OutputOwnership.strict().adopting(true));
    assertThat(contents(out)).containsAllEntriesOf(foreign).containsKeys("one.txt", "two.txt");
    assertThat(told.unrecorded).isEqualTo(3);
    assertThat(told.examples).containsExactly(".git/HEAD", "README.md", "one.txt.orig");

    // Once adopted, the record lets later runs in: they delete only what an earlier run wrote.
    Files.delete(src.resolve("two.txt"));
    told = new Told();
    CorpusRun.clean(CorpusConfig.defaults(src), RunOptions.defaults(), out, told);
    assertThat(contents(out)).containsAllEntriesOf(foreign).containsKey("one.txt").doesNotContainKey("two.txt");
    assertThat(told.removed).isEqualTo(1);
    assertThat(told.unrecorded).isEqualTo(3);
  }

  @Test
  void anEarlierVersionsOutputInsideTheBuildDirectoryIsAdoptedAndItsStaleFilesRemoved() throws IOException {
    Path src = tmp.resolve("src/main/corpus");
    write(src, "one.txt", PROSE);
    Path target = tmp.resolve("target");
    Path out = target.resolve("corpus");
    write(out, "one.txt", "an older cleaning of one\n");
    write(out, "gone.txt", "cleaned from a source since deleted\n");
    write(out, "notes.md", "not a cleaned document\n");
    Told told = new Told();

    CorpusRun.clean(CorpusConfig.defaults(src), RunOptions.defaults(), out, told, OutputOwnership.withinBuild(target));

    assertThat(contents(out).keySet()).containsExactly(".corpuskit-output", "notes.md", "one.txt");
    assertThat(told.removed).isEqualTo(1);
    assertThat(told.unrecorded).isEqualTo(1);
    // The build directory itself is never adopted.
    write(target, "classes/App.class", "bytes");
    assertThatThrownBy(() -> CorpusRun.clean(CorpusConfig.defaults(src), RunOptions.defaults(), target,
        new RunSink() {}, OutputOwnership.withinBuild(target))).isInstanceOf(OutputNotOwnedException.class);
    assertThat(target.resolve("classes/App.class")).exists();
  }

  @Test
  void aKilledRunsDocumentsAreRecordedBeforeTheyAreWritten() throws IOException {
    Path src = tmp.resolve("SRC");
    write(src, "one.txt", PROSE);
    Path out = tmp.resolve("OUT");
    CorpusRun.clean(CorpusConfig.defaults(src), RunOptions.defaults(), out, new RunSink() {});
    write(src, "two.txt", PROSE.replace("river", "canal"));
    write(src, "zz.txt", PROSE.replace("river", "lake"));
    Files.createDirectories(out.resolve("zz.txt")); // a run that dies after writing two.txt
    assertThatThrownBy(() -> CorpusRun.clean(CorpusConfig.defaults(src), RunOptions.defaults().withThreads(1), out,
        new RunSink() {})).isInstanceOf(IOException.class);
    assertThat(out.resolve("two.txt")).exists();
    assertThat(Files.readString(out.resolve(".corpuskit-output"), UTF_8)).contains("two.txt");
    Files.delete(out.resolve("zz.txt"));
    Files.delete(src.resolve("zz.txt"));
    Files.delete(src.resolve("two.txt"));
    CorpusRun.clean(CorpusConfig.defaults(src), RunOptions.defaults(), out, new RunSink() {});
    assertThat(contents(out).keySet()).containsExactly(".corpuskit-output", "one.txt");
  }

  /** What a run told its sink about its output folder. */
  private static final class Told implements RunSink {
    int removed;
    long unrecorded;
    List<String> examples = List.of();

    @Override
    public void outputTidied(int removed, long unrecorded, List<String> examples) {
      this.removed = removed;
      this.unrecorded = unrecorded;
      this.examples = examples;
    }
  }

  static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }

  /** Every regular file below {@code dir}, dotfiles included, by relative path. */
  static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, UTF_8));
      }
    }
    return files;
  }
}
