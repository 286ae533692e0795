package dev.corpuskit.cli;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.config.CorpusConfigFile;
import dev.corpuskit.config.CorpusSettings;
import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UnknownLanguageException;
import dev.corpuskit.lang.UserLexicon;
import dev.corpuskit.pipeline.BuildCache;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.RuleAction;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What validate, clean and report share, as the plugin's {@code AbstractCorpusMojo} does: the corpus
 * folder and its selection, the rules, the run's threads and cache, and how findings are shown. Each
 * option maps onto the plugin parameter of the same meaning, and onto the same core configuration.
 */
final class CorpusOptions {

  /** The command this option set belongs to, to tell an option given from its default. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A configuration file (YAML or JSON, the format the README's \"The configuration file\""
          + " documents): its settings apply where the command line gives none; an option given on the"
          + " command line wins over the file's key.")
  Path config;

  /** The rules of {@code --config}, which the rule options override field by field. */
  private List<RuleSetting> fileRules = List.of();

  @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE_DIR", defaultValue = "src/main/corpus",
      description = "The corpus root (default: ${DEFAULT-VALUE}). Hidden files are never taken.")
  Path sourceDirectory;

  @Option(names = "--include", paramLabel = "GLOB", split = ",",
      description = "Globs of files to take, relative to the corpus root, such as **/*.txt (default: all)."
          + " Repeatable or comma-separated.")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", split = ",", description = "Globs of files to leave out.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "The encoding of files that declare none (no BOM, no HTML meta charset). Default UTF-8.")
  String encoding;

  @Option(names = "--language", paramLabel = "TAG",
      description = "The documents' language, a BCP 47 tag: en (the default) or de; a region such as de-DE"
          + " uses its primary language's data.")
  String language;

  @Option(names = "--rule", paramLabel = "ID=SEVERITY",
      description = "A rule's severity: ERROR, WARNING, INFO or OFF, for example min-words=ERROR. Repeatable.")
  List<String> ruleSeverities = new ArrayList<>();

  @Option(names = "--rule-param", paramLabel = "ID.KEY=VALUE",
      description = "A rule's parameter, for example min-words.min=50. Repeatable.")
  List<String> ruleParameters = new ArrayList<>();

  @Option(names = "--rule-action", paramLabel = "ID=ACTION",
      description = "What clean and package do with a document the rule reports: report (the default) or"
          + " drop (leave it out of the corpus). validate only reports. Repeatable.")
  List<String> ruleActions = new ArrayList<>();

  @Option(names = "--against", paramLabel = "JAR|G:A:V",
      description = "A corpus that no document may copy (the contamination rule): the path of a corpus jar, or"
          + " Maven coordinates groupId:artifactId:version[:type[:classifier]] of one in the local repository."
          + " Repeatable.")
  List<String> against = new ArrayList<>();

  @Option(names = "--local-repository", paramLabel = "DIR",
      description = "The local Maven repository --against coordinates are looked up in. Default: the system"
          + " property maven.repo.local, else ~/.m2/repository.")
  Path localRepository;

  @Option(names = "--min-documents", paramLabel = "N", defaultValue = "1",
      description = "The fewest documents the selection may take (default: ${DEFAULT-VALUE}); 0 allows none.")
  int minDocuments;

  @Option(names = "--threads", paramLabel = "N",
      description = "How many documents are processed at once. Default: one per processor. The output is"
          + " the same for any value.")
  Integer threads;

  @Option(names = "--reports-dir", paramLabel = "DIR", defaultValue = "target/corpus-reports",
      description = "Where the machine-readable reports go (default: ${DEFAULT-VALUE}).")
  Path reportsDirectory;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Keeps per-file results there between runs, so that unchanged files are not processed"
          + " again (keyed on each file's content, the configuration and the tool version). Default: no cache.")
  Path cacheDirectory;

  @Option(names = "--fail-on-warning", description = "Exit 1 when a finding is a warning, too.")
  boolean failOnWarning;

  @Option(names = "--no-fail-on-error", negatable = false,
      description = "Exit 0 even when a finding is an error.")
  boolean noFailOnError;

  @Option(names = "--max-findings", paramLabel = "N", defaultValue = "100",
      description = "How many findings of each severity --format text prints (default: ${DEFAULT-VALUE});"
          + " -1 prints them all. JSON and SARIF hold every finding.")
  int maxFindings;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "How findings are printed to standard output: ${COMPLETION-CANDIDATES}"
          + " (default: ${DEFAULT-VALUE}). sarif is SARIF 2.1.0, for code-scanning tools.")
  FindingsOutput.Format format;

  /** The validation configuration, its rules checked now rather than mid-run. */
  ValidationConfig validation() {
    Charset charset = charset();
    try {
      ValidationConfig config = new ValidationConfig(charset, ruleConfig()).withAgainst(againstJars());
      new Validator(config); // creating the rules checks their parameter values now, not mid-run
      return config;
    } catch (InvalidRuleConfigException e) {
      throw Settings.invalidRules(e);
    }
  }

  /** The language tag in its canonical case, {@code en} when not given. */
  String languageTag() {
    String tag = language == null || language.isBlank() ? Language.ENGLISH : language.strip();
    try {
      return Language.canonicalTag(tag);
    } catch (UnknownLanguageException e) {
      throw Settings.invalidSetting(e);
    }
  }

  /**
   * The corpus configuration with {@code cleaning}, as the plugin builds it: validation first, so that
   * a bad rule is reported before a bad cleaning option, as the plugin does.
   */
  CorpusConfig corpusConfig(ValidationConfig validation, CleanerConfig cleaning) {
    if (minDocuments < 0) {
      throw Settings.invalid("minDocuments", minDocuments + " is negative");
    }
    try {
      return new CorpusConfig(sourceDirectory, includes, excludes, validation, cleaning)
          .withMinDocuments(minDocuments);
    } catch (InvalidConfigurationException e) {
      throw Settings.invalidSetting(e);
    }
  }

  /** The cleaning configuration of a validating run: the language, no steps changed. */
  CleanerConfig cleaning(Set<String> disabledSteps, Path lexicon, NearDuplicateHandling nearDuplicates) {
    String tag = languageTag();
    try {
      UserLexicon rules = lexicon == null ? UserLexicon.none() : UserLexicon.read(lexicon);
      return new CleanerConfig(disabledSteps, tag, rules).withNearDuplicates(nearDuplicates);
    } catch (InvalidConfigurationException e) {
      throw Settings.invalidSetting(e);
    }
  }

  /** How the run executes: threads, the cache, progress for a terminal. */
  RunOptions runOptions(RunOptions.ProgressListener progress) {
    int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (count < 1) {
      throw Settings.invalid("threads", threads + " is less than 1");
    }
    if (maxFindings < -1) {
      throw Settings.invalid("maxLoggedFindings", maxFindings + " is less than -1");
    }
    RunOptions options = RunOptions.defaults().withThreads(count);
    if (progress != null) {
      options = options.withProgress(progress, Duration.ofMillis(200));
    }
    if (cacheDirectory != null) {
      options = options.withCacheDirectory(cacheDirectory, toolVersion());
    }
    return options;
  }

  /** Whether findings of a severity fail the command (exit 1). */
  boolean failOnError() {
    return !noFailOnError;
  }

  /** The cache file, for messages. */
  Path cacheFile() {
    return cacheDirectory == null ? null : BuildCache.documents(cacheDirectory);
  }

  /**
   * The command line's version; for a snapshot also the size and time of its jar and of the core's,
   * so that a rebuilt snapshot does not reuse results of the previous one, as the plugin's key does.
   */
  static String toolVersion() {
    String version = "dev.corpuskit:corpus-cli:" + Version.get();
    if (Version.get().endsWith("-SNAPSHOT")) {
      version += ":" + jarOf(Main.class) + ":core " + jarOf(CorpusBuild.class);
    }
    return version;
  }

  private static String jarOf(Class<?> type) {
    try {
      Path file = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private Charset charset() {
    if (encoding == null || encoding.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw Settings.invalid("encoding", "no charset '" + encoding + "'", e);
    }
  }

  private List<Path> againstJars() {
    List<Path> jars = new ArrayList<>();
    for (String entry : against) {
      jars.add(LocalRepository.jar(entry, localRepository));
    }
    return jars;
  }

  /**
   * The rule settings of {@code --rule}, {@code --rule-param} and {@code --rule-action}, one per rule
   * in the order the rules are first named, as the plugin's {@code <rules>} list gives them.
   */
  RuleConfig ruleConfig() {
    Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
    Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
    Map<String, RuleAction> actions = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    for (RuleSetting rule : fileRules) {
      remember(order, rule.id());
      severities.put(rule.id(), rule.severity());
      parameters.put(rule.id(), new LinkedHashMap<>(rule.parameters()));
      actions.put(rule.id(), rule.action());
    }
    for (String entry : ruleSeverities) {
      String[] pair = pair("--rule", entry, "ID=SEVERITY, such as min-words=ERROR");
      remember(order, pair[0]);
      severities.put(pair[0], Optional.of(Severity.parse(pair[0], pair[1])));
    }
    for (String entry : ruleParameters) {
      String[] pair = pair("--rule-param", entry, "ID.KEY=VALUE, such as min-words.min=50");
      int dot = pair[0].indexOf('.');
      if (dot <= 0 || dot == pair[0].length() - 1) {
        throw usage("--rule-param", entry, "ID.KEY=VALUE, such as min-words.min=50");
      }
      String id = pair[0].substring(0, dot);
      remember(order, id);
      parameters.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(pair[0].substring(dot + 1), pair[1]);
    }
    for (String entry : ruleActions) {
      String[] pair = pair("--rule-action", entry, "ID=ACTION, such as min-words=drop");
      remember(order, pair[0]);
      actions.put(pair[0], RuleAction.parse(pair[0], pair[1]));
    }
    List<RuleSetting> settings = new ArrayList<>();
    for (String id : order) {
      settings.add(new RuleSetting(id, severities.getOrDefault(id, Optional.empty()),
          parameters.getOrDefault(id, Map.of()), actions.getOrDefault(id, RuleAction.REPORT)));
    }
    return RuleConfig.of(settings);
  }

  /**
   * Reads {@code --config}, when given, and fills every option the command line did not give from it;
   * the file's rules are merged with the rule options, an option winning for its rule's field.
   *
   * @return the file's settings, none without {@code --config}
   * @throws CliException (usage) when the file does not exist
   * @throws dev.corpuskit.config.ConfigFileException when the file holds an unknown key or a bad value
   */
  CorpusSettings applyConfig() throws IOException {
    CorpusSettings file = readConfig(config);
    if (!Given.positional(mixee, 0) && file.sourceDirectory() != null) {
      sourceDirectory = file.sourceDirectory();
    }
    includes = includes.isEmpty() ? new ArrayList<>(file.includes()) : includes;
    excludes = excludes.isEmpty() ? new ArrayList<>(file.excludes()) : excludes;
    encoding = encoding != null ? encoding : file.encoding();
    language = language != null ? language : file.language();
    fileRules = file.rules();
    against = against.isEmpty() ? new ArrayList<>(file.against().stream().map(Path::toString).toList()) : against;
    if (!Given.option(mixee, "--min-documents") && file.minDocuments() != null) {
      minDocuments = file.minDocuments();
    }
    threads = threads != null ? threads : file.threads();
    if (!Given.option(mixee, "--reports-dir") && file.reportsDirectory() != null) {
      reportsDirectory = file.reportsDirectory();
    }
    if (!Given.option(mixee, "--fail-on-warning") && file.failOnWarning() != null) {
      failOnWarning = file.failOnWarning();
    }
    if (!Given.option(mixee, "--no-fail-on-error") && file.failOnError() != null) {
      noFailOnError = !file.failOnError();
    }
    return file;
  }

  /** The settings of {@code file}, none when it is null. */
  static CorpusSettings readConfig(Path file) throws IOException {
    if (file == null) {
      return CorpusSettings.none();
    }
    if (!Files.isRegularFile(file)) {
      throw new CliException(ExitCodes.USAGE, "Invalid --config: " + file + " is not a file. Give the path of a"
          + " configuration file such as " + CorpusConfigFile.DEFAULT_NAME + ".");
    }
    return CorpusConfigFile.load(file);
  }

  private static void remember(List<String> order, String id) {
    if (!order.contains(id)) {
      order.add(id);
    }
  }

  /** {@code KEY=VALUE} split at the first {@code =}, both sides stripped and the key non-empty. */
  static String[] pair(String option, String entry, String form) {
    int at = entry.indexOf('=');
    if (at <= 0) {
      throw usage(option, entry, form);
    }
    String key = entry.substring(0, at).strip();
    if (key.isEmpty()) {
      throw usage(option, entry, form);
    }
    return new String[] {key, entry.substring(at + 1).strip()};
  }

  static CliException usage(String option, String entry, String form) {
    return new CliException(ExitCodes.USAGE, "Invalid " + option + " '" + entry + "': give it as " + form + ".");
  }
}
