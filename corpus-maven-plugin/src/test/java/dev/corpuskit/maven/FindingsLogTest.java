package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.report.ValidationTotals;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsLogTest {

  @TempDir Path basedir;

  final RecordingLog log = new RecordingLog();

  static final Finding ENCODING = new Finding("encoding", Severity.ERROR, "sub/bad.txt", 3, 8, 129,
      "invalid UTF-8 byte sequence [C3] at byte 129");
  static final Finding EMPTY = new Finding("empty", Severity.ERROR, "empty.txt", 0, 0, -1, "empty file");
  static final Finding FEW_WORDS = new Finding("min-words", Severity.WARNING, "short.txt", 0, 0, -1,
      "only 3 words");
  static final Finding NOTE = new Finding("markup", Severity.INFO, "page.txt", 2, 1, -1, "a tag");

  /** Logs each finding of {@code report} and its summary line, as a validation run does. */
  static void logAll(FindingsLog findings, ValidationReport report, long millis, Path reportFile) {
    report.findings().forEach(findings::log);
    findings.summary(ValidationTotals.of(report), millis, reportFile);
  }

  FindingsLog findings(boolean failOnError, boolean failOnWarning) {
    return new FindingsLog(log, basedir, basedir.resolve("src/main/corpus"), failOnError, failOnWarning, -1);
  }

  @Test
  void logsEachFindingAtItsLevelWithAProjectRelativePathLineAndColumn() {
    ValidationReport report = new ValidationReport(5, 1234, List.of(ENCODING, EMPTY, FEW_WORDS, NOTE));

    logAll(findings(true, false), report, 42, basedir.resolve("target/corpus-reports/validation.json"));

    assertThat(log.lines).containsExactly(
        "error src/main/corpus/sub/bad.txt:3:8: invalid UTF-8 byte sequence [C3] at byte 129 [encoding]",
        "error src/main/corpus/empty.txt:1:1: empty file [empty]",
        "warn src/main/corpus/short.txt:1:1: only 3 words [min-words]",
        "info src/main/corpus/page.txt:2:1: a tag [markup]",
        "info Corpus src/main/corpus: 5 documents, 1234 bytes, 2 errors, 1 warnings, 1 infos in 42 ms");
  }

  /**
   * A file named {@code "x\n[INFO] BUILD SUCCESS"} must not put a line of its own into the build log,
   * nor may a corpus directory so named, in the summary and the failure.
   */
  @Test
  void aNameWithALineBreakCannotForgeALogLine() {
    Path corpus = basedir.resolve("corpus\r\n[INFO] BUILD SUCCESS");
    FindingsLog findings = new FindingsLog(log, basedir, corpus, true, false, -1);
    Finding forged = new Finding("unsafe-name", Severity.ERROR, "x\n[INFO] BUILD SUCCESS\n.txt", 0, 0, -1,
        "the path holds the character U+000A at position 2, which manifests and logs cannot carry; rename the file");
    Finding quoted = new Finding("control-chars", Severity.WARNING, "a.txt", 1, 4, -1, "\u001b[2K\u202e found");
    ValidationReport report = new ValidationReport(2, 10, List.of(forged, quoted));

    logAll(findings, report, 1, corpus.resolve("v\u2028.json"));
    assertThatThrownBy(() -> findings.failIfNeeded(ValidationTotals.of(report), corpus.resolve("v\u2028.json")))
        .isInstanceOf(MojoFailureException.class)
        .satisfies(e -> log.lines.add("failure " + e.getMessage()));

    assertThat(log.lines).containsExactly(
        "error corpus\\r\\n[INFO] BUILD SUCCESS/x\\n[INFO] BUILD SUCCESS\\n.txt:1:1: the path holds the character"
            + " U+000A at position 2, which manifests and logs cannot carry; rename the file [unsafe-name]",
        "warn corpus\\r\\n[INFO] BUILD SUCCESS/a.txt:1:4: \\u001b[2K\\u202e found [control-chars]",
        "info Corpus corpus\\r\\n[INFO] BUILD SUCCESS: 2 documents, 10 bytes, 1 errors, 1 warnings, 0 infos in 1 ms",
        "failure Corpus validation failed: 1 errors and 1 warnings in 2 documents of corpus\\r\\n[INFO] BUILD SUCCESS."
            + " Fix the files named above (report: corpus\\r\\n[INFO] BUILD SUCCESS/v\\u2028.json), change the rules'"
            + " severities, or set corpus.failOnError=false.");
    assertThat(log.lines).noneMatch(line -> line.contains("\n") || line.contains("\r") || line.contains("\u2028"));
  }

  @Test
  void logsAtMostTheGivenNumberOfFindingsOfEachSeverityAndSaysHowManyAreLeft() {
    List<Finding> many = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      many.add(new Finding("min-words", Severity.WARNING, "w" + i + ".txt", 0, 0, -1, "only 3 words"));
      many.add(new Finding("markup", Severity.INFO, "i" + i + ".txt", 2, 1, -1, "a tag"));
    }
    many.add(EMPTY);
    FindingsLog capped = new FindingsLog(log, basedir, basedir.resolve("src/main/corpus"), true, false, 2);

    logAll(capped, new ValidationReport(11, 99, many), 7, basedir.resolve("target/corpus-reports/validation.json"));

    assertThat(log.lines).containsExactly(
        "warn src/main/corpus/w1.txt:1:1: only 3 words [min-words]",
        "info src/main/corpus/i1.txt:2:1: a tag [markup]",
        "warn src/main/corpus/w2.txt:1:1: only 3 words [min-words]",
        "info src/main/corpus/i2.txt:2:1: a tag [markup]",
        "error src/main/corpus/empty.txt:1:1: empty file [empty]",
        "info Corpus src/main/corpus: 11 documents, 99 bytes, 1 errors, 5 warnings, 5 infos in 7 ms",
        "warn Logged the first 2 findings of each severity; not logged: 3 warnings, 3 infos. Every finding is in"
            + " target/corpus-reports/validation.json; corpus.maxLoggedFindings=-1 logs them all");
  }

  @Test
  void findingsLeftUnloggedThatAreAllInfosAreMentionedAtInfoLevel() {
    FindingsLog capped = new FindingsLog(log, basedir, basedir.resolve("src/main/corpus"), true, false, 0);

    logAll(capped, new ValidationReport(1, 1, List.of(NOTE)), 1, basedir.resolve("v.json"));

    assertThat(log.lines).hasSize(2).last().asString()
        .startsWith("info Logged the first 0 findings of each severity; not logged: 1 info. Every finding is in v.json");
  }

  @Test
  void aSourceDirectoryOutsideTheProjectIsShownAbsolute(@TempDir Path elsewhere) {
    FindingsLog outside = new FindingsLog(log, basedir, elsewhere, true, false, -1);

    logAll(outside, new ValidationReport(1, 1, List.of(EMPTY)), 1, basedir.resolve("v.json"));

    assertThat(log.lines.get(0)).isEqualTo("error "
        + elsewhere.toAbsolutePath().normalize().resolve("empty.txt").toString().replace('\\', '/')
        + ":1:1: empty file [empty]");
  }

  @Test
  void failsOnErrorsNamingCountsDirectoryAndReport() {
    ValidationReport report = new ValidationReport(4, 10, List.of(ENCODING, FEW_WORDS));

    assertThatThrownBy(() -> findings(true, false).failIfNeeded(ValidationTotals.of(report),
            basedir.resolve("target/corpus-reports/validation.json")))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Corpus validation failed: 1 errors and 1 warnings in 4 documents of src/main/corpus.")
        .hasMessageContaining("(report: target/corpus-reports/validation.json)")
        .hasMessageContaining("corpus.failOnError=false");
  }

  @Test
  void warningsFailOnlyWhenAskedTo() throws MojoFailureException {
    ValidationReport report = new ValidationReport(1, 10, List.of(FEW_WORDS));
    Path json = basedir.resolve("validation.json");

    findings(true, false).failIfNeeded(ValidationTotals.of(report), json);
    assertThat(log.lines).isEmpty();
    assertThatThrownBy(() -> findings(true, true).failIfNeeded(ValidationTotals.of(report), json))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("0 errors and 1 warnings")
        .hasMessageContaining("corpus.failOnWarning=false");
  }

  @Test
  void ignoredErrorsAreStillMentioned() {
    ValidationReport report = new ValidationReport(2, 10, List.of(ENCODING, EMPTY));

    assertThatCode(() -> findings(false, false).failIfNeeded(ValidationTotals.of(report), basedir.resolve("v.json")))
        .doesNotThrowAnyException();
    assertThat(log.lines).containsExactly("warn 2 corpus errors ignored because corpus.failOnError=false");
  }

  /** Keeps what is logged as "level message". */
  static final class RecordingLog implements Log {
    final List<String> lines = new ArrayList<>();

    private void add(String level, CharSequence content) {
      lines.add(level + " " + content);
    }

    @Override public boolean isDebugEnabled() { return false; }
    @Override public void debug(CharSequence content) { add("debug", content); }
    @Override public void debug(CharSequence content, Throwable error) { add("debug", content); }
    @Override public void debug(Throwable error) { add("debug", error.toString()); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { add("info", content); }
    @Override public void info(CharSequence content, Throwable error) { add("info", content); }
    @Override public void info(Throwable error) { add("info", error.toString()); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { add("warn", content); }
    @Override public void warn(CharSequence content, Throwable error) { add("warn", content); }
    @Override public void warn(Throwable error) { add("warn", error.toString()); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { add("error", content); }
    @Override public void error(CharSequence content, Throwable error) { add("error", content); }
    @Override public void error(Throwable error) { add("error", error.toString()); }
  }
}
