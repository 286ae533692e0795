package dev.corpuskit.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}) run headless as a process, to see a page as a browser
 * renders it: {@link #dumpDom} gives the DOM after parsing and layout, {@link #screenshot} a PNG. Each
 * call starts a fresh browser with an empty profile under {@code target/}, with the background
 * networking switched off (the build machine's closed network would refuse its connections), and is
 * bounded by a timeout that kills it: a guard against a hung browser, not a speed assertion.
 *
 * <p>Where Chromium is missing, {@link #require} skips the test with a message, but fails it when the
 * environment variable {@code CI} is set: {@code .ci/run} installs Chromium, so a missing one there is a
 * broken set-up, not a reason to pass without looking.
 */
public final class HeadlessChromium {

  /** Where Debian's {@code chromium} package puts the browser. */
  public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  /** How long one browser run may take before it is taken for hung (a local page takes seconds). */
  static final long TIMEOUT_SECONDS = 120;

  private final Path executable;
  private final Path workDirectory;
  private final long timeoutSeconds;

  HeadlessChromium(Path executable, Path workDirectory, long timeoutSeconds) {
    this.executable = executable;
    this.workDirectory = workDirectory;
    this.timeoutSeconds = timeoutSeconds;
  }

  /**
   * The browser, with its profiles and logs under {@code workDirectory} (inside {@code target/}); skips
   * the calling test where Chromium is missing, or fails it when {@code CI} is set.
   */
  public static HeadlessChromium require(Path workDirectory) {
    return require(EXECUTABLE, System.getenv("CI"), workDirectory);
  }

  /** {@link #require(Path)} for the browser at {@code executable}, with {@code ci} the value of {@code CI}. */
  static HeadlessChromium require(Path executable, String ci, Path workDirectory) {
    boolean present = Files.isExecutable(executable);
    if (!present && ci != null && !ci.isEmpty()) {
      fail("No Chromium at " + executable + ", and CI=" + ci + " is set: the browser test must run in CI."
          + " .ci/run installs Debian's chromium package; install it with: apt-get install -y chromium");
    }
    assumeTrue(present, () -> "Skipped: no Chromium at " + executable
        + " (install Debian's chromium package: apt-get install -y chromium). In CI (CI set) this fails.");
    return new HeadlessChromium(executable, workDirectory, TIMEOUT_SECONDS);
  }

  /** The DOM of {@code page} once Chromium has loaded it, serialised as HTML. */
  public String dumpDom(Path page) throws IOException {
    return run("dump-dom", List.of("--dump-dom", page.toUri().toString()));
  }

  /** Saves a PNG of {@code page} as Chromium renders it in a 1280 by 2000 pixel window. */
  public void screenshot(Path page, Path png) throws IOException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    run("screenshot", List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000",
        "--hide-scrollbars", page.toUri().toString()));
    if (!Files.isRegularFile(png)) {
      fail("Chromium exited without writing the screenshot " + png);
    }
  }

  /**
   * Runs the browser once with {@code arguments}, a fresh profile and its output in files (a pipe
   * left unread could stall it); returns what it printed on standard output.
   */
  String run(String what, List<String> arguments) throws IOException {
    Files.createDirectories(workDirectory);
    Path run = Files.createTempDirectory(workDirectory, what + "-");
    Path out = run.resolve("stdout.txt");
    Path err = run.resolve("stderr.txt");
    List<String> command = new ArrayList<>(List.of(executable.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + run.resolve("profile").toAbsolutePath()));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        kill(process);
        fail("Chromium (" + what + ") did not finish within " + timeoutSeconds + " s and was killed: taken"
            + " for hung, as a local page loads in seconds. Command: " + String.join(" ", command)
            + "\nIts log (" + err + "):\n" + tail(err));
      }
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while Chromium ran", e);
    }
    if (process.exitValue() != 0) {
      fail("Chromium (" + what + ") exited with " + process.exitValue() + ". Command: "
          + String.join(" ", command) + "\nIts log (" + err + "):\n" + tail(err));
    }
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    deleteTree(run.resolve("profile"));
    return printed;
  }

  /**
   * Kills the browser and every process it started: the parent first, lest it go on when a child
   * dies, the children taken before, while they are still known as its own.
   */
  private static void kill(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File("/dev/null");
  }

  /** The last lines of a log, for a failure message. */
  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  /** Deletes {@code root} and all below it, if it exists (the browser profile, a test's build folder). */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
