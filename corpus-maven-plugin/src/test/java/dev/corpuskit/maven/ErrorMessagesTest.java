package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.io.WriteFailedException;
import dev.corpuskit.pipeline.DuplicateDocumentIdException;
import dev.corpuskit.pipeline.OutputNotOwnedException;
import dev.corpuskit.pipeline.OverlappingDirectoriesException;
import dev.corpuskit.validate.InvalidRuleConfigException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** Each typed exception of the core becomes one message naming the POM element, the value and the fix. */
class ErrorMessagesTest {

  /** The setting keys the core's records and the corpus metadata use (see InvalidConfigurationException). */
  static final List<String> CORE_SETTINGS = List.of("groupId", "artifactId", "version", "title", "description",
      "homepage", "license", "source", "disabledSteps", "language", "lexicon", "auditDetail", "minDocuments", "threads",
      "compressionLevel", "outputTimestamp", "organization", "developers", "taskCategories", "citation", "intendedUse",
      "limitations", "personalData", "nearDuplicates", "near-duplicate");

  private static final Path SRC = Path.of("/p/src/main/corpus");

  @Test
  void everySettingOfTheCoreHasItsElementAndAFix() {
    for (String setting : CORE_SETTINGS) {
      MojoExecutionException e = ErrorMessages.invalidSetting(new InvalidConfigurationException(setting, "bad"));
      assertThat(e.getMessage()).as(setting).startsWith("Invalid <").contains(": bad. ")
          .doesNotContain("Invalid configuration of");
      assertThat(e.getMessage().substring(e.getMessage().indexOf(": bad. ") + 7)).as(setting).isNotBlank();
    }
  }

  @Test
  void aSettingNamesItsElementAndItsPropertyAndKeepsTheCause() {
    InvalidConfigurationException language = new InvalidConfigurationException("language",
        "unknown language 'xx'; known: de, en");
    assertThat(ErrorMessages.invalidSetting(language)).hasMessage("Invalid <language> (corpus.language): unknown"
        + " language 'xx'; known: de, en. Set <language> to one of the known languages, alone or with a region"
        + " such as de-DE.")
        .hasCause(language);
    assertThat(ErrorMessages.invalidSetting(new InvalidConfigurationException("outputTimestamp",
        "outputTimestamp must lie in 1980..2107 (UTC): 1970-01-01T00:00:10Z")).getMessage())
        .startsWith("Invalid <project.build.outputTimestamp>: outputTimestamp must lie").contains("1980 to 2107");
    assertThat(ErrorMessages.invalidSetting(new InvalidConfigurationException("license",
        "a licence needs a name or a url")).getMessage())
        .startsWith("Invalid <licenses> of the project or <license> of the plugin (corpus.license): a licence")
        .contains("SPDX");
  }

  @Test
  void aSettingWithoutAnElementStillSaysWhatIsWrong() {
    assertThat(ErrorMessages.invalidSetting(new InvalidConfigurationException("lens", "too short")))
        .hasMessage("Invalid configuration of 'lens': too short.");
  }

  @Test
  void theParametersThePluginChecksItselfAreNamedTheSameWay() {
    assertThat(ErrorMessages.invalid("minDocuments", "-1 is negative")).hasMessage("Invalid <minDocuments>"
        + " (corpus.minDocuments): -1 is negative. Use 0 or more (0 allows an empty corpus).");
    assertThat(ErrorMessages.invalid("threads", "0 is less than 1")).hasMessage("Invalid <threads>"
        + " (corpus.threads): 0 is less than 1. Use 1 or more, or leave it out for one per processor.");
    assertThat(ErrorMessages.invalid("compressionLevel", "10 is not a deflate level")).hasMessage(
        "Invalid <compressionLevel> (corpus.compressionLevel): 10 is not a deflate level. Use 0 (stored) to 9.");
  }

  @Test
  void aRuleSettingNamesTheRuleElementByItsId() {
    InvalidRuleConfigException e = new InvalidRuleConfigException("min-words", "min", "'many' is not a whole number");
    assertThat(ErrorMessages.invalidRules(e)).hasMessage("Invalid <rules> configuration: rule 'min-words', min:"
        + " 'many' is not a whole number. Fix the <rule> element with <id>min-words</id> in the plugin"
        + " configuration.").hasCause(e);
  }

  @Test
  void aMissingOrFileSourceDirectoryNamesTheElementThePropertyAndThePath() {
    assertThat(ErrorMessages.io("validate " + SRC, SRC, new NoSuchFileException(SRC.toString(), null,
        "corpus directory does not exist"))).hasMessage("Invalid <sourceDirectory> (corpus.sourceDirectory): the"
        + " corpus folder /p/src/main/corpus does not exist. Put the documents there, or point <sourceDirectory>"
        + " (-Dcorpus.sourceDirectory=DIR) at the folder that holds the documents.");
    assertThat(ErrorMessages.io("clean " + SRC, SRC, new NotDirectoryException("/p/src/main/../main/corpus"))
        .getMessage()).startsWith("Invalid <sourceDirectory> (corpus.sourceDirectory): the corpus folder "
        + SRC + " is not a directory. Move the file away, or point <sourceDirectory>");
  }

  @Test
  void otherIoFailuresSayWhatTheGoalWasDoing() {
    NoSuchFileException vanished = new NoSuchFileException("/p/src/main/corpus/a.txt");
    assertThat(ErrorMessages.io("validate " + SRC, SRC, vanished))
        .hasMessage("Cannot validate /p/src/main/corpus: " + vanished).hasCause(vanished);
    AccessDeniedException denied = new AccessDeniedException(SRC.toString());
    assertThat(ErrorMessages.io("clean " + SRC, SRC, denied)).hasMessage("Cannot clean /p/src/main/corpus: "
        + denied);
    Path report = Path.of("/p/target/corpus-reports/validation.json");
    WriteFailedException full = new WriteFailedException(report, new IOException("No space left on device"));
    assertThat(ErrorMessages.io("validate " + SRC, SRC, full)).hasMessage("Cannot validate /p/src/main/corpus:"
        + " cannot write " + report + ": No space left on device; free space on the device holding"
        + " /p/target/corpus-reports, then run the goal again");
  }

  @Test
  void anOutputDirectoryProblemNamesOutputDirectoryAndTheFix() {
    OutputNotOwnedException notOwned = new OutputNotOwnedException(Path.of("/p/other"), "README.md");
    assertThat(ErrorMessages.outputNotOwned(notOwned).getMessage()).startsWith("Invalid <outputDirectory>"
        + " (corpus.outputDirectory): the output directory /p/other holds files that corpuskit did not write")
        .endsWith("(<adoptOutputDirectory>true</adoptOutputDirectory>, or -Dcorpus.adoptOutputDirectory=true).");
    OverlappingDirectoriesException overlap = new OverlappingDirectoriesException(SRC, SRC.resolve("out"));
    assertThat(ErrorMessages.overlapping(overlap).getMessage()).startsWith("Invalid <outputDirectory>"
        + " (corpus.outputDirectory): the output directory /p/src/main/corpus/out overlaps the source directory")
        .contains("Point <outputDirectory> outside <sourceDirectory> (corpus.sourceDirectory)");
    assertThat(ErrorMessages.noCleanedCorpus(new NoSuchFileException("/p/target/corpus/manifest.tsv")))
        .hasMessageContaining("No cleaned corpus: /p/target/corpus/manifest.tsv does not exist. Bind corpus:clean")
        .hasMessageContaining("the same <outputDirectory> (corpus.outputDirectory)");
  }

  @Test
  void badInputIsABuildFailureAndBadConfigurationAnExecutionError() {
    assertThat(ErrorMessages.unchecked("clean", new DuplicateDocumentIdException("a.txt", "a.html", "a.txt"), null))
        .hasValueSatisfying(e -> assertThat(e).isInstanceOf(MojoFailureException.class)
            .hasMessage("both a.html and a.txt clean to a.txt; rename one of them or leave one out of the"
                + " selection (an <exclude> in <excludes>, a glob of its path)."));
    assertThat(ErrorMessages.unchecked("clean", new InvalidConfigurationException("threads", "0"), null))
        .hasValueSatisfying(e -> assertThat(e).isInstanceOf(MojoExecutionException.class)
            .hasMessageStartingWith("Invalid <threads>"));
    assertThat(ErrorMessages.unchecked("clean", new InvalidRuleConfigException("x", "id", "unknown"), null))
        .hasValueSatisfying(e -> assertThat(e).isInstanceOf(MojoExecutionException.class)
            .hasMessageStartingWith("Invalid <rules>"));
    assertThat(ErrorMessages.unchecked("clean", new IllegalArgumentException("plain"), null))
        .hasValueSatisfying(e -> assertThat(e).isInstanceOf(MojoExecutionException.class).hasMessage("plain"));
    assertThat(ErrorMessages.unchecked("clean", new NullPointerException("a bug"), null)).isEmpty();
  }
}
