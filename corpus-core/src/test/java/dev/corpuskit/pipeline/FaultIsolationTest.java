package dev.corpuskit.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.parse.Parser;
import dev.corpuskit.parse.Parsers;
import dev.corpuskit.pipeline.state.CleanedDocument;
import dev.corpuskit.pipeline.state.DocumentState;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing parser, rule and cleaning step, each on one file of a corpus: the failure becomes that
 * file's {@code internal-error} finding, and every other file's findings and cleaned output are those
 * of a run without the failure.
 */
class FaultIsolationTest {

  private static final String PROSE = "The river rose quickly after three days of heavy rain in the hills.  \n"
      + "Farmers moved their cattle to higher ground before the bridge closed.\n";

  @TempDir Path tmp;
  Path src;
  List<SourceFile> files;

  @BeforeEach
  void corpus() throws IOException {
    src = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(src.resolve("a.txt"), "Alpha. " + PROSE, UTF_8);
    Files.writeString(src.resolve("b.txt"), "Beta. " + PROSE, UTF_8);
    Files.writeString(src.resolve("c.txt"), "Gamma. " + PROSE, UTF_8);
    Files.writeString(src.resolve("d.html"), "<p>Delta. " + PROSE + "</p>", UTF_8);
    Files.writeString(src.resolve("e.html"), "<html><body><nav>Home</nav><p>Epsilon. " + PROSE + "</p></body></html>",
        UTF_8);
    files = List.of(new SourceFile(src, "a.txt"), new SourceFile(src, "b.txt"), new SourceFile(src, "c.txt"),
        new SourceFile(src, "d.html"), new SourceFile(src, "e.html"));
  }

  /** Fails on d.html. */
  static final class FailingParser implements Parser {
    @Override
    public ParsedDocument parse(SourceFile source, byte[] bytes, Charset charset) {
      throw new IllegalStateException("injected parser failure\non two lines");
    }
  }

  /** Fails on b.txt. */
  static final class FailingRule implements DocumentRule {
    @Override
    public String id() {
      return "test-failing-rule";
    }

    @Override
    public void check(ParsedDocument document, Reporter reporter) {
      if (document.source().relativePath().equals("b.txt")) {
        Object nothing = null;
        nothing.hashCode();
      }
    }
  }

  /** Fails on the text of c.txt, as a step that recurses without end would. */
  static final class FailingStep implements CleaningStep {
    @Override
    public String id() {
      return "test-failing-step";
    }

    @Override
    public List<Line> apply(List<Line> lines, Audit audit) {
      if (lines.get(0).text().startsWith("Gamma.")) {
        throw new StackOverflowError();
      }
      return lines;
    }
  }

  private Map<String, DocumentState> run(Validator validator, java.util.function.Supplier<Cleaner> cleaners,
      Path output) throws IOException {
    DocumentProcessor processor = new DocumentProcessor(validator, cleaners, RepeatedLines.none(), UTF_8,
        Files.createDirectories(output), AuditDetail.FULL);
    Map<String, DocumentState> states = new LinkedHashMap<>();
    for (SourceFile file : files) {
      states.put(file.relativePath(), processor.process(file, null, 0));
    }
    return states;
  }

  private Map<String, DocumentState> injected(Path output) throws IOException {
    Validator validator = dev.corpuskit.validate.FaultInjection.validator(ValidationConfig.defaults(),
        source -> source.relativePath().equals("d.html") ? Optional.of(new FailingParser()) : Parsers.forFile(source),
        List.of(new FailingRule()));
    return run(validator,
        () -> dev.corpuskit.clean.FaultInjection.cleaner(CleanerConfig.defaults(), List.of(new FailingStep())), output);
  }

  @Test
  void aFailingParserRuleAndStepCostOnlyTheirFileEachAsAnInternalError() throws IOException {
    Map<String, DocumentState> plain = run(new Validator(ValidationConfig.defaults()),
        () -> new Cleaner(CleanerConfig.defaults()), tmp.resolve("plain"));
    Map<String, DocumentState> injected = injected(tmp.resolve("injected"));

    for (String untouched : List.of("a.txt", "e.html")) {
      assertThat(injected.get(untouched).findings()).isEqualTo(plain.get(untouched).findings());
      CleanedDocument expected = plain.get(untouched).cleaned();
      CleanedDocument actual = injected.get(untouched).cleaned();
      assertThat(actual).isNotNull();
      assertThat(actual.path()).isEqualTo(expected.path());
      assertThat(actual.sha256()).isEqualTo(expected.sha256());
      assertThat(actual.changes()).isEqualTo(expected.changes());
      assertThat(Files.readAllBytes(tmp.resolve("injected").resolve(actual.path())))
          .isEqualTo(Files.readAllBytes(tmp.resolve("plain").resolve(expected.path())));
    }

    Finding parse = internalError(injected.get("d.html"));
    assertThat(parse.file()).isEqualTo("d.html");
    assertThat(parse.severity()).isEqualTo(Severity.ERROR);
    assertThat(parse.message()).isEqualTo("internal error in parse: java.lang.IllegalStateException: injected parser"
        + " failure\\u000Aon two lines; this is a Corpuskit bug: please report it with the file");
    assertThat(parse.detail()).contains("FailingParser.parse");
    assertThat(injected.get("d.html").parsed()).isFalse();
    assertThat(injected.get("d.html").cleaned()).isNull();

    Finding rule = internalError(injected.get("b.txt"));
    assertThat(rule.message()).startsWith("internal error in rule test-failing-rule: java.lang.NullPointerException");
    assertThat(rule.detail()).contains("FailingRule.check");
    // The rules that ran before it found what they find without it.
    assertThat(injected.get("b.txt").findings()).containsAll(plain.get("b.txt").findings());
    assertThat(injected.get("b.txt").cleaned()).isNull();

    Finding step = internalError(injected.get("c.txt"));
    assertThat(step.message()).isEqualTo("internal error in step test-failing-step: java.lang.StackOverflowError;"
        + " this is a Corpuskit bug: please report it with the file");
    assertThat(step.detail()).contains("FailingStep.apply");
    assertThat(injected.get("c.txt").cleaned()).isNull();
    assertThat(tmp.resolve("injected/c.txt.txt")).doesNotExist();
  }

  @Test
  void aStateWithAnInternalErrorIsNotReusedTheFailureIsMetAgain() throws IOException {
    Map<String, DocumentState> first = injected(tmp.resolve("out"));
    Validator fixed = new Validator(ValidationConfig.defaults());
    DocumentProcessor processor = new DocumentProcessor(fixed, () -> new Cleaner(CleanerConfig.defaults()),
        RepeatedLines.none(), UTF_8, tmp.resolve("out"), AuditDetail.FULL);
    long later = System.currentTimeMillis() + 60_000;

    DocumentState again = processor.process(files.get(3), first.get("d.html"), later);

    assertThat(again.findings()).extracting(Finding::ruleId).doesNotContain("internal-error");
    assertThat(again.cleaned()).isNotNull();
    assertThat(processor.reused()).isZero();
  }

  @Test
  void anOutOfMemoryErrorIsNotSwallowed() {
    Validator validator = dev.corpuskit.validate.FaultInjection.validator(ValidationConfig.defaults(),
        source -> Optional.of((s, bytes, charset) -> {
          throw new OutOfMemoryError("injected");
        }), List.of());

    assertThatThrownBy(() -> validator.validate(files.get(0))).isInstanceOf(OutOfMemoryError.class);
  }

  private static Finding internalError(DocumentState state) {
    List<Finding> found = state.findings().stream().filter(f -> f.ruleId().equals("internal-error")).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
