package dev.corpuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Corpora the tests make: a malformed folder, and the example corpus. */
public final class Fixtures {

  /** The example module's five news articles, from this module's folder. */
  public static final Path EXAMPLE = Path.of("../corpus-example/src/main/corpus").toAbsolutePath().normalize();

  /** The example module's file-name pattern (its POM's rule parameter). */
  public static final String EXAMPLE_PATTERN = "[0-9]{3}_[0-9a-f]{16}\\.txt";

  private static final String PROSE = "A plain document with enough words to pass the checks of the corpus. ";

  private Fixtures() {}

  /**
   * A folder with what goes wrong in real corpora: an empty file, a Latin-1 file in a UTF-8 corpus,
   * CRLF line ends, a short document, a duplicate, an unsupported type, and one good document.
   */
  public static Path malformed(Path parent) throws IOException {
    Path corpus = Files.createDirectories(parent.resolve("malformed"));
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    byte[] latin = ("Caf\u00e9 " + PROSE.repeat(6)).getBytes(StandardCharsets.ISO_8859_1);
    Files.write(corpus.resolve("latin1.txt"), latin);
    Files.writeString(corpus.resolve("crlf.txt"), PROSE.repeat(6) + "\r\nSecond line.\r\n", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("short.txt"), "Too short.\n", StandardCharsets.UTF_8);
    Files.createDirectories(corpus.resolve("news"));
    Files.writeString(corpus.resolve("news/good.txt"), PROSE.repeat(8) + "\n", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("news/copy.txt"), PROSE.repeat(8) + "\n", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("notes.pdf"), "%PDF-1.4\n", StandardCharsets.UTF_8);
    return corpus;
  }

  /** Every file under {@code actual} has the bytes of the file at its path under {@code expected}, and no more. */
  public static void assertSameTree(Path actual, Path expected) throws IOException {
    Map<String, Path> a = files(actual);
    Map<String, Path> e = files(expected);
    assertThat(a.keySet()).isNotEmpty().containsExactlyElementsOf(e.keySet());
    for (String name : a.keySet()) {
      assertThat(a.get(name)).as(name).hasSameBinaryContentAs(e.get(name));
    }
  }

  private static Map<String, Path> files(Path root) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(f -> files.put(root.relativize(f).toString(), f));
    }
    return files;
  }
}
