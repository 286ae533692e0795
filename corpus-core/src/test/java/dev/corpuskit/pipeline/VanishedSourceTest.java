package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source that is deleted, or replaced by a folder, between the scan and its read gives an
 * {@code unreadable} finding naming it, whatever path the run takes to it (fresh, from the cache, or
 * the two passes of a cleaning run with {@code corpus-repeated}); it never aborts the run.
 */
class VanishedSourceTest {

  private static final String GONE = "gone.txt:1:1: the file disappeared while the corpus was read;"
      + " run the build again [unreadable]";
  private static final String FOLDER = "folder.txt:1:1: not a regular file (a directory, named pipe, socket"
      + " or device): not read; remove it or leave it out with the excludes setting [unreadable]";

  @TempDir Path tmp;
  private Path src;
  private CorpusConfig config;

  @BeforeEach
  void corpus() throws IOException {
    src = tmp.resolve("src");
    Files.createDirectories(src);
    for (String name : List.of("folder.txt", "gone.txt", "kept.txt")) {
      Files.writeString(src.resolve(name), "The council said on Tuesday that the bridge would reopen. "
          + "word ".repeat(60) + name + "\n", StandardCharsets.UTF_8);
    }
    config = CorpusConfig.defaults(src);
  }

  @Test
  void validatingAFileGoneAfterTheScanGivesAFinding() throws IOException {
    List<SourceFile> files = config.scanner().scan(src);
    vanish();
    List<Finding> findings = new ArrayList<>();
    RunSummary summary = CorpusRun.validate(config, RunOptions.defaults().withThreads(2), into(findings), files);
    assertThat(findings).extracting(Finding::format).containsExactly(FOLDER, GONE);
    assertThat(summary.validation().documents()).isEqualTo(3);
  }

  @Test
  void aFileGoneAfterTheScanGivesAFindingAlsoWhenTheCacheHoldsIt() throws IOException {
    RunOptions cached = RunOptions.defaults().withThreads(2).withCache(tmp.resolve("cache/documents.bin"), "1");
    CorpusRun.validate(config, cached, new RunSink() {});
    List<SourceFile> files = config.scanner().scan(src);
    vanish();
    List<Finding> findings = new ArrayList<>();
    CorpusRun.validate(config, cached, into(findings), files);
    assertThat(findings).extracting(Finding::format).containsExactly(FOLDER, GONE);
  }

  @Test
  void cleaningAFileGoneAfterTheScanGivesAFindingAndCleansTheOthers() throws IOException {
    for (boolean repeated : new boolean[] {true, false}) {
      CorpusConfig cleaning = repeated ? config
          : new CorpusConfig(src, List.of(), List.of(), config.validation(),
              new dev.corpuskit.clean.CleanerConfig(java.util.Set.of("corpus-repeated")));
      List<SourceFile> files = cleaning.scanner().scan(src);
      vanish();
      List<Finding> findings = new ArrayList<>();
      Path out = tmp.resolve("out-" + repeated);
      CorpusRun.clean(cleaning, RunOptions.defaults().withThreads(2), out, into(findings), files, null,
          OutputOwnership.strict());
      assertThat(findings).as("corpus-repeated " + repeated).extracting(Finding::format)
          .containsExactly(FOLDER, GONE);
      assertThat(out.resolve("kept.txt")).exists();
      Files.delete(src.resolve("folder.txt")); // put the sources back for the next pass
      corpus();
    }
  }

  /** Deletes gone.txt, and replaces folder.txt by a folder of that name. */
  private void vanish() throws IOException {
    Files.delete(src.resolve("gone.txt"));
    Files.delete(src.resolve("folder.txt"));
    Files.createDirectory(src.resolve("folder.txt"));
  }

  private static RunSink into(List<Finding> findings) {
    return new RunSink() {
      @Override
      public void finding(Finding finding) {
        findings.add(finding);
      }
    };
  }
}
