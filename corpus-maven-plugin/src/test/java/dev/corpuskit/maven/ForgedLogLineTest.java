package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corpuskit.maven.FindingsLogTest.RecordingLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.exception.DefaultExceptionHandler;
import org.apache.maven.exception.ExceptionSummary;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named {@code "x\n[INFO] BUILD SUCCESS\n.txt"} cannot write a line of its own into the build
 * log: not through a finding, a progress or summary line, nor through the failure Maven prints, with
 * its causes and their stack traces as {@code -e} shows them.
 */
class ForgedLogLineTest {

  static final String FORGED = "x\n[INFO] BUILD SUCCESS\n";

  @TempDir Path basedir;

  final RecordingLog log = new RecordingLog();

  CleanMojo mojo() throws IOException {
    Path corpus = Files.createDirectories(basedir.resolve("src/main/corpus"));
    Files.writeString(corpus.resolve("good.txt"), "A plain document with enough words to pass. ".repeat(12),
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve(FORGED + ".txt"), "Another document with enough words. ".repeat(12),
        StandardCharsets.UTF_8);
    CleanMojo mojo = new CleanMojo();
    mojo.setLog(log);
    mojo.basedir = basedir.toFile();
    mojo.sourceDirectory = corpus.toFile();
    mojo.reportsDirectory = basedir.resolve("target/corpus-reports").toFile();
    mojo.cacheDirectory = basedir.resolve("target/corpus-cache").toFile();
    mojo.outputDirectory = basedir.resolve("target/corpus").toFile();
    mojo.failOnError = true;
    mojo.maxLoggedFindings = 100;
    mojo.threads = 2;
    mojo.useCache = true;
    return mojo;
  }

  @Test
  void aFindingOnAForgedNameAndTheFailureAreOneLineEach() throws IOException {
    Throwable failure = catchThrowable(() -> mojo().execute());

    assertThat(failure).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines).anySatisfy(line -> assertThat(line)
        .startsWith("error src/main/corpus/x\\n[INFO] BUILD SUCCESS\\n.txt:1:1: the path holds the character U+000A"));
    assertOneLineEach(log.lines);
    assertOneLineEach(printed(failure));
  }

  @Test
  void aFailureOfTheCoreNamingAForgedFileIsOneLineWithItsCauses() throws IOException {
    CleanMojo mojo = mojo();
    // Two sources that clean to the same file: the core refuses the run, naming both (bad input: a failure).
    Files.writeString(mojo.sourceDirectory.toPath().resolve(FORGED + ".html"), "<p>Also here.</p>");

    Throwable failure = catchThrowable(mojo::execute);

    assertThat(failure).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("x\\n[INFO] BUILD SUCCESS\\n.html");
    assertOneLineEach(printed(failure));
  }

  @Test
  void anIoFailureWhoseMessageHoldsAForgedPathIsEscapedWithItsStackTraceKept() throws IOException {
    CleanMojo mojo = mojo();
    // The output directory is a file: the JDK's exception names the path, raw.
    Path output = Files.writeString(Files.createDirectories(basedir.resolve("target")).resolve(FORGED), "in the way");
    mojo.outputDirectory = output.toFile();

    Throwable failure = catchThrowable(mojo::execute);

    assertThat(failure).isInstanceOf(MojoExecutionException.class);
    assertThat(failure.getCause()).as("the cause's stack trace is kept").isNotNull();
    assertThat(failure.getCause().getStackTrace()).isNotEmpty();
    assertThat(failure.getCause().toString()).contains("FileAlreadyExistsException", "x\\n[INFO]");
    assertOneLineEach(printed(failure));
  }

  /** What Maven prints of a failure: its summary line, then with -e the stack trace with every cause. */
  static List<String> printed(Throwable failure) {
    List<String> lines = new ArrayList<>();
    ExceptionSummary summary = new DefaultExceptionHandler().handleException(failure);
    lines.add("[ERROR] " + summary.getMessage());
    for (ExceptionSummary child : summary.getChildren()) {
      lines.add("[ERROR] " + child.getMessage());
    }
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    trace.toString().lines().forEach(lines::add);
    return lines;
  }

  private static void assertOneLineEach(List<String> lines) {
    assertThat(lines).isNotEmpty().allSatisfy(line -> {
      assertThat(line).doesNotContain("\n", "\r").doesNotStartWith("[INFO]");
    });
    assertThat(String.join("\n", lines)).doesNotContain("\n[INFO] BUILD SUCCESS");
  }
}
