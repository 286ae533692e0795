package dev.corpuskit.config;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.describe.CardDetails;
import dev.corpuskit.describe.Creator;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Source;
import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UserLexicon;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.PackageRequest;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.report.ReportDocuments;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.ValidationConfig;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a configuration file ({@link CorpusConfigFile}), each null (or empty) when the file
 * does not set it; the request methods ({@link #corpusConfig}, {@link #runOptions},
 * {@link #packageRequest}) fill in the documented defaults, the same as the plugin's and the command
 * line's. Paths are absolute: a relative path in the file is resolved against the file's folder.
 *
 * @param sourceDirectory the corpus root; default {@code src/main/corpus} beside the file
 * @param includes globs of files to take; empty takes all
 * @param excludes globs of files to leave out
 * @param encoding the charset of files that declare none; default UTF-8
 * @param language the documents' language as a canonical BCP 47 tag; default {@code en}
 * @param rules rule settings (severity, action, parameters), in the file's order
 * @param disabledSteps ids of cleaning steps switched off
 * @param enabledSteps ids of opt-in cleaning steps switched on
 * @param stepParameters parameters of the cleaning steps, such as {@code c4.minWordsPerLine}
 * @param lexicon a file of boilerplate rules of the user's own, or null
 * @param nearDuplicates {@code report} or {@code keep-representative}; default {@code report}
 * @param against corpus jars no document may copy
 * @param auditDetail {@code excerpt}, {@code full} or {@code counts}; default {@code excerpt}
 * @param minDocuments the fewest documents the corpus may hold; default 1
 * @param threads how many documents are processed at once; default one per processor
 * @param reportDocuments document ids or globs the review page shows in full, comma-separated
 * @param failOnError whether errors fail the run; default true
 * @param failOnWarning whether warnings fail the run; default false
 * @param outputDirectory where the cleaned documents go; default {@code target/corpus} beside the file
 * @param reportsDirectory where the reports go; default {@code target/corpus-reports} beside the file
 * @param compressionLevel the jar's deflate level, 0 to 9; default 6
 * @param outputTimestamp the time of every jar entry, ISO-8601 or seconds since the epoch; default
 *     1980-01-01T00:00:02Z
 * @param publishCleaningReport whether the jar holds {@code cleaning.json}; default true
 * @param metadata the corpus's coordinates and description, for {@code package}
 */
public record CorpusSettings(
    Path sourceDirectory,
    List<String> includes,
    List<String> excludes,
    String encoding,
    String language,
    List<RuleSetting> rules,
    List<String> disabledSteps,
    List<String> enabledSteps,
    Map<String, String> stepParameters,
    Path lexicon,
    String nearDuplicates,
    List<Path> against,
    String auditDetail,
    Integer minDocuments,
    Integer threads,
    String reportDocuments,
    Boolean failOnError,
    Boolean failOnWarning,
    Path outputDirectory,
    Path reportsDirectory,
    Integer compressionLevel,
    String outputTimestamp,
    Boolean publishCleaningReport,
    Metadata metadata) {

  /** The time of every jar entry when none is set, as the plugin's: the earliest a zip entry can carry. */
  public static final Instant DEFAULT_TIMESTAMP = Instant.parse("1980-01-01T00:00:02Z");

  public CorpusSettings {
    includes = includes == null ? List.of() : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    rules = rules == null ? List.of() : List.copyOf(rules);
    disabledSteps = disabledSteps == null ? List.of() : List.copyOf(disabledSteps);
    enabledSteps = enabledSteps == null ? List.of() : List.copyOf(enabledSteps);
    stepParameters = stepParameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.TreeMap<>(stepParameters));
    against = against == null ? List.of() : List.copyOf(against);
    metadata = metadata == null ? Metadata.NONE : metadata;
  }

  /** No setting: every default. */
  public static CorpusSettings none() {
    return new CorpusSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The package metadata: the corpus's coordinates, what the data card and descriptors state. Each null
   * (or empty) when not set.
   *
   * @param groupId the corpus's group id
   * @param artifactId the corpus's artifact id
   * @param version the corpus's version
   * @param title the corpus's title
   * @param description what the corpus holds
   * @param homepage where the corpus is described
   * @param licenses its licences (an SPDX id as the name, a URL or both)
   * @param sources where the documents came from
   * @param organization the organization that made it, or null
   * @param creators the people who made it
   * @param citation how to cite it
   * @param intendedUse what it is meant for
   * @param limitations what it is not fit for
   * @param personalData what personal data it holds and how it was handled
   * @param taskCategories Hugging Face task categories
   */
  public record Metadata(String groupId, String artifactId, String version, String title, String description,
      String homepage, List<License> licenses, List<Source> sources, Creator organization, List<Creator> creators,
      String citation, String intendedUse, String limitations, String personalData, List<String> taskCategories) {

    /** Nothing set. */
    public static final Metadata NONE = new Metadata(null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null);

    public Metadata {
      licenses = licenses == null ? List.of() : List.copyOf(licenses);
      sources = sources == null ? List.of() : List.copyOf(sources);
      creators = creators == null ? List.of() : List.copyOf(creators);
      taskCategories = taskCategories == null ? List.of() : List.copyOf(taskCategories);
    }

    /**
     * The corpus info of these coordinates and texts, stating the language {@code tag} when not null.
     *
     * @throws InvalidConfigurationException naming the setting at fault, such as {@code groupId} when
     *     it is not set
     */
    public CorpusInfo corpusInfo(String tag) {
      CorpusInfo info = new CorpusInfo(groupId, artifactId, version, title, description, homepage, licenses,
          sources);
      return tag == null ? info : info.withLanguage(tag);
    }

    /** What the data card states beyond the corpus info. */
    public CardDetails cardDetails() {
      List<Creator> all = new ArrayList<>();
      if (organization != null) {
        all.add(organization);
      }
      all.addAll(creators);
      return new CardDetails(all, citation, intendedUse, limitations, personalData, taskCategories);
    }
  }

  /** The corpus root, {@code src/main/corpus} under {@code base} when not set. */
  public Path sourceDirectory(Path base) {
    return sourceDirectory != null ? sourceDirectory : base.resolve("src/main/corpus");
  }

  /** The charset of files that declare none. */
  public Charset charset() {
    return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
  }

  /** The language tag, {@code en} when not set. */
  public String languageTag() {
    return language == null ? Language.ENGLISH : language;
  }

  /** The validation configuration: the encoding, the rules and the corpora of {@link #against}. */
  public ValidationConfig validation() {
    return new ValidationConfig(charset(), RuleConfig.of(rules)).withAgainst(against);
  }

  /** The cleaning configuration: steps, language, lexicon, near-duplicate handling. */
  public CleanerConfig cleaning() {
    UserLexicon userLexicon = lexicon == null ? UserLexicon.none() : UserLexicon.read(lexicon);
    return new CleanerConfig(Set.copyOf(disabledSteps), languageTag(), userLexicon)
        .withNearDuplicates(nearDuplicates == null ? NearDuplicateHandling.REPORT
            : NearDuplicateHandling.of(nearDuplicates))
        .withOptInSteps(Set.copyOf(enabledSteps), stepParameters);
  }

  /**
   * The corpus configuration of a cleaning run, as {@code corpus:clean} builds it from the same values;
   * its source directory, when not set, is {@code src/main/corpus} under {@code base}.
   */
  public CorpusConfig corpusConfig(Path base) {
    return new CorpusConfig(sourceDirectory(base), includes, excludes, validation(), cleaning())
        .withAuditDetail(auditDetail == null ? AuditDetail.EXCERPT : AuditDetail.of(auditDetail))
        .withMinDocuments(minDocuments == null ? 1 : minDocuments);
  }

  /** The review page's documents. */
  public ReportDocuments reportDocumentsOrNone() {
    return ReportDocuments.of(reportDocuments);
  }

  /** The threads of a run: {@link #threads}, else one per available processor. */
  public int threadCount() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  /** How a run executes: the threads; no cache, no progress (a runner adds its own). */
  public RunOptions runOptions() {
    return RunOptions.defaults().withThreads(threadCount());
  }

  /** The time of every jar entry: {@link #outputTimestamp}, else {@link #DEFAULT_TIMESTAMP}. */
  public Instant timestamp() {
    return outputTimestamp == null ? DEFAULT_TIMESTAMP : parseTimestamp(outputTimestamp);
  }

  /**
   * The request that packages the cleaned folder {@code dataDirectory} with the reports in
   * {@code reportsDirectory} into {@code jar}, with this file's metadata, compression, timestamp and
   * minimum; no cache.
   *
   * @throws InvalidConfigurationException naming the setting at fault, such as {@code groupId} when the
   *     file sets no coordinates
   */
  public PackageRequest packageRequest(Path dataDirectory, Path reportsDirectory, Path jar) {
    CorpusInfo info = metadata.corpusInfo(language);
    return PackageRequest.of(info, timestamp(), dataDirectory, reportsDirectory, jar)
        .withThreads(threadCount())
        .withCompressionLevel(compressionLevel == null ? 6 : compressionLevel)
        .withMinDocuments(minDocuments == null ? 1 : minDocuments)
        .withCard(metadata.cardDetails())
        .withCleaningReport(publishCleaningReport == null || publishCleaningReport);
  }

  /**
   * {@code value} read as Maven's archivers read {@code project.build.outputTimestamp}: seconds since
   * the epoch, or ISO-8601 with an offset.
   *
   * @throws InvalidConfigurationException ({@code outputTimestamp}) when it is neither, or outside
   *     1980..2107
   */
  public static Instant parseTimestamp(String value) {
    String text = value.strip();
    Instant instant;
    try {
      instant = text.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(text))
          : OffsetDateTime.parse(text).toInstant();
    } catch (RuntimeException e) {
      throw new InvalidConfigurationException("outputTimestamp", "'" + value + "' is neither ISO-8601 with an"
          + " offset nor seconds since the epoch", e);
    }
    if (instant.isBefore(Instant.parse("1980-01-01T00:00:00Z")) || !instant.isBefore(
        Instant.parse("2108-01-01T00:00:00Z"))) {
      throw new InvalidConfigurationException("outputTimestamp", "'" + value + "' lies outside 1980..2107 (UTC)");
    }
    return instant;
  }
}
