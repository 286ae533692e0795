package dev.corpuskit.maven;

import dev.corpuskit.describe.CardDetails;
import dev.corpuskit.describe.Creator;
import dev.corpuskit.describe.DataCard;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Source;
import dev.corpuskit.io.WriteFailedException;
import dev.corpuskit.pack.PackageResult;
import dev.corpuskit.pipeline.BuildCache;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.report.CorpusReport;
import dev.corpuskit.pipeline.PackageRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Developer;
import org.apache.maven.model.Organization;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Packages the cleaned corpus as the project's artifact: a reproducible jar with the documents,
 * {@code manifest.tsv}, {@code SHA256SUMS}, {@code datapackage.json}, {@code croissant.json}, a data
 * card and the reports. The card and the two descriptors are also written to the reports directory. {@code mvn install} and {@code mvn deploy} then publish it like any other
 * artifact.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractCorpusMojo {

  /** The cleaned documents, as written by {@code corpus:clean}. */
  @Parameter(property = "corpus.outputDirectory", defaultValue = "${project.build.directory}/corpus")
  File outputDirectory;

  /** The artifact's file name, without {@code .jar}. */
  @Parameter(defaultValue = "${project.build.finalName}", readonly = true, required = true)
  String finalName;

  /** The project build directory. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /**
   * Timestamp of every archive entry and the descriptors' creation date, for reproducible artifacts:
   * ISO-8601 or seconds since the epoch. Without it, 1980-01-01T00:00:02Z, so the artifact is
   * reproducible anyway.
   */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  String outputTimestamp;

  /** The corpus's title. */
  @Parameter(property = "corpus.title", defaultValue = "${project.name}")
  String title;

  /** What the corpus holds. */
  @Parameter(property = "corpus.description", defaultValue = "${project.description}")
  String description;

  /** Where the corpus is described. */
  @Parameter(property = "corpus.homepage", defaultValue = "${project.url}")
  String homepage;

  /** The corpus's licence, an SPDX id such as {@code CC-BY-4.0}. Default: the project's licences. */
  @Parameter(property = "corpus.license")
  String license;

  /**
   * The deflate level of the jar's entries, 0 (stored) to 9. Level 1 deflates this toolkit's news
   * corpus about 40% faster than 6 for a jar about 7% larger.
   */
  @Parameter(property = "corpus.compressionLevel", defaultValue = "6")
  int compressionLevel;

  /**
   * Whether the jar holds {@code cleaning.json}. With {@code false} the audit stays in
   * {@code target/corpus-reports/} for review, the descriptors do not name it, and the data card still
   * gives the change counts.
   */
  @Parameter(property = "corpus.publishCleaningReport", defaultValue = "true")
  boolean publishCleaningReport = true;

  /** Where the documents came from: {@code <source><title/><url/></source>}, for provenance. */
  @Parameter
  List<SourceConfiguration> sources;

  /**
   * How to cite the corpus, for the data card's Citation section and {@code croissant.json}'s
   * {@code citeAs}: a BibTeX entry or a reference, lines kept. Not stated when absent.
   */
  @Parameter(property = "corpus.citation")
  String citation;

  /** What the corpus is meant for, for the data card. Not stated when absent. */
  @Parameter(property = "corpus.intendedUse")
  String intendedUse;

  /** What the corpus is not fit for: its known gaps and biases, for the data card. Not stated when absent. */
  @Parameter(property = "corpus.limitations")
  String limitations;

  /** What personal data the corpus holds and how it was handled, for the data card. Not stated when absent. */
  @Parameter(property = "corpus.personalData")
  String personalData;

  /**
   * The Hugging Face task categories of the corpus, such as {@code text-generation}, for the data card's
   * front matter ({@code -Dcorpus.taskCategories=a,b}). Left out when absent.
   */
  @Parameter(property = "corpus.taskCategories")
  List<String> taskCategories;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /**
   * Skips this goal only; {@code corpus.skip} skips every corpus goal. A project of packaging
   * {@code corpus} then has no artifact: a build that goes on to install or deploy it fails here,
   * saying so, unless those are skipped too.
   */
  @Parameter(property = "corpus.package.skip", defaultValue = "false")
  boolean skipPackage;

  /** The build, to tell whether it goes on to install or deploy the artifact a skip leaves out. */
  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  @Override
  String goal() {
    return "package";
  }

  @Override
  void applyConfig(dev.corpuskit.config.CorpusSettings file) {
    super.applyConfig(file);
    dev.corpuskit.config.CorpusSettings.Metadata m = file.metadata();
    if (file.outputDirectory() != null && atDefault(outputDirectory, "corpus", true)) {
      outputDirectory = file.outputDirectory().toFile();
    }
    if (file.outputTimestamp() != null && (outputTimestamp == null || outputTimestamp.strip().length() < 2)) {
      outputTimestamp = file.outputTimestamp();
    }
    if (m.title() != null && (title == null || title.equals(project.getName()) || title.equals(project.getArtifactId()))) {
      title = m.title();
    }
    if (m.description() != null && (description == null || description.equals(project.getDescription()))) {
      description = m.description();
    }
    if (m.homepage() != null && (homepage == null || homepage.equals(project.getUrl()))) {
      homepage = m.homepage();
    }
    if (license == null && m.licenses().size() == 1 && m.licenses().get(0).url() == null
        && project.getLicenses().isEmpty()) {
      license = m.licenses().get(0).name();
    }
    if ((sources == null || sources.isEmpty()) && !m.sources().isEmpty()) {
      sources = m.sources().stream().map(s -> {
        SourceConfiguration source = new SourceConfiguration();
        source.setTitle(s.title());
        source.setUrl(s.url());
        return source;
      }).toList();
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
  boolean goalSkipped() {
    return skipPackage;
  }

  /**
   * On a project of packaging {@code corpus}, whose artifact this goal makes, a build that goes on to
   * install or deploy fails now with what to do, rather than later with Maven's "The packaging for this
   * project did not assign a file to the build artifact". A jar of an earlier build is not attached: it
   * may be stale.
   */
  @Override
  void skipped(String property) throws MojoExecutionException {
    if (session == null) {
      return;
    }
    Properties properties = new Properties();
    properties.putAll(project.getProperties());
    properties.putAll(session.getSystemProperties());
    properties.putAll(session.getUserProperties());
    Optional<String> problem = skippedPackageProblem(project.getPackaging(), property, session.getGoals(),
        properties);
    if (problem.isPresent()) {
      throw new MojoExecutionException(problem.get());
    }
  }

  /**
   * Why skipping the package goal by {@code property} breaks a build of {@code goals} on a project of
   * {@code packaging}, given the build's {@code properties}; empty when it does not.
   */
  static Optional<String> skippedPackageProblem(String packaging, String property, List<String> goals,
      Properties properties) {
    if (!"corpus".equals(packaging)) {
      return Optional.empty(); // another packaging's plugin makes the artifact
    }
    boolean deploys = goals.stream().anyMatch(g -> g.equals("deploy") || g.endsWith(":deploy"));
    boolean installs = deploys || goals.stream().anyMatch(g -> g.equals("install") || g.endsWith(":install"));
    List<String> needing = new ArrayList<>();
    if (installs && !isTrue(properties, "maven.install.skip")) {
      needing.add("install");
    }
    if (deploys && !isTrue(properties, "maven.deploy.skip")) {
      needing.add("deploy");
    }
    if (needing.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder flags = new StringBuilder();
    for (String phase : needing) {
      flags.append(flags.length() == 0 ? "" : " ").append("-Dmaven.").append(phase).append(".skip=true");
    }
    return Optional.of("corpus:package is skipped (" + property + "=true), so this project of packaging"
        + " corpus has no corpus jar to " + String.join(" or ", needing) + "; a jar of an earlier build is not"
        + " used, as it may be stale. Run without " + property + ", or skip those too: " + flags + ".");
  }

  private static boolean isTrue(Properties properties, String name) {
    String value = properties.getProperty(name);
    return value != null && (value.isEmpty() || Boolean.parseBoolean(value.strip()));
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    CorpusInfo info = corpusInfo();
    unlinkedUrls(info).forEach(getLog()::warn);
    Path jar = buildDirectory.toPath().resolve(finalName + ".jar");
    CorpusPackaging.Packaged packaged;
    try {
      Instant created = OutputTimestamp.parse(outputTimestamp);
      int threads = runOptions().threads();
      if (compressionLevel < 0 || compressionLevel > 9) {
        throw ErrorMessages.invalid("compressionLevel", compressionLevel + " is not a deflate level");
      }
      PackageRequest request = PackageRequest.of(info, created, outputDirectory.toPath(), reportsDirectory(), jar)
          .withThreads(threads).withCompressionLevel(compressionLevel).withMinDocuments(minDocuments())
          .withCard(cardDetails())
          .withCleaningReport(publishCleaningReport);
      packaged = CorpusPackaging.run(useCache ? request.withCache(resolve(cacheDirectory), toolVersion()) : request);
    } catch (WriteFailedException e) {
      throw writeFailed(jar, e);
    } catch (NoSuchFileException e) {
      throw ErrorMessages.noCleanedCorpus(e);
    } catch (IOException e) {
      // The cleaned files and the manifest are at odds: the next clean must not keep them as they are.
      String forgot = "";
      try {
        BuildCache.forget(resolve(cacheDirectory));
      } catch (IOException cannotDelete) {
        forgot = " after deleting " + resolve(cacheDirectory);
      }
      throw new MojoExecutionException("Cannot package the corpus into " + jar + ": " + e.getMessage()
          + ". Run corpus:clean again" + forgot + " so that " + outputDirectory + " matches its manifest.", e);
    }
    project.getArtifact().setFile(jar.toFile());
    PackageResult result = packaged.result();
    try {
      CorpusReport.refreshPackage(reportsDirectory(), result);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot add the package to " + reportsDirectory().resolve(CorpusReport.PAGE)
          + ": " + e.getMessage() + ". Run corpus:clean again to write the page anew.", e);
    }
    getLog().info(String.format("%s %d documents (%d bytes) %s %s (sha256 %s)",
        packaged.kept() ? "Unchanged since the last build: kept" : "Packaged",
        result.documents(), result.totalBytes(), packaged.kept() ? "in" : "into", jar, result.jarSha256()));
    for (String warning : result.warnings()) {
      getLog().warn(warning);
    }
    if (result.reusedDocuments() > 0) {
      getLog().info(String.format("Copied %d unchanged documents from the previous jar, deflated %d",
          result.reusedDocuments(), result.documents() - result.reusedDocuments()));
    }
  }

  /** A write that failed (a full device): the file and what to do, not a hint to clean again. */
  static MojoExecutionException writeFailed(Path jar, WriteFailedException e) {
    return new MojoExecutionException("Cannot package the corpus into " + jar + ": " + e.getMessage() + ".", e);
  }

  private CorpusInfo corpusInfo() throws MojoExecutionException {
    try {
      CorpusInfo info = new CorpusInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(), title,
          description, homepage, Configurations.licenses(license, project), Configurations.sources(sources));
      // Stated only when set, so that the descriptors of a corpus without <language> stay as they were.
      return language == null || language.isBlank() ? info : info.withLanguage(Configurations.language(language));
    } catch (InvalidConfigurationException e) {
      throw ErrorMessages.invalidSetting(e);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid corpus metadata: " + e.getMessage()
          + ". Fix the project's <name>, <description>, <url>, <licenses> or the plugin's <sources>.", e);
    }
  }

  /** What the POM and the parameters state for the data card beyond the corpus info. */
  private CardDetails cardDetails() throws MojoExecutionException {
    try {
      return new CardDetails(creators(project.getOrganization(), project.getDevelopers()), citation, intendedUse,
          limitations, personalData, taskCategories);
    } catch (InvalidConfigurationException e) {
      throw ErrorMessages.invalidSetting(e);
    }
  }

  /**
   * The project's organization and developers as the corpus's creators, in the POM's order: a developer
   * without a name is named by the id the POM gives, and one with none of name, id, email or url is left
   * out, as there is nothing to name.
   */
  static List<Creator> creators(Organization organization, List<Developer> developers) {
    List<Creator> creators = new ArrayList<>();
    if (organization != null && (present(organization.getName()) || present(organization.getUrl()))) {
      creators.add(Creator.organization(organization.getName(), organization.getUrl()));
    }
    for (Developer developer : developers == null ? List.<Developer>of() : developers) {
      String name = present(developer.getName()) ? developer.getName() : developer.getId();
      if (present(name) || present(developer.getEmail()) || present(developer.getUrl())) {
        creators.add(Creator.person(name, developer.getEmail(), developer.getUrl()));
      }
    }
    return creators;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * A warning for each URL the data card shows as text rather than as a link, because it is not an
   * absolute http(s) URL: a {@code javascript:} URL must never become a link, and a relative one would
   * resolve against wherever the card is shown.
   */
  static List<String> unlinkedUrls(CorpusInfo info) {
    List<String> warnings = new ArrayList<>();
    if (info.homepage() != null && !DataCard.showsAsLink(info.homepage())) {
      warnings.add(unlinked("the project's <url> (or the plugin's <homepage>)", info.homepage()));
    }
    for (License license : info.licenses()) {
      if (license.url() != null && !DataCard.showsAsLink(license.url())) {
        warnings.add(unlinked("<licenses><license><url>", license.url()));
      }
    }
    for (Source source : info.sources()) {
      if (source.url() != null && !DataCard.showsAsLink(source.url())) {
        warnings.add(unlinked("the plugin's <sources><source><url>", source.url()));
      }
    }
    return warnings;
  }

  private static String unlinked(String element, String url) {
    return "The data card shows " + element + " '" + url + "' as text, not as a link: only absolute http and"
        + " https URLs become links. Use one such as https://example.org/corpus, or leave the element out.";
  }
}
