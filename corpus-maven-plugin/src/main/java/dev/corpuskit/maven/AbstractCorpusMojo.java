package dev.corpuskit.maven;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.config.ConfigFileException;
import dev.corpuskit.config.CorpusConfigFile;
import dev.corpuskit.config.CorpusSettings;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.pipeline.BuildCache;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.NearDuplicateSummary;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.pipeline.RunSummary;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.ValidationConfig;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/** What every corpus goal shares: skipping, and reading the corpus with its rule configuration. */
abstract class AbstractCorpusMojo extends AbstractMojo {

  /** Skips every corpus goal. */
  @Parameter(property = "corpus.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The fewest documents the corpus may hold: validate and clean fail when the selection takes fewer
   * files, package when the cleaned corpus holds fewer documents, so that a typo in {@code <includes>}
   * or an empty folder fails the build instead of publishing an empty corpus. {@code 0} allows one.
   */
  @Parameter(property = "corpus.minDocuments", defaultValue = "1")
  int minDocuments;

  /**
   * A configuration file (YAML or JSON, the format of {@code corpuskit --config} and the Spark job; the
   * README's "The configuration file" lists its keys) whose settings apply to every parameter this POM
   * leaves at its default: a parameter the POM or a {@code -D} property sets to a value other than its
   * default wins over the file's key; a {@code <rule>} of the POM replaces the file's rule of its id;
   * {@code <stepParameters>} override the file's by key. The project's coordinates always come from
   * the POM, never from the file's {@code metadata}. Relative paths in the file resolve against its
   * folder.
   */
  @Parameter(property = "corpus.configFile")
  File configFile;

  /** The project's build folder, where the defaults of the output folders lie. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File projectBuildDirectory;

  /** The project's {@code project.build.sourceEncoding}, the default of {@link #encoding}. */
  @Parameter(defaultValue = "${project.build.sourceEncoding}", readonly = true)
  String sourceEncoding;

  /** The corpus root directory. */
  @Parameter(property = "corpus.sourceDirectory", defaultValue = "${basedir}/src/main/corpus")
  File sourceDirectory;

  /** Globs of files to take, relative to the corpus root, for example {@code **}{@code /*.txt}. Default: all. */
  @Parameter
  List<String> includes;

  /** Globs of files to leave out. */
  @Parameter
  List<String> excludes;

  /** The encoding of files that declare none (no BOM, no HTML meta charset). Default UTF-8. */
  @Parameter(property = "corpus.encoding", defaultValue = "${project.build.sourceEncoding}")
  String encoding;

  /**
   * The language of the documents, as a BCP 47 tag: {@code en} (the default) or {@code de}. It chooses
   * the stop words the HTML extractor and the density steps judge prose by, and the data of every
   * cleaning step; a tag with a region or script, such as {@code de-DE} or {@code en-GB}, uses the data
   * of its primary language. When set, {@code datapackage.json} and {@code croissant.json} state it.
   */
  @Parameter(property = "corpus.language")
  String language;

  /** Rule settings by rule id: severity (ERROR, WARNING, INFO, OFF) and parameters. */
  @Parameter
  List<RuleConfiguration> rules;

  /**
   * Corpora that no document may copy, such as the evaluation sets a training corpus is kept apart
   * from: the {@code contamination} rule fails a document that near-duplicates, or shares a verbatim
   * run of 50 words with, one of their documents. Each entry is the Maven coordinates
   * {@code groupId:artifactId:version[:type[:classifier]]} of a packaged corpus, resolved from the
   * project's repositories, or the path of a corpus jar relative to the project folder.
   */
  @Parameter
  List<String> against;

  /** Resolves the coordinates of {@link #against}. */
  @SuppressWarnings("deprecation") // @Component: the plugin's mojos take no constructor injection yet
  @Component
  RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
  RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  List<RemoteRepository> remoteRepositories;

  /** Fail the build when a finding is an error. */
  @Parameter(property = "corpus.failOnError", defaultValue = "true")
  boolean failOnError;

  /** Fail the build when a finding is a warning. */
  @Parameter(property = "corpus.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /**
   * How many findings of each severity a goal logs, the first in file order; the summary counts the
   * others, and {@code validation.json} holds them all. {@code -1} logs every finding.
   */
  @Parameter(property = "corpus.maxLoggedFindings", defaultValue = "100")
  int maxLoggedFindings;

  /** Where the machine-readable reports go. */
  @Parameter(property = "corpus.reportsDirectory", defaultValue = "${project.build.directory}/corpus-reports")
  File reportsDirectory;

  /**
   * How many documents are processed at once. Default: one per available processor. The output is the
   * same for any value.
   */
  @Parameter(property = "corpus.threads")
  Integer threads;

  /**
   * Where per-file results are kept between builds, so that unchanged files are not processed again
   * (keyed on each file's content, the configuration and the plugin version).
   */
  @Parameter(property = "corpus.cacheDirectory", defaultValue = "${project.build.directory}/corpus-cache")
  File cacheDirectory;

  /**
   * Switches the cache off: every file is processed again, and the cache and stamps of earlier builds
   * are deleted, so that the next build with the cache does not reuse them either.
   */
  @Parameter(property = "corpus.useCache", defaultValue = "true")
  boolean useCache;

  /** This plugin, whose version is part of the cache key. */
  @Parameter(defaultValue = "${plugin}", readonly = true)
  PluginDescriptor plugin;

  /** The project directory, to show finding paths relative to it. */
  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  File basedir;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || goalSkipped()) {
      String property = skip ? "corpus.skip" : "corpus." + goal() + ".skip";
      getLog().info("Skipping corpus:" + goal() + " (" + property + "=true)");
      skipped(property);
      return;
    }
    long start = System.nanoTime();
    try {
      applyConfigFile();
      run();
    } catch (MojoExecutionException e) {
      throw Escaped.failure(e);
    } catch (MojoFailureException e) {
      throw Escaped.failure(e);
    } catch (RuntimeException e) {
      // The core's typed exceptions become messages naming the POM element; anything else is a bug.
      Optional<AbstractMojoExecutionException> mapped = ErrorMessages.unchecked(goal(), e,
          basedir == null ? null : basedir.toPath());
      if (mapped.isEmpty()) {
        throw Escaped.failure(e);
      }
      if (mapped.get() instanceof MojoFailureException failure) {
        throw Escaped.failure(failure);
      }
      throw Escaped.failure((MojoExecutionException) mapped.get());
    }
    getLog().info(String.format(Locale.ROOT, "corpus:%s took %.1f s", goal(),
        (System.nanoTime() - start) / 1e9));
  }

  /**
   * Maven's log, escaping control characters in every line: the lines name files of the corpus, and a
   * line break in a name must not start a log line of its own.
   */
  @Override
  public Log getLog() {
    return Escaped.log(super.getLog());
  }

  /**
   * Reads {@link #configFile}, when set, into the parameters left at their defaults.
   *
   * @throws MojoExecutionException naming {@code <configFile>}, the key's path, line and column, and the fix
   */
  void applyConfigFile() throws MojoExecutionException {
    if (configFile == null) {
      return;
    }
    CorpusSettings file;
    try {
      file = CorpusConfigFile.load(configFile.toPath());
    } catch (ConfigFileException e) {
      throw new MojoExecutionException("Invalid <configFile>: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read the <configFile> " + configFile + ": " + e
          + ". Give the path of a configuration file, relative to the project folder.", e);
    }
    applyConfig(file);
  }

  /** Sets the parameters at their defaults from {@code file}; a goal with parameters of its own adds them. */
  void applyConfig(CorpusSettings file) {
    if (file.sourceDirectory() != null && atDefault(sourceDirectory, "src/main/corpus", false)) {
      sourceDirectory = file.sourceDirectory().toFile();
    }
    if ((includes == null || includes.isEmpty()) && !file.includes().isEmpty()) {
      includes = file.includes();
    }
    if ((excludes == null || excludes.isEmpty()) && !file.excludes().isEmpty()) {
      excludes = file.excludes();
    }
    if (file.encoding() != null && (encoding == null || encoding.isBlank() || encoding.equals(sourceEncoding))) {
      encoding = file.encoding();
    }
    if (file.language() != null && (language == null || language.isBlank())) {
      language = file.language();
    }
    if (!file.rules().isEmpty()) {
      List<RuleConfiguration> merged = new java.util.ArrayList<>();
      java.util.Set<String> inPom = new java.util.HashSet<>();
      if (rules != null) {
        rules.forEach(r -> inPom.add(r.getId() == null ? "" : r.getId().strip()));
      }
      for (RuleSetting rule : file.rules()) {
        if (!inPom.contains(rule.id())) {
          merged.add(RuleConfiguration.of(rule));
        }
      }
      if (rules != null) {
        merged.addAll(rules);
      }
      rules = merged;
    }
    if ((against == null || against.isEmpty()) && !file.against().isEmpty()) {
      against = file.against().stream().map(Path::toString).toList();
    }
    if (file.minDocuments() != null && minDocuments == 1) {
      minDocuments = file.minDocuments();
    }
    if (file.threads() != null && threads == null) {
      threads = file.threads();
    }
    if (file.failOnError() != null && failOnError) {
      failOnError = file.failOnError();
    }
    if (file.failOnWarning() != null && !failOnWarning) {
      failOnWarning = file.failOnWarning();
    }
    if (file.reportsDirectory() != null && atDefault(reportsDirectory, "corpus-reports", true)) {
      reportsDirectory = file.reportsDirectory().toFile();
    }
  }

  /**
   * Whether {@code value} is the parameter's default: {@code tail} under the project folder
   * ({@code base} false) or under the build folder ({@code base} true); any other path was set.
   */
  boolean atDefault(File value, String tail, boolean inBuildDirectory) {
    if (value == null) {
      return true;
    }
    Path root = basedir == null ? Path.of("") : basedir.toPath();
    if (inBuildDirectory) {
      root = projectBuildDirectory == null ? root.resolve("target") : resolve(projectBuildDirectory);
    }
    return resolve(value).toAbsolutePath().normalize().equals(root.resolve(tail).toAbsolutePath().normalize());
  }

  /** The goal's name, for log messages. */
  abstract String goal();

  /** The goal's work, once it is known not to be skipped. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** Whether this goal's own skip ({@code corpus.<goal>.skip}) is set. */
  abstract boolean goalSkipped();

  /** Whether {@code corpus.skip} or this goal's own skip is set. */
  boolean skipped() {
    return skip || goalSkipped();
  }

  /** Called when the goal is skipped by {@code property}; fails when skipping it leaves the build broken. */
  void skipped(String property) throws MojoExecutionException {
  }

  /** {@code cleaning} with the goal's opt-in cleaning steps on; none unless the goal cleans. */
  CleanerConfig optInSteps(CleanerConfig cleaning) throws MojoExecutionException {
    return cleaning;
  }

  /** The corpus configuration, with cleaning steps switched off as given. */
  CorpusConfig corpusConfig(List<String> disabledSteps) throws MojoExecutionException {
    return corpusConfig(disabledSteps, null);
  }

  /** The corpus configuration, with cleaning steps switched off and the user's lexicon (or null) as given. */
  CorpusConfig corpusConfig(List<String> disabledSteps, File lexicon) throws MojoExecutionException {
    return corpusConfig(disabledSteps, lexicon, NearDuplicateHandling.REPORT);
  }

  /**
   * The corpus configuration, with cleaning steps switched off, the user's lexicon (or null) and the
   * handling of near-duplicates as given.
   */
  CorpusConfig corpusConfig(List<String> disabledSteps, File lexicon, NearDuplicateHandling nearDuplicates)
      throws MojoExecutionException {
    ValidationConfig validation = Configurations.validation(encoding, rules).withAgainst(againstJars());
    CleanerConfig cleaning = optInSteps(
        Configurations.cleaning(disabledSteps, language, lexicon).withNearDuplicates(nearDuplicates));
    try {
      return new CorpusConfig(sourceDirectory.toPath(), orEmpty(includes), orEmpty(excludes), validation, cleaning)
          .withMinDocuments(minDocuments());
    } catch (InvalidConfigurationException e) {
      throw ErrorMessages.invalidSetting(e); // keep-representative with the near-duplicate rule off
    }
  }

  /**
   * Logs what the rules whose action is drop left out of a cleaning run's corpus
   * ({@link RunSummary#dropLines}).
   */
  void logDrops(RunSummary summary) {
    summary.dropLines().forEach(getLog()::info);
  }

  /** Logs what the near-duplicate rule found ({@link NearDuplicateSummary#logLines}). */
  void logNearDuplicates(RunSummary summary) {
    summary.nearDuplicates().logLines().forEach(getLog()::info);
  }


  /** The jars of {@link #against}, resolved; none when it is not set. */
  List<Path> againstJars() throws MojoExecutionException {
    if (against == null || against.isEmpty()) {
      return List.of();
    }
    return AgainstCorpora.resolve(against, basedir.toPath(),
        AgainstCorpora.maven(repositorySystem, repositorySession,
            remoteRepositories == null ? List.of() : remoteRepositories));
  }

  /** {@link #minDocuments}, checked. */
  int minDocuments() throws MojoExecutionException {
    if (minDocuments < 0) {
      throw ErrorMessages.invalid("minDocuments", minDocuments + " is negative");
    }
    return minDocuments;
  }

  /** Says how many files the selection took, and how many the includes and excludes left out. */
  void logSelection(CorpusBuild.Result result) {
    getLog().info(Selections.selected(result.summary().validation().documents(), result.leftOut(),
        sourceDirectory.toPath(), basedir.toPath()));
    if (result.skippedRecords() > 0) {
      getLog().info(result.skippedRecords() + " records of WARC archives or JSONL files are no document"
          + " (requests, metadata, responses other than HTTP 200 text/html or text/plain, blank lines): skipped");
    }
  }

  /** How a run executes: threads, cache, progress every 10 seconds. */
  RunOptions runOptions() throws MojoExecutionException {
    int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (count < 1) {
      throw ErrorMessages.invalid("threads", threads + " is less than 1");
    }
    RunOptions options = RunOptions.defaults().withThreads(count)
        .withProgress(p -> getLog().info("corpus:" + goal() + " " + p.line()), Duration.ofSeconds(10));
    if (useCache) {
      options = options.withCacheDirectory(resolve(cacheDirectory), toolVersion());
    }
    return options;
  }

  /** The cache file of validate and clean. */
  Path cacheFile() {
    return BuildCache.documents(resolve(cacheDirectory));
  }

  /**
   * For a build without the cache, deletes the cache and stamps that earlier builds left (and a killed
   * run's leftovers beside them): a damaged cache would otherwise be reused by the next build with it.
   */
  void forgetCacheUnlessUsed() throws MojoExecutionException {
    if (!useCache) {
      try {
        BuildCache.forget(resolve(cacheDirectory));
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot delete the cache " + cacheFile() + ": " + e
            + ". Delete " + resolve(cacheDirectory) + " by hand.", e);
      }
    }
  }

  /**
   * The plugin's version; for a snapshot also the size and time of its jar and of the core library's
   * jar it runs with, so that a rebuilt snapshot of either does not reuse results of the previous one.
   */
  String toolVersion() {
    if (plugin == null) {
      return "unknown";
    }
    String version = plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion();
    File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
    if (plugin.getVersion().endsWith("-SNAPSHOT") && jar != null) {
      version += ":" + jar.length() + ":" + jar.lastModified() + ":core " + jarOf(CorpusBuild.class);
    }
    return version;
  }

  /** The size and time of the jar (or folder) {@code type} was loaded from, or "unknown". */
  static String jarOf(Class<?> type) {
    try {
      File file = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return file.length() + ":" + file.lastModified();
    } catch (URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  /** A sink that logs each finding as it comes. */
  static RunSink logging(FindingsLog findings) {
    return new RunSink() {
      @Override
      public void finding(Finding finding) {
        findings.log(finding);
      }
    };
  }

  /** Says how much of the run the cache saved. */
  void logReuse(RunSummary summary) {
    if (summary.reused() > 0) {
      getLog().info(String.format("Reused the results of %d of %d unchanged documents from the cache",
          summary.reused(), summary.validation().documents()));
    }
  }

  /** The reports directory, resolved also when there is no project. */
  Path reportsDirectory() {
    return resolve(reportsDirectory);
  }

  /**
   * Resolves a path whose default is built on {@code project.build.directory}. Without a project,
   * Maven leaves {@code ${project.basedir}} in it uninterpolated; it then means the current directory.
   */
  Path resolve(File file) {
    String path = file.getPath();
    String unresolved = "${project.basedir}";
    int at = path.indexOf(unresolved);
    return at < 0 ? file.toPath() : basedir.toPath().resolve(path.substring(at + unresolved.length() + 1));
  }

  /** Reports the findings and fails the build as configured. */
  FindingsLog findingsLog() throws MojoExecutionException {
    return new FindingsLog(getLog(), basedir.toPath(), sourceDirectory.toPath(), failOnError, failOnWarning,
        Configurations.maxLoggedFindings(maxLoggedFindings));
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
