package dev.corpuskit.maven;

import dev.corpuskit.config.CorpusConfigFile;
import dev.corpuskit.config.CorpusSettings;
import dev.corpuskit.describe.Creator;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.validate.RuleSetting;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes the project's effective corpus configuration (this POM's parameters, with its
 * {@code <configFile>} applied) as a configuration file, so that {@code corpuskit --config FILE} and
 * the Spark job clean exactly as the plugin does: the same cleaned files and reports. The file holds
 * every setting the goals use, the project's coordinates and description as {@code metadata}, paths
 * relative to the file's folder when inside it; keys in a fixed order, written atomically, the same
 * bytes for the same configuration. The build's own settings (cache, skips, logging) are not exported.
 */
@Mojo(name = "export-config", threadSafe = true, requiresProject = false)
public class ExportConfigMojo extends CleanMojo {

  /** The file to write. */
  @Parameter(property = "corpus.exportConfig.file", defaultValue = "${project.build.directory}/corpuskit.yaml")
  File exportFile;

  /** Skips this goal only; {@code corpus.skip} skips every corpus goal. */
  @Parameter(property = "corpus.exportConfig.skip", defaultValue = "false")
  boolean skipExportConfig;

  /** As {@code corpus:package}'s: the timestamp of every jar entry. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  String outputTimestamp;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.title", defaultValue = "${project.name}")
  String title;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.description", defaultValue = "${project.description}")
  String description;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.homepage", defaultValue = "${project.url}")
  String homepage;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.license")
  String license;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.compressionLevel", defaultValue = "6")
  int compressionLevel;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.publishCleaningReport", defaultValue = "true")
  boolean publishCleaningReport = true;

  /** As {@code corpus:package}'s. */
  @Parameter
  List<SourceConfiguration> sources;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.citation")
  String citation;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.intendedUse")
  String intendedUse;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.limitations")
  String limitations;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.personalData")
  String personalData;

  /** As {@code corpus:package}'s. */
  @Parameter(property = "corpus.taskCategories")
  List<String> taskCategories;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Override
  String goal() {
    return "export-config";
  }

  @Override
  boolean goalSkipped() {
    return skipExportConfig;
  }

  @Override
  void applyConfig(CorpusSettings file) {
    super.applyConfig(file);
    CorpusSettings.Metadata m = file.metadata();
    if (file.outputTimestamp() != null && (outputTimestamp == null || outputTimestamp.strip().length() < 2)) {
      outputTimestamp = file.outputTimestamp();
    }
    String name = project == null ? null : project.getName();
    if (m.title() != null && (title == null || title.equals(name))) {
      title = m.title();
    }
    if (m.description() != null && (description == null
        || (project != null && description.equals(project.getDescription())))) {
      description = m.description();
    }
    if (m.homepage() != null && (homepage == null || (project != null && homepage.equals(project.getUrl())))) {
      homepage = m.homepage();
    }
    citation = citation != null ? citation : m.citation();
    intendedUse = intendedUse != null ? intendedUse : m.intendedUse();
    limitations = limitations != null ? limitations : m.limitations();
    personalData = personalData != null ? personalData : m.personalData();
    if ((taskCategories == null || taskCategories.isEmpty()) && !m.taskCategories().isEmpty()) {
      taskCategories = m.taskCategories();
    }
    if (file.compressionLevel() != null && compressionLevel == 6) {
      compressionLevel = file.compressionLevel();
    }
    if (file.publishCleaningReport() != null && publishCleaningReport) {
      publishCleaningReport = file.publishCleaningReport();
    }
  }

  @Override
  void run() throws MojoExecutionException {
    List<RuleSetting> ruleSettings = Configurations.validation(encoding, rules).rules().settings();
    corpusConfig(disabledSteps, lexicon, Configurations.nearDuplicates(nearDuplicates)); // checks them all
    Configurations.auditDetail(auditDetail);
    String charset = encoding == null || encoding.isBlank() ? "UTF-8" : Charset.forName(encoding.strip()).name();
    Path file = resolve(exportFile);
    try {
      CorpusSettings settings = new CorpusSettings(
          sourceDirectory.toPath().toAbsolutePath(),
          includes, excludes, charset, Configurations.language(language), ruleSettings,
          disabledSteps, enabledSteps, stepParameters,
          lexicon == null ? null : lexicon.toPath().toAbsolutePath(),
          Configurations.nearDuplicates(nearDuplicates).id(),
          againstJars(),
          Configurations.auditDetail(auditDetail).id(),
          minDocuments(), threads, blankToNull(reportDocuments), failOnError, failOnWarning,
          resolve(outputDirectory).toAbsolutePath(), reportsDirectory().toAbsolutePath(),
          compressionLevel, blankToNull(outputTimestamp) == null || outputTimestamp.strip().length() < 2 ? null
              : outputTimestamp.strip(),
          publishCleaningReport, metadata());
      CorpusConfigFile.write(settings, file);
    } catch (InvalidConfigurationException e) {
      throw ErrorMessages.invalidSetting(e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the configuration file " + file + ": " + e.getMessage()
          + ". Check that its folder can be written.", e);
    }
    getLog().info("Wrote the effective configuration to " + file + "; run corpuskit --config " + file
        + " to clean as this build does");
  }

  private CorpusSettings.Metadata metadata() {
    if (project == null || project.getGroupId() == null || "standalone-pom".equals(project.getArtifactId())) {
      return new CorpusSettings.Metadata(null, null, null, blankToNull(title), blankToNull(description),
          blankToNull(homepage), Configurations.licenses(license, project), Configurations.sources(sources), null,
          List.of(), blankToNull(citation),
          blankToNull(intendedUse), blankToNull(limitations), blankToNull(personalData), taskCategories);
    }
    List<Creator> creators = PackageMojo.creators(project.getOrganization(), project.getDevelopers());
    Creator organization = creators.isEmpty() || creators.get(0).kind() != Creator.Kind.ORGANIZATION ? null
        : creators.get(0);
    List<Creator> people = organization == null ? creators : creators.subList(1, creators.size());
    return new CorpusSettings.Metadata(project.getGroupId(), project.getArtifactId(), project.getVersion(),
        blankToNull(title), blankToNull(description), blankToNull(homepage), Configurations.licenses(license, project),
        Configurations.sources(sources), organization, people, blankToNull(citation), blankToNull(intendedUse),
        blankToNull(limitations), blankToNull(personalData),
        taskCategories);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
