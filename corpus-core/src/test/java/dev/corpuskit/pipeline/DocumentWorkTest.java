package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.pipeline.state.DocumentCache;
import dev.corpuskit.pipeline.state.DocumentState;
import dev.corpuskit.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-document work of a run, for engines that place documents themselves. */
class DocumentWorkTest {

  @TempDir
  Path temp;

  @Test
  void aDocumentCleansAsTheRunCleansItAndItsStateSurvivesEncoding() throws IOException {
    Path source = temp.resolve("src");
    Files.createDirectories(source);
    String text = "A first paragraph with enough words to be a document of its own, as the rules want it.\n\n"
        + "A second paragraph, also long enough to count, that the cleaning keeps as it is.\n";
    Files.writeString(source.resolve("a.txt"), text + "   \n\n\n", StandardCharsets.UTF_8);
    CorpusConfig config = CorpusConfig.defaults(source);
    Path out = temp.resolve("out");
    CorpusRun.clean(config, RunOptions.defaults(), out, new RunSink() { });

    try (DocumentWork work = DocumentWork.cleaning(config, RepeatedLines.none())) {
      List<SourceFile> documents = work.documents(source);
      assertThat(documents).extracting(SourceFile::relativePath).containsExactly("a.txt");
      DocumentWork.Result result = work.process(documents.get(0));
      assertThat(result.cleaned()).isEqualTo(Files.readAllBytes(out.resolve("a.txt")));
      DocumentState decoded = DocumentCache.decode("a.txt", DocumentCache.encode(result.state()));
      assertThat(decoded.findings()).isEqualTo(result.state().findings());
      assertThat(decoded.cleaned().sha256()).isEqualTo(result.state().cleaned().sha256());
      assertThat(work.kept(decoded, List.of())).isTrue();
    }
  }

  @Test
  void aValidatedStateCleansAsTheRunCleansItWithoutValidatingAgain() throws IOException {
    Path source = temp.resolve("src");
    Files.createDirectories(source);
    String text = "A first paragraph with enough words to be a document of its own, as the rules want it.\n\n"
        + "A second paragraph, also long enough to count, that the cleaning keeps as it is.\n";
    Files.writeString(source.resolve("a.txt"), text + "   \n\n\n", StandardCharsets.UTF_8);
    CorpusConfig config = CorpusConfig.defaults(source);
    Path out = temp.resolve("out");
    CorpusRun.clean(config, RunOptions.defaults(), out, new RunSink() { });

    DocumentState validated;
    SourceFile file;
    try (DocumentWork work = DocumentWork.validating(config)) {
      file = work.documents(source).get(0);
      DocumentWork.Result result = work.process(file);
      assertThat(result.cleaned()).isNull();
      validated = DocumentCache.decode("a.txt", DocumentCache.encode(result.state()));
    }
    try (DocumentWork work = DocumentWork.cleaning(config, RepeatedLines.none())) {
      DocumentWork.Result cleaned = work.clean(file, validated);
      DocumentWork.Result again = work.process(file);
      assertThat(cleaned.cleaned()).isEqualTo(Files.readAllBytes(out.resolve("a.txt"))).isEqualTo(again.cleaned());
      assertThat(cleaned.state().findings()).isEqualTo(again.state().findings());
      assertThat(cleaned.state().cleaned().sha256()).isEqualTo(again.state().cleaned().sha256());
      assertThat(cleaned.state().fingerprint()).isEqualTo(again.state().fingerprint());
    }
  }

  @Test
  void aDuplicateFindingNamesTheFirstCopy() throws IOException {
    try (DocumentWork work = DocumentWork.validating(CorpusConfig.defaults(temp))) {
      DocumentState state = new DocumentState("b.txt", 1, 0, null, new byte[32], List.of(), new byte[32], true, null,
          null);
      assertThat(work.corpusFindings(state, null, null)).isEmpty();
      assertThat(work.corpusFindings(state, "a.txt", new byte[32])).singleElement()
          .satisfies(finding -> assertThat(finding.message()).contains("a.txt"));
    }
  }
}
