package dev.corpuskit.maven;

import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.io.WriteFailedException;
import dev.corpuskit.pipeline.DuplicateDocumentIdException;
import dev.corpuskit.pipeline.OutputNotOwnedException;
import dev.corpuskit.pipeline.OverlappingDirectoriesException;
import dev.corpuskit.pipeline.TooFewDocumentsException;
import dev.corpuskit.validate.InvalidRuleConfigException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The one place that turns the core's typed exceptions into build failures: each names the POM element
 * (and its {@code -D} property) that sets the value at fault and says how to fix it, since the core
 * knows only its own setting keys and no Maven. Following Maven's convention, bad configuration is a
 * {@link MojoExecutionException} ("BUILD ERROR" on the configuration) and bad input data (a corpus too
 * small, two files that clean to one) a {@link MojoFailureException}.
 */
final class ErrorMessages {

  /**
   * How a setting appears in the POM: {@code element} (saying whether the project's or the plugin's
   * element, where both can set it), the user property or null, and what to do.
   */
  record Setting(String element, String property, String fix) {

    /** "&lt;threads&gt; (corpus.threads)", or the element alone. */
    String shown() {
      return property == null ? element : element + " (" + property + ")";
    }
  }

  /** The POM element of every setting key the core uses, and of the plugin's own checked parameters. */
  static final Map<String, Setting> SETTINGS = Map.ofEntries(
      Map.entry("disabledSteps", new Setting("<disabledSteps>", "corpus.disabledSteps",
          "Fix the <disabledStep> element in the plugin configuration: use a step id from that list.")),
      Map.entry("enabledSteps", new Setting("<enabledSteps>", "corpus.enabledSteps",
          "Fix the <enabledStep> element in the plugin configuration: use a step id from that list.")),
      Map.entry("stepParameters", new Setting("<stepParameters>", null,
          "Fix the element under <stepParameters>: a known parameter with a whole number of at least 1.")),
      Map.entry("language", new Setting("<language>", "corpus.language",
          "Set <language> to one of the known languages, alone or with a region such as de-DE.")),
      Map.entry("lexicon", new Setting("<lexicon>", "corpus.lexicon",
          "Fix the file (one rule a line: rule id, TAB, line or tail, TAB, an RE2 pattern) or the <lexicon> path.")),
      Map.entry("auditDetail", new Setting("<auditDetail>", "corpus.auditDetail",
          "Use excerpt (the default), full or counts.")),
      Map.entry("nearDuplicates", new Setting("<nearDuplicates>", "corpus.nearDuplicates",
          "Use report (the default) or keep-representative; keep-representative needs the near-duplicate rule on.")),
      Map.entry("near-duplicate", new Setting("<rule> with <id>near-duplicate</id>", null,
          "Fix its <parameters>: shingleWords 1 to 64, bands 1 to 1024, rows 1 to 64, threshold above 0 and at most 1.")),
      Map.entry("reportDocuments", new Setting("<reportDocuments>", "corpus.reportDocuments",
          "List document ids or globs such as news/2019-* separated by commas, without empty entries.")),
      Map.entry("minDocuments", new Setting("<minDocuments>", "corpus.minDocuments",
          "Use 0 or more (0 allows an empty corpus).")),
      Map.entry("against", new Setting("<against>", null,
          "Give each entry as the coordinates groupId:artifactId:version[:type[:classifier]] of a packaged"
              + " corpus that the project's repositories hold (mvn install it first), or as the path of its"
              + " jar relative to the project folder.")),
      Map.entry("threads", new Setting("<threads>", "corpus.threads",
          "Use 1 or more, or leave it out for one per processor.")),
      Map.entry("compressionLevel", new Setting("<compressionLevel>", "corpus.compressionLevel",
          "Use 0 (stored) to 9.")),
      Map.entry("maxLoggedFindings", new Setting("<maxLoggedFindings>", "corpus.maxLoggedFindings",
          "Give the number of findings of each severity to log, 0 or more, or -1 to log them all.")),
      Map.entry("encoding", new Setting("<encoding>", "corpus.encoding",
          "Use a charset this Java runtime has, such as UTF-8 or windows-1252.")),
      Map.entry("outputTimestamp", new Setting("<project.build.outputTimestamp>", null,
          "Use a time from 1980 to 2107: ISO-8601 such as 2026-01-01T00:00:00Z, or seconds since the epoch.")),
      Map.entry("groupId", new Setting("<groupId> of the project", null,
          "Use only letters, digits, '.', '_' and '-', for example org.example.corpora.")),
      Map.entry("artifactId", new Setting("<artifactId> of the project", null,
          "Use only letters, digits, '.', '_' and '-', for example news-de.")),
      Map.entry("version", new Setting("<version> of the project", null,
          "Use only letters, digits, '.', '_', '+' and '-', for example 1.0.0.")),
      Map.entry("title", new Setting("<name> of the project or <title> of the plugin", "corpus.title",
          "Make it one line without control characters.")),
      Map.entry("description", new Setting("<description> of the project or of the plugin",
          "corpus.description", "Remove the control character; line breaks and tabs are fine.")),
      Map.entry("homepage", new Setting("<url> of the project or <homepage> of the plugin", "corpus.homepage",
          "Use an absolute URL such as https://example.org/corpus, or leave it out.")),
      Map.entry("license", new Setting("<licenses> of the project or <license> of the plugin", "corpus.license",
          "Give each <license> a one-line <name> (an SPDX id such as CC-BY-4.0) or <url>.")),
      Map.entry("source", new Setting("<sources> of the plugin", null,
          "Give each <source> a one-line <title> or <url>, or leave the <source> out.")),
      Map.entry("organization", new Setting("<organization> of the project", null,
          "Give it a one-line <name> and an absolute <url>, or leave it out.")),
      Map.entry("developers", new Setting("<developers> of the project", null,
          "Give each <developer> a one-line <name> (or <id>), an <email> such as jane@example.org and a <url>.")),
      Map.entry("taskCategories", new Setting("<taskCategories>", "corpus.taskCategories",
          "Use the Hugging Face task ids, such as text-generation or text-classification.")),
      Map.entry("citation", new Setting("<citation>", "corpus.citation",
          "Remove the control character; line breaks and tabs are fine.")),
      Map.entry("intendedUse", new Setting("<intendedUse>", "corpus.intendedUse",
          "Remove the control character; line breaks and tabs are fine.")),
      Map.entry("limitations", new Setting("<limitations>", "corpus.limitations",
          "Remove the control character; line breaks and tabs are fine.")),
      Map.entry("personalData", new Setting("<personalData>", "corpus.personalData",
          "Remove the control character; line breaks and tabs are fine.")));

  private static final Setting SOURCE_DIRECTORY = new Setting("<sourceDirectory>", "corpus.sourceDirectory",
      "point <sourceDirectory> (-Dcorpus.sourceDirectory=DIR) at the folder that holds the documents.");

  private static final Setting OUTPUT_DIRECTORY = new Setting("<outputDirectory>", "corpus.outputDirectory",
      null);

  private ErrorMessages() {}

  /** "Invalid &lt;element&gt; (property): problem. Fix." for {@code setting}, whatever refused its value. */
  static MojoExecutionException invalid(String setting, String problem, Throwable cause) {
    Setting known = SETTINGS.get(setting);
    String message = known == null
        ? "Invalid configuration of '" + setting + "': " + problem + "."
        : "Invalid " + known.shown() + ": " + problem + ". " + known.fix();
    return new MojoExecutionException(message, cause);
  }

  /** A plugin parameter the plugin itself refuses before the core runs, named like the core's. */
  static MojoExecutionException invalid(String setting, String problem) {
    return invalid(setting, problem, null);
  }

  /** A value the core refused, named by its setting key. */
  static MojoExecutionException invalidSetting(InvalidConfigurationException e) {
    return invalid(e.setting(), e.getMessage(), e);
  }

  /** A rule setting the core refused: the {@code <rule>} element by its id. */
  static MojoExecutionException invalidRules(InvalidRuleConfigException e) {
    return new MojoExecutionException("Invalid <rules> configuration: " + e.getMessage()
        + ". Fix the <rule> element with <id>" + e.ruleId() + "</id> in the plugin configuration.", e);
  }

  /** The corpus root that is missing or not a folder. */
  static MojoExecutionException sourceDirectory(Path directory, FileSystemException e) {
    String problem = e instanceof NotDirectoryException
        ? "is not a directory. Move the file away, or "
        : "does not exist. Put the documents there, or ";
    return new MojoExecutionException("Invalid " + SOURCE_DIRECTORY.shown() + ": the corpus folder " + directory
        + " " + problem + SOURCE_DIRECTORY.fix(), e);
  }

  /** An output folder holding files no clean wrote. */
  static MojoExecutionException outputNotOwned(OutputNotOwnedException e) {
    return new MojoExecutionException("Invalid " + OUTPUT_DIRECTORY.shown() + ": " + e.getMessage()
        + " (<adoptOutputDirectory>true</adoptOutputDirectory>, or -Dcorpus.adoptOutputDirectory=true).", e);
  }

  /** An output folder that is the corpus root or lies inside it, or the other way round. */
  static MojoExecutionException overlapping(OverlappingDirectoriesException e) {
    return new MojoExecutionException("Invalid " + OUTPUT_DIRECTORY.shown() + ": " + e.getMessage()
        + ". Point <outputDirectory> outside " + SOURCE_DIRECTORY.shown() + ", for example at the default"
        + " ${project.build.directory}/corpus.", e);
  }

  /** Two sources that clean to one document: bad input, which a rename or an exclude fixes. */
  static MojoFailureException duplicateDocument(DuplicateDocumentIdException e) {
    return new MojoFailureException(e.getMessage() + " (an <exclude> in <excludes>, a glob of its path).", e);
  }

  /** The cleaned corpus {@code corpus:package} reads is not there. */
  static MojoExecutionException noCleanedCorpus(NoSuchFileException e) {
    return new MojoExecutionException("No cleaned corpus: " + e.getFile() + " does not exist. Bind"
        + " corpus:clean to an earlier phase (it defaults to process-resources) or run it before"
        + " corpus:package, and give both goals the same " + OUTPUT_DIRECTORY.shown() + ".", e);
  }

  /**
   * A goal's I/O failure: the corpus root missing or not a folder, a write that failed (the file and
   * what to do), or another error, naming what the goal was doing ("validate src/main/corpus").
   */
  static MojoExecutionException io(String doing, Path sourceDirectory, IOException e) {
    if (e instanceof FileSystemException fs && (e instanceof NoSuchFileException || e instanceof NotDirectoryException)
        && fs.getFile() != null && same(Path.of(fs.getFile()), sourceDirectory)) {
      return sourceDirectory(sourceDirectory, fs);
    }
    if (e instanceof WriteFailedException) {
      return new MojoExecutionException("Cannot " + doing + ": " + e.getMessage(), e);
    }
    return new MojoExecutionException("Cannot " + doing + ": " + e, e);
  }

  /**
   * The build failure for an unchecked exception of the core that a goal lets through, or empty when
   * it is none of the typed ones (a bug, which Maven then reports as it is).
   */
  static Optional<AbstractMojoExecutionException> unchecked(String goal, RuntimeException e, Path basedir) {
    if (e instanceof TooFewDocumentsException tooFew) {
      return Optional.of(Selections.tooFew(goal, tooFew, basedir));
    } else if (e instanceof DuplicateDocumentIdException duplicate) {
      return Optional.of(duplicateDocument(duplicate));
    } else if (e instanceof OutputNotOwnedException notOwned) {
      return Optional.of(outputNotOwned(notOwned));
    } else if (e instanceof OverlappingDirectoriesException overlapping) {
      return Optional.of(overlapping(overlapping));
    } else if (e instanceof InvalidRuleConfigException rules) {
      return Optional.of(invalidRules(rules));
    } else if (e instanceof InvalidConfigurationException setting) {
      return Optional.of(invalidSetting(setting));
    } else if (e instanceof IllegalArgumentException) {
      return Optional.of(new MojoExecutionException(e.getMessage(), e));
    }
    return Optional.empty();
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
