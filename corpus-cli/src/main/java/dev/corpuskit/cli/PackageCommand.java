package dev.corpuskit.cli;

import dev.corpuskit.config.CorpusSettings;
import dev.corpuskit.describe.CardDetails;
import dev.corpuskit.describe.Creator;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Source;
import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UnknownLanguageException;
import dev.corpuskit.pack.PackageResult;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.pipeline.PackageRequest;
import dev.corpuskit.report.CorpusReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpuskit package}: what {@code corpus:package} does, through the same core call
 * ({@link CorpusPackaging#run}): the cleaned folder as a reproducible corpus jar with its manifest,
 * checksums, descriptors, data card and reports. The POM's facts (coordinates, name, licence) are
 * options here.
 */
@Command(name = "package", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Packages the cleaned corpus (run clean first) as a reproducible jar with the documents,"
        + " manifest.tsv, SHA256SUMS, datapackage.json, croissant.json, a data card and the reports, as"
        + " corpus:package does. The card and the descriptors are also written to the reports folder."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:packaged",
        "1:the cleaned corpus holds fewer documents than --min-documents",
        "2:usage or configuration error, or no cleaned corpus",
        "3:a file could not be read or written, or an internal error"})
final class PackageCommand implements Callable<Integer> {

  /** The time of every entry when none is given, as the plugin's: the earliest a zip entry can carry. */
  static final Instant DEFAULT_TIMESTAMP = Instant.parse("1980-01-01T00:00:02Z");

  @Spec
  CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A configuration file (YAML or JSON): its settings, metadata included, apply where the"
          + " command line gives none; an option given on the command line wins over the file's key.")
  Path config;

  @Option(names = "--group-id", paramLabel = "ID",
      description = "The corpus's group id. Required, here or as metadata.groupId in --config.")
  String groupId;

  @Option(names = "--artifact-id", paramLabel = "ID",
      description = "The corpus's artifact id. Required, here or as metadata.artifactId in --config.")
  String artifactId;

  @Option(names = "--corpus-version", paramLabel = "VERSION",
      description = "The corpus's version, such as 1.0.0. Required, here or as metadata.version in --config.")
  String version;

  @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", defaultValue = "target/corpus",
      description = "The cleaned documents, as clean wrote them (default: ${DEFAULT-VALUE}).")
  Path outputDirectory;

  @Option(names = "--reports-dir", paramLabel = "DIR", defaultValue = "target/corpus-reports",
      description = "The reports clean wrote, where the card and descriptors go too (default: ${DEFAULT-VALUE}).")
  Path reportsDirectory;

  @Option(names = "--jar", paramLabel = "FILE",
      description = "The jar to write. Default: target/ARTIFACT_ID-VERSION.jar.")
  Path jar;

  @Option(names = "--output-timestamp", paramLabel = "TIME",
      description = "Timestamp of every entry and the descriptors' creation date: ISO-8601 or seconds since"
          + " the epoch. Default 1980-01-01T00:00:02Z, so the jar is reproducible anyway.")
  String outputTimestamp;

  @Option(names = "--title", description = "The corpus's title.")
  String title;

  @Option(names = "--description", description = "What the corpus holds.")
  String description;

  @Option(names = "--homepage", paramLabel = "URL", description = "Where the corpus is described.")
  String homepage;

  @Option(names = "--license", paramLabel = "SPDX", description = "The corpus's licence, such as CC-BY-4.0.")
  String license;

  @Option(names = "--language", paramLabel = "TAG",
      description = "The documents' language, stated in datapackage.json and croissant.json when given.")
  String language;

  @Option(names = "--source", paramLabel = "TITLE=URL",
      description = "Where the documents came from, for provenance. Repeatable.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--organization", paramLabel = "NAME", description = "The organization that made the corpus.")
  String organization;

  @Option(names = "--creator", paramLabel = "NAME", description = "A person who made the corpus. Repeatable.")
  List<String> creators = new ArrayList<>();

  @Option(names = "--citation", description = "How to cite the corpus: a BibTeX entry or a reference.")
  String citation;

  @Option(names = "--intended-use", paramLabel = "TEXT", description = "What the corpus is meant for.")
  String intendedUse;

  @Option(names = "--limitations", paramLabel = "TEXT", description = "What the corpus is not fit for.")
  String limitations;

  @Option(names = "--personal-data", paramLabel = "TEXT",
      description = "What personal data the corpus holds and how it was handled.")
  String personalData;

  @Option(names = "--task-category", paramLabel = "ID", split = ",",
      description = "A Hugging Face task category, such as text-generation. Repeatable or comma-separated.")
  List<String> taskCategories = new ArrayList<>();

  @Option(names = "--compression-level", paramLabel = "N", defaultValue = "6",
      description = "The deflate level of the entries, 0 (stored) to 9 (default: ${DEFAULT-VALUE}).")
  int compressionLevel;

  @Option(names = "--no-cleaning-report", description = "Leave cleaning.json out of the jar.")
  boolean noCleaningReport;

  @Option(names = "--min-documents", paramLabel = "N", defaultValue = "1",
      description = "The fewest documents the cleaned corpus may hold (default: ${DEFAULT-VALUE}).")
  int minDocuments;

  @Option(names = "--threads", paramLabel = "N", description = "How many documents are deflated at once.")
  Integer threads;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where clean kept its cache; an unchanged jar is then kept as it is.")
  Path cacheDirectory;

  /** The licences, sources and creators of {@code --config}, used when the command line gives none. */
  private CorpusSettings.Metadata fileMetadata = CorpusSettings.Metadata.NONE;

  /** Fills every option the command line did not give from {@code --config}. */
  private void applyConfig() throws IOException {
    CorpusSettings file = CorpusOptions.readConfig(config);
    CorpusSettings.Metadata m = file.metadata();
    fileMetadata = m;
    groupId = groupId != null ? groupId : m.groupId();
    artifactId = artifactId != null ? artifactId : m.artifactId();
    version = version != null ? version : m.version();
    title = title != null ? title : m.title();
    description = description != null ? description : m.description();
    homepage = homepage != null ? homepage : m.homepage();
    language = language != null ? language : file.language();
    citation = citation != null ? citation : m.citation();
    intendedUse = intendedUse != null ? intendedUse : m.intendedUse();
    limitations = limitations != null ? limitations : m.limitations();
    personalData = personalData != null ? personalData : m.personalData();
    taskCategories = taskCategories.isEmpty() ? new ArrayList<>(m.taskCategories()) : taskCategories;
    outputTimestamp = outputTimestamp != null ? outputTimestamp : file.outputTimestamp();
    threads = threads != null ? threads : file.threads();
    if (!Given.option(spec, "--output-dir") && file.outputDirectory() != null) {
      outputDirectory = file.outputDirectory();
    }
    if (!Given.option(spec, "--reports-dir") && file.reportsDirectory() != null) {
      reportsDirectory = file.reportsDirectory();
    }
    if (!Given.option(spec, "--compression-level") && file.compressionLevel() != null) {
      compressionLevel = file.compressionLevel();
    }
    if (!Given.option(spec, "--min-documents") && file.minDocuments() != null) {
      minDocuments = file.minDocuments();
    }
    if (!Given.option(spec, "--no-cleaning-report") && file.publishCleaningReport() != null) {
      noCleaningReport = !file.publishCleaningReport();
    }
    for (String[] required : new String[][] {{groupId, "--group-id", "groupId"},
        {artifactId, "--artifact-id", "artifactId"}, {version, "--corpus-version", "version"}}) {
      if (required[0] == null) {
        throw new CliException(ExitCodes.USAGE, "Missing " + required[1] + ": give it, or metadata."
            + required[2] + " in --config.");
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    applyConfig();
    CorpusInfo info = corpusInfo();
    Path target = jar != null ? jar : Path.of("target", artifactId + "-" + version + ".jar");
    int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (count < 1) {
      throw Settings.invalid("threads", threads + " is less than 1");
    }
    if (compressionLevel < 0 || compressionLevel > 9) {
      throw Settings.invalid("compressionLevel", compressionLevel + " is not a deflate level");
    }
    if (minDocuments < 0) {
      throw Settings.invalid("minDocuments", minDocuments + " is negative");
    }
    CorpusPackaging.Packaged packaged;
    try {
      PackageRequest request = PackageRequest.of(info, timestamp(), outputDirectory, reportsDirectory, target)
          .withThreads(count).withCompressionLevel(compressionLevel).withMinDocuments(minDocuments)
          .withCard(cardDetails()).withCleaningReport(!noCleaningReport);
      packaged = CorpusPackaging.run(cacheDirectory == null ? request
          : request.withCache(cacheDirectory, CorpusOptions.toolVersion()));
    } catch (InvalidConfigurationException e) {
      throw Settings.invalidSetting(e);
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCodes.USAGE, "No cleaned corpus: " + e.getFile() + " does not exist. Run"
          + " corpuskit clean first, with the same --output-dir and --reports-dir.", e);
    }
    PackageResult result = packaged.result();
    CorpusReport.refreshPackage(reportsDirectory, result);
    out.println(String.format("%s %d documents (%d bytes) %s %s (sha256 %s)",
        packaged.kept() ? "Unchanged since the last build: kept" : "Packaged",
        result.documents(), result.totalBytes(), packaged.kept() ? "in" : "into", target, result.jarSha256()));
    result.warnings().forEach(spec.commandLine().getErr()::println);
    return ExitCodes.OK;
  }

  private CorpusInfo corpusInfo() {
    try {
      List<License> licenses = license == null ? fileMetadata.licenses()
          : license.isBlank() ? List.of() : List.of(new License(license, null));
      List<Source> list = new ArrayList<>(sources.isEmpty() ? fileMetadata.sources() : List.of());
      for (String entry : sources) {
        int at = entry.indexOf('=');
        list.add(at < 0 ? new Source(entry, null) : new Source(entry.substring(0, at), entry.substring(at + 1)));
      }
      CorpusInfo info = new CorpusInfo(groupId, artifactId, version, title, description, homepage, licenses, list);
      return language == null || language.isBlank() ? info
          : info.withLanguage(Language.canonicalTag(language.strip()));
    } catch (UnknownLanguageException e) {
      throw new CliException(ExitCodes.USAGE, "Invalid --language: " + e.getMessage()
          + ". Use one of the known languages, alone or with a region such as de-DE.", e);
    } catch (InvalidConfigurationException e) {
      throw Settings.invalidSetting(e);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, "Invalid corpus metadata: " + e.getMessage()
          + ". Fix --group-id, --artifact-id, --corpus-version, --title, --description, --homepage, --license"
          + " or --source.", e);
    }
  }

  private CardDetails cardDetails() {
    List<Creator> list = new ArrayList<>();
    if (organization == null && creators.isEmpty()) {
      list.addAll(fileMetadata.cardDetails().creators()); // the file's organization and creators
    }
    if (organization != null && !organization.isBlank()) {
      list.add(Creator.organization(organization, null));
    }
    for (String name : creators) {
      list.add(Creator.person(name, null, null));
    }
    return new CardDetails(list, citation, intendedUse, limitations, personalData,
        taskCategories.isEmpty() ? null : taskCategories);
  }

  /** {@code --output-timestamp} read as Maven's archivers read {@code project.build.outputTimestamp}. */
  private Instant timestamp() {
    if (outputTimestamp == null || outputTimestamp.strip().length() < 2) {
      return DEFAULT_TIMESTAMP;
    }
    String value = outputTimestamp.strip();
    try {
      if (value.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochSecond(Long.parseLong(value));
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw Settings.invalid("outputTimestamp", "'" + outputTimestamp + "' is neither ISO-8601 nor seconds", e);
    }
  }
}
