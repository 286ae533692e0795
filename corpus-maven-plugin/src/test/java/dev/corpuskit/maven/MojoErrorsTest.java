package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corpuskit.maven.FindingsLogTest.RecordingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a goal says when the core refuses its configuration or its input: the POM element (and its
 * property), the value or path at fault and the fix, as a configuration error ({@link
 * MojoExecutionException}) or, for bad input data, a build failure ({@link MojoFailureException}).
 */
class MojoErrorsTest {

  private static final String PROSE = "A plain document with enough words to pass the checks. ".repeat(12);

  @TempDir Path basedir;

  final RecordingLog log = new RecordingLog();

  private <T extends AbstractCorpusMojo> T configured(T mojo) throws IOException {
    Path corpus = Files.createDirectories(basedir.resolve("src/main/corpus"));
    Files.writeString(corpus.resolve("a.txt"), PROSE, StandardCharsets.UTF_8);
    mojo.setLog(log);
    mojo.basedir = basedir.toFile();
    mojo.sourceDirectory = corpus.toFile();
    mojo.reportsDirectory = basedir.resolve("target/corpus-reports").toFile();
    mojo.cacheDirectory = basedir.resolve("target/corpus-cache").toFile();
    mojo.failOnError = true;
    mojo.maxLoggedFindings = 100;
    mojo.threads = 1;
    mojo.useCache = true;
    mojo.minDocuments = 1;
    return mojo;
  }

  private CleanMojo clean() throws IOException {
    CleanMojo mojo = configured(new CleanMojo());
    mojo.outputDirectory = basedir.resolve("target/corpus").toFile();
    mojo.buildDirectory = basedir.resolve("target").toFile();
    return mojo;
  }

  @Test
  void aMissingSourceDirectoryNamesTheElementThePropertyAndThePath() throws IOException {
    ValidateMojo mojo = configured(new ValidateMojo());
    Path missing = basedir.resolve("src/main/korpus");
    mojo.sourceDirectory = missing.toFile();

    Throwable failure = catchThrowable(mojo::execute);

    assertThat(failure).isInstanceOf(MojoExecutionException.class).hasMessageContainingAll(
        "<sourceDirectory>", "corpus.sourceDirectory", missing.toString(), "does not exist");
    assertThat(basedir.resolve("target")).doesNotExist();
  }

  @Test
  void aSourceDirectoryThatIsAFileNamesTheElementAndThePath() throws IOException {
    CleanMojo mojo = clean();
    Path file = Files.writeString(basedir.resolve("corpus.txt"), PROSE);
    mojo.sourceDirectory = file.toFile();

    Throwable failure = catchThrowable(mojo::execute);

    assertThat(failure).isInstanceOf(MojoExecutionException.class).hasMessageContainingAll(
        "<sourceDirectory>", "corpus.sourceDirectory", file.toString(), "not a directory");
  }

  @Test
  void anOutputDirectoryInsideTheSourcesNamesBothElements() throws IOException {
    CleanMojo mojo = clean();
    mojo.outputDirectory = mojo.sourceDirectory.toPath().resolve("out").toFile();

    Throwable failure = catchThrowable(mojo::execute);

    assertThat(failure).isInstanceOf(MojoExecutionException.class).hasMessageContainingAll(
        "<outputDirectory> (corpus.outputDirectory)", "overlaps the source directory", "<sourceDirectory>");
  }

  @Test
  void twoSourcesThatCleanToOneDocumentAreBadInputNamingExcludes() throws IOException {
    CleanMojo mojo = clean();
    Files.writeString(mojo.sourceDirectory.toPath().resolve("a.html"), "<p>" + PROSE + "</p>");

    Throwable failure = catchThrowable(mojo::execute);

    assertThat(failure).isInstanceOf(MojoFailureException.class).hasMessageContainingAll(
        "both a.html and a.txt clean to a.txt", "<excludes>");
  }

  @Test
  void anUnknownAuditDetailNamesTheElementThePropertyAndTheChoices() throws IOException {
    CleanMojo mojo = clean();
    mojo.auditDetail = "most";

    Throwable failure = catchThrowable(mojo::execute);

    assertThat(failure).isInstanceOf(MojoExecutionException.class).hasMessageContainingAll(
        "<auditDetail> (corpus.auditDetail)", "'most'", "excerpt", "full", "counts");
  }

  @Test
  void anUnknownDisabledStepNamesTheElementAndTheProperty() throws IOException {
    CleanMojo mojo = clean();
    mojo.disabledSteps = List.of("polish");

    Throwable failure = catchThrowable(mojo::execute);

    assertThat(failure).isInstanceOf(MojoExecutionException.class).hasMessageContainingAll(
        "<disabledSteps> (corpus.disabledSteps)", "'polish'", "boilerplate");
  }

  @Test
  void anUnknownEnabledStepOrStepParameterNamesTheElement() throws IOException {
    CleanMojo mojo = clean();
    mojo.enabledSteps = List.of("c5");
    assertThat(catchThrowable(mojo::execute)).isInstanceOf(MojoExecutionException.class)
        .hasMessageContainingAll("<enabledSteps> (corpus.enabledSteps)", "'c5'", "pii");

    CleanMojo parameters = clean();
    parameters.enabledSteps = List.of("c4");
    parameters.stepParameters = java.util.Map.of("c4.minWordsPerLine", "three");
    assertThat(catchThrowable(parameters::execute)).isInstanceOf(MojoExecutionException.class)
        .hasMessageContainingAll("<stepParameters>", "c4.minWordsPerLine", "'three'");
  }

  @Test
  void aBadProjectVersionNamesTheProjectsVersionElement() throws IOException {
    PackageMojo mojo = configured(new PackageMojo());
    Model model = new Model();
    model.setGroupId("org.example");
    model.setArtifactId("news");
    model.setVersion("1 beta");
    mojo.project = new MavenProject(model);
    mojo.buildDirectory = basedir.resolve("target").toFile();
    mojo.outputDirectory = basedir.resolve("target/corpus").toFile();
    mojo.finalName = "news-1";

    Throwable failure = catchThrowable(mojo::execute);

    assertThat(failure).isInstanceOf(MojoExecutionException.class).hasMessageContainingAll(
        "Invalid <version> of the project: version must", "'1 beta'", "for example 1.0.0");
  }
}
