package dev.corpuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --against} takes Maven coordinates from the local repository as well as a jar's path. */
class AgainstCoordinatesTest {

  @TempDir Path dir;

  private Path jar;
  private Path repository;

  /** The example corpus packaged, and installed in a local repository of the test's own. */
  @BeforeEach
  void packageTheExample() throws IOException {
    Path target = dir.resolve("target");
    assertThat(Cli.run("clean", Fixtures.EXAMPLE.toString(), "-o", target.resolve("corpus").toString(),
        "--reports-dir", target.resolve("reports").toString()).exitCode()).isZero();
    jar = target.resolve("news-1.0.0.jar");
    Cli packaged = Cli.run("package", "--group-id", "org.example", "--artifact-id", "news", "--corpus-version",
        "1.0.0", "-o", target.resolve("corpus").toString(), "--reports-dir", target.resolve("reports").toString(),
        "--jar", jar.toString());
    assertThat(packaged.exitCode()).as(packaged.err()).isZero();
    repository = dir.resolve("repo");
    Path installed = Files.createDirectories(repository.resolve("org/example/news/1.0.0"))
        .resolve("news-1.0.0.jar");
    Files.copy(jar, installed);
  }

  private Cli validateAgainst(String against, String... more) {
    String[] args = {"validate", Fixtures.EXAMPLE.toString(), "--reports-dir", dir.resolve("r-" + more.length
        + against.length()).toString(), "--against", against};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.run(all);
  }

  @Test
  void coordinatesFindTheSameCopiesAsThePath() {
    Cli byPath = validateAgainst(jar.toString());
    Cli byCoordinates = validateAgainst("org.example:news:1.0.0", "--local-repository", repository.toString());

    assertThat(byPath.exitCode()).isEqualTo(1); // every document copies the corpus itself
    assertThat(byPath.findingLines()).isNotEmpty().anyMatch(line -> line.endsWith("[contamination]"));
    assertThat(byCoordinates.exitCode()).as(byCoordinates.err()).isEqualTo(1);
    assertThat(byCoordinates.findingLines()).isEqualTo(byPath.findingLines());
  }

  @Test
  void coordinatesNotInTheRepositoryAreAUsageErrorSayingWhereAndWhatToDo() {
    Cli cli = validateAgainst("org.example:news:2.0.0", "--local-repository", repository.toString());

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("Invalid --against: 'org.example:news:2.0.0' is not in the local repository "
        + repository).contains("news-2.0.0.jar").contains("mvn dependency:get -Dartifact=org.example:news:2.0.0");
  }

  @Test
  void neitherAFileNorCoordinatesIsAUsageError() {
    Cli cli = validateAgainst(dir.resolve("missing.jar").toString());

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("names no file and is not Maven coordinates");
  }
}
