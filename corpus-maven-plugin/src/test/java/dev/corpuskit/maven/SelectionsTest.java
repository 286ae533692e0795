package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusRun;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.pipeline.TooFewDocumentsException;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals say how many files the selection took, and when too few, which POM elements to change. */
class SelectionsTest {

  @TempDir Path basedir;

  @Test
  void theSelectedLineSaysWhatTheGlobsLeftOutOnlyWhenTheyDid() {
    Path corpus = basedir.resolve("src/main/corpus");
    assertThat(Selections.selected(5, 2, corpus, basedir))
        .isEqualTo("Selected 5 of 7 files in src/main/corpus (2 left out by <includes>/<excludes>)");
    assertThat(Selections.selected(7, 0, corpus, basedir)).isEqualTo("Selected 7 of 7 files in src/main/corpus");
    Path elsewhere = Path.of("/data/corpus");
    assertThat(Selections.selected(1, 0, elsewhere, basedir)).isEqualTo("Selected 1 of 1 files in /data/corpus");
  }

  @Test
  void aTypoInTheIncludesNamesTheGlobsAndMinDocuments() throws IOException {
    Path corpus = Files.createDirectories(basedir.resolve("src/main/corpus"));
    Files.writeString(corpus.resolve("a.txt"), "text");
    Files.writeString(corpus.resolve("b.txt"), "text");
    TooFewDocumentsException e = tooFew(new CorpusConfig(corpus, List.of("**/*.text"), List.of(),
        ValidationConfig.defaults(), CleanerConfig.defaults()).withMinDocuments(1));
    assertThat(Selections.tooFew("clean", e, basedir)).hasMessage("corpus:clean selected 0 of the 2 files in"
        + " src/main/corpus: <includes> **/*.text and <excludes> (none) left out 2, but at least 1"
        + " (<minDocuments>) is required. Check the globs for a typo (for example **/*.txt), or set"
        + " <minDocuments>0</minDocuments> (-Dcorpus.minDocuments=0) to allow an empty corpus.").hasCause(e);
  }

  @Test
  void anEmptyFolderSaysWhereTheDocumentsWereLookedFor() throws IOException {
    Path corpus = Files.createDirectories(basedir.resolve("src/main/corpus"));
    TooFewDocumentsException e = tooFew(CorpusConfig.defaults(corpus).withMinDocuments(3));
    assertThat(Selections.tooFew("validate", e, basedir)).hasMessage("corpus:validate found no file in"
        + " src/main/corpus (hidden files are never taken), but at least 3 (<minDocuments>) are required. Put the"
        + " documents there, point <sourceDirectory> (-Dcorpus.sourceDirectory) at them, or set"
        + " <minDocuments>0</minDocuments> (-Dcorpus.minDocuments=0) to allow fewer.");
  }

  private static TooFewDocumentsException tooFew(CorpusConfig config) {
    Throwable thrown = catchThrowable(
        () -> CorpusRun.validate(config, RunOptions.defaults(), new RunSink() {}));
    assertThat(thrown).isInstanceOf(TooFewDocumentsException.class);
    return (TooFewDocumentsException) thrown;
  }
}
