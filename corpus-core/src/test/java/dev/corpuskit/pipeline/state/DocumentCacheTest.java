package dev.corpuskit.pipeline.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.lang.DetectedLanguage;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.Signal;
import dev.corpuskit.validate.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's reader frames each state; the worker decodes it, and bytes that do not decode count as no state. */
class DocumentCacheTest {

  @TempDir Path tmp;

  private static final CleanedDocument CLEANED = new CleanedDocument("a.txt", 3, 1, new byte[32], 5,
      List.of(new Change("spaces", 1, "a  b", "a b")), 0, new long[0]);

  private static DocumentState state(String path) {
    return new DocumentState(path, 10, 20, "(dev=1,ino=2)", new byte[32],
        List.of(new Finding("line-endings", Severity.WARNING, path, 1, 2, 3, "CRLF")), new byte[8], true,
        new long[] {7, 8}, CLEANED);
  }

  @Test
  void statesComeBackAsWrittenAndTheirCleanedFormOnlyUnderTheSameCleaningKey() throws IOException {
    Path file = tmp.resolve("cache.bin");
    try (DocumentCache.Writer writer = new DocumentCache.Writer(file, 1, "v", "c")) {
      writer.write(state("a.txt"));
      writer.write(state("b.txt"));
      writer.finish();
    }
    try (DocumentCache.Reader reader = DocumentCache.Reader.open(file, "v", "c")) {
      assertThat(reader.find("0.txt")).isNull();
      DocumentState b = DocumentCache.decoded(reader.find("b.txt").state());
      assertThat(b.relativePath()).isEqualTo("b.txt");
      assertThat(b.findings()).isEqualTo(state("b.txt").findings());
      assertThat(b.lineKeys()).containsExactly(7, 8);
      assertThat(b.cleaned().changes()).isEqualTo(CLEANED.changes());
      assertThat(reader.find("c.txt")).as("after the last state").isNull();
    }
    try (DocumentCache.Reader reader = DocumentCache.Reader.open(file, "v", "other")) {
      assertThat(reader.find("a.txt").state().cleaned()).isNull();
    }
    try (DocumentCache.Reader reader = DocumentCache.Reader.open(file, "other", "c")) {
      assertThat(reader.find("a.txt")).isNull();
    }
  }

  @Test
  void aFindingsMeasureAndTheSignalsComeBackAsWritten() throws IOException {
    Path file = tmp.resolve("cache.bin");
    Finding measured = new Finding("min-words", Severity.WARNING, "a.txt", 0, 0, -1, "only 3 words", null,
        new Measure("words", 3, 50));
    List<Signal> signals = List.of(new Signal("min-words", "words", 3), new Signal("x-rule", "share", 0.125),
        new Signal("x-rule", "nothing", Double.NaN));
    try (DocumentCache.Writer writer = new DocumentCache.Writer(file, 1, "v", "c")) {
      writer.write(new DocumentState("a.txt", 10, 20, null, new byte[32], List.of(measured), null, true,
          new long[0], null, null, signals, new DetectedLanguage("de", 0.875)));
      writer.finish();
    }
    try (DocumentCache.Reader reader = DocumentCache.Reader.open(file, "v", "c")) {
      DocumentState a = reader.find("a.txt").state();
      assertThat(a.findings()).containsExactly(measured);
      assertThat(a.signals()).isEqualTo(signals);
      assertThat(a.language()).isEqualTo(new DetectedLanguage("de", 0.875));
    }
  }

  @Test
  void bytesThatDoNotDecodeToExactlyOneStateCountAsNone() throws IOException {
    Path file = tmp.resolve("cache.bin");
    try (DocumentCache.Writer writer = new DocumentCache.Writer(file, 1, "v", "c")) {
      writer.write(state("a.txt"));
      writer.finish();
    }
    DocumentCache.Entry entry;
    try (DocumentCache.Reader reader = DocumentCache.Reader.open(file, "v", "c")) {
      entry = reader.find("a.txt");
    }
    assertThat(entry.state()).isNotNull();
    byte[] bytes = entry.bytes();
    assertThat(new DocumentCache.Entry("a.txt", Arrays.copyOf(bytes, bytes.length + 1), true).state()).isNull();
    assertThat(new DocumentCache.Entry("a.txt", Arrays.copyOf(bytes, bytes.length - 1), true).state()).isNull();
    assertThat(new DocumentCache.Entry("a.txt", new byte[0], true).state()).isNull();
  }

  @Test
  void aCleanedFormThatDoesNotDecodeCountsAsNone() throws IOException {
    DocumentState state = state("a.txt").withCleaned(CleanedDocument.encoded(new byte[] {0, 7, 'a'}));
    assertThat(DocumentCache.decoded(state).cleaned()).isNull();

    DocumentState decoded = DocumentCache.decoded(state.withCleaned(CleanedDocument.encoded(CLEANED.encode())));
    assertThat(decoded.cleaned().isDecoded()).isTrue();
    assertThat(decoded.cleaned().changes()).isEqualTo(CLEANED.changes());
    assertThat(decoded.cleaned().encode()).isEqualTo(CLEANED.encode());
  }
}
