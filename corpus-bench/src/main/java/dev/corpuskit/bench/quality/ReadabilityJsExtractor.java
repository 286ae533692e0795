package dev.corpuskit.bench.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Mozilla Readability.js (the extractor of Firefox's reader view) as a live peer: the shared script
 * {@code readability-js.mjs} runs once per set under Node, over the pages written to a scratch folder,
 * and its output folder is read back. The script writes {@code <id>.txt} holding
 * {@code parse().textContent}, an empty file where {@code parse()} returns null, and no file where it
 * throws or its worker process dies; so a missing file is a failed page and an empty one an empty page.
 *
 * <p>It needs {@code node} on the PATH, the script, and the npm packages {@code @mozilla/readability},
 * {@code jsdom} and {@code html-encoding-sniffer} installed under the peers folder (pinned in
 * {@code corpus-bench/peers}: {@code npm ci --prefix corpus-bench/peers}). Without any of them it is
 * {@link #unavailable()} and the harness lists it as skipped.
 */
public final class ReadabilityJsExtractor implements Extractor {

  /** The npm packages the script loads from the peers folder. */
  static final List<String> PACKAGES = List.of("@mozilla/readability", "jsdom", "html-encoding-sniffer");

  private final String node;
  private final Path script;
  private final Path peers;
  private final long timeoutSecondsPerPage;

  /**
   * @param node the Node executable (a name on the PATH or a path)
   * @param script {@code readability-js.mjs}
   * @param peers the folder whose {@code node_modules} holds the packages (the script's PEERS_DIR)
   * @param timeoutSecondsPerPage the run's time limit per page (the whole run gets at least a minute);
   *     pages without output when it is killed count as failed
   */
  public ReadabilityJsExtractor(String node, Path script, Path peers, long timeoutSecondsPerPage) {
    this.node = node;
    this.script = script;
    this.peers = peers;
    this.timeoutSecondsPerPage = timeoutSecondsPerPage;
  }

  @Override
  public String name() {
    return "readability-js";
  }

  @Override
  public boolean repeatable() {
    return false;
  }

  @Override
  public Optional<String> unavailable() {
    if (!Files.isRegularFile(script)) {
      return Optional.of("script not found at " + script.toAbsolutePath());
    }
    for (String pkg : PACKAGES) {
      if (!Files.isRegularFile(peers.resolve("node_modules").resolve(pkg).resolve("package.json"))) {
        return Optional.of("npm package " + pkg + " not found under " + peers.toAbsolutePath()
            + "/node_modules (npm ci --prefix corpus-bench/peers)");
      }
    }
    try {
      Process version = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
      version.getInputStream().readAllBytes();
      if (!version.waitFor(30, TimeUnit.SECONDS) || version.exitValue() != 0) {
        version.destroyForcibly();
        return Optional.of("'" + node + " --version' failed");
      }
    } catch (IOException e) {
      return Optional.of("node not found ('" + node + "': " + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while checking node");
    }
    return Optional.empty();
  }

  @Override
  public List<String> extract(List<Page> pages) {
    Path work = null;
    try {
      work = Files.createTempDirectory("readability-js");
      Path in = Files.createDirectory(work.resolve("in"));
      Path out = work.resolve("out");
      for (Page page : pages) {
        Files.write(in.resolve(page.id() + ".html"), page.html());
      }
      run(in, out, work.resolve("stderr.txt"), Math.max(60, timeoutSecondsPerPage * pages.size()));
      return read(out, pages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (work != null) {
        delete(work);
      }
    }
  }

  /** Runs the script over {@code in}; a run past {@code timeoutSeconds} is killed with its workers. */
  private void run(Path in, Path out, Path stderr, long timeoutSeconds) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(node, script.toAbsolutePath().toString(), in.toString(),
        out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile());
    builder.environment().put("PEERS_DIR", peers.toAbsolutePath().toString());
    Process process = builder.start();
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    String log = Files.readString(stderr, StandardCharsets.UTF_8).strip();
    if (!log.isEmpty()) {
      System.err.println("readability-js: " + log.lines().reduce((a, b) -> b).orElse(""));
    }
  }

  /**
   * The script's outputs in page order: the UTF-8 text of {@code <id>.txt}, or {@code null} (failed)
   * where the file is missing.
   */
  static List<String> read(Path out, List<Page> pages) throws IOException {
    List<String> texts = new ArrayList<>(pages.size());
    for (Page page : pages) {
      Path file = out.resolve(page.id() + ".txt");
      texts.add(Files.isRegularFile(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : null);
    }
    return texts;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a scratch folder under the temp directory: left for the system to reclaim
    }
  }
}
