package dev.corpuskit.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Readability.js peer without Node or its packages: the reading of the script's output folder, the
 * skip notes, and a run through a stand-in for {@code node} that behaves as the script does.
 */
class ReadabilityJsExtractorTest {

  @TempDir
  Path dir;

  private static Page page(String id, String gold) {
    return new Page(id, "", ("<p>" + gold + "</p>").getBytes(StandardCharsets.UTF_8), gold, gold);
  }

  private final List<Page> pages = List.of(
      page("0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "one two three four five"),
      page("1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "six seven eight nine ten"),
      page("fccccccccccccccccccccccccccccccc", "eleven twelve thirteen fourteen fifteen"));

  @Test
  void readsTextEmptyAndMissingOutputsAsTextEmptyAndFailed() throws IOException {
    Files.writeString(dir.resolve(pages.get(0).id() + ".txt"), "one two three four five");
    Files.writeString(dir.resolve(pages.get(1).id() + ".txt"), "");

    List<String> out = ReadabilityJsExtractor.read(dir, pages);

    assertThat(out).containsExactly("one two three four five", "", null);
    Result result = Result.of("readability-js", pages, out, 1);
    assertThat(result.tuningCounts()).isEqualTo(new Result.Counts(1, 0));
    assertThat(result.heldOutCounts()).isEqualTo(new Result.Counts(0, 1));
    assertThat(result.tuning().recall()).isEqualTo(0.5);
    assertThat(result.heldOut().recall()).isZero();
  }

  @Test
  void skippedWithANoteWhenTheScriptIsMissing() {
    ReadabilityJsExtractor peer = new ReadabilityJsExtractor("node", dir.resolve("readability-js.mjs"), dir, 20);

    assertThat(peer.unavailable()).hasValueSatisfying(r -> assertThat(r).startsWith("script not found at "));
  }

  @Test
  void skippedWithANoteWhenAnNpmPackageIsMissing() throws IOException {
    Path script = Files.writeString(dir.resolve("readability-js.mjs"), "");
    fakePackages(dir, "@mozilla/readability", "jsdom");
    ReadabilityJsExtractor peer = new ReadabilityJsExtractor("node", script, dir, 20);

    assertThat(peer.unavailable()).hasValueSatisfying(r -> assertThat(r)
        .startsWith("npm package html-encoding-sniffer not found under ").contains("npm ci --prefix"));
  }

  @Test
  void skippedWithANoteWhenNodeIsMissing() throws IOException {
    Path script = Files.writeString(dir.resolve("readability-js.mjs"), "");
    fakePackages(dir, ReadabilityJsExtractor.PACKAGES.toArray(String[]::new));
    ReadabilityJsExtractor peer = new ReadabilityJsExtractor(dir.resolve("no-such-node").toString(), script,
        dir, 20);

    assertThat(peer.unavailable()).hasValueSatisfying(r -> assertThat(r).startsWith("node not found"));
  }

  @Test
  void theHarnessListsASkippedPeerWithItsNote() {
    ReadabilityJsExtractor peer = new ReadabilityJsExtractor("node", dir.resolve("readability-js.mjs"), dir, 20);
    Map<Extractor, String> skipped = QualityBench.skipped(List.of(new NaiveText(), peer));
    List<Result> results = QualityBench.run(List.of(new NaiveText()), pages, 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    QualityBench.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir, pages, 1, results, skipped);

    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(skipped).containsOnlyKeys(peer);
    assertThat(table).contains("| baseline-text | 1.000 |")
        .contains("| readability-js | skipped: script not found at ");
  }

  @Test
  void runsTheScriptOnceOverThePagesAndReadsItsOutputFolder() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    // A stand-in for node: "node SCRIPT IN OUT" copies the first page, writes an empty file for the
    // second and nothing for the third, as the script does for a page that throws; it logs each call.
    Path calls = dir.resolve("calls.txt");
    Path node = Files.writeString(dir.resolve("node"), "#!/bin/sh\n"
        + "if [ \"$1\" = --version ]; then echo v20; exit 0; fi\n"
        + "echo \"$PEERS_DIR\" >> '" + calls + "'\n"
        + "mkdir -p \"$3\"\n"
        + "cp \"$2/" + pages.get(0).id() + ".html\" \"$3/" + pages.get(0).id() + ".txt\"\n"
        + ": > \"$3/" + pages.get(1).id() + ".txt\"\n");
    Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwx------"));
    Path script = Files.writeString(dir.resolve("readability-js.mjs"), "");
    Path peers = Files.createDirectories(dir.resolve("peers"));
    fakePackages(peers, ReadabilityJsExtractor.PACKAGES.toArray(String[]::new));
    ReadabilityJsExtractor peer = new ReadabilityJsExtractor(node.toString(), script, peers, 20);

    assertThat(peer.unavailable()).isEmpty();
    List<Result> results = QualityBench.run(List.of(peer), pages, 3);

    assertThat(results.get(0).outputs()).containsExactly("<p>one two three four five</p>", "", null);
    assertThat(Files.readAllLines(calls)).containsExactly(peers.toAbsolutePath().toString());
  }

  private static void fakePackages(Path peers, String... names) throws IOException {
    for (String name : Arrays.asList(names)) {
      Path pkg = Files.createDirectories(peers.resolve("node_modules").resolve(name));
      Files.writeString(pkg.resolve("package.json"), "{}");
    }
  }
}
