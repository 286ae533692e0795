package dev.corpuskit.pipeline;

import dev.corpuskit.describe.BuildSummary;
import dev.corpuskit.describe.CorpusDescription;
import dev.corpuskit.describe.CroissantJson;
import dev.corpuskit.describe.DataCard;
import dev.corpuskit.describe.DataPackageJson;
import dev.corpuskit.describe.ManifestFacts;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.pack.EntryContent;
import dev.corpuskit.pack.ManifestSource;
import dev.corpuskit.pack.PackageResult;
import dev.corpuskit.pack.PackageSpec;
import dev.corpuskit.pack.Packager;
import dev.corpuskit.pipeline.state.PackageStamp;
import dev.corpuskit.report.ReportSummaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Packages a cleaned corpus with its descriptors: reads the manifest and reports that cleaning wrote,
 * generates {@code datapackage.json}, {@code croissant.json} and the data card, and writes the jar. The
 * manifest is streamed, never held, so memory does not grow with the corpus.
 */
public final class CorpusPackaging {

  /** The file names cleaning writes to the reports directory. */
  public static final String MANIFEST = "manifest.tsv";
  public static final String VALIDATION_REPORT = "validation.json";
  public static final String CLEANING_REPORT = "cleaning.json";

  private static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();

  private CorpusPackaging() {}

  /**
   * Packages the documents of {@code dataDirectory}, as listed in {@code reportsDirectory/manifest.tsv}.
   *
   * @param created the output timestamp: the time of every entry and the descriptors' creation date
   * @throws java.nio.file.NoSuchFileException when there is no manifest: cleaning has not run
   * @throws IOException when the documents do not match the manifest, or a file cannot be read or written
   */
  public static PackageResult run(CorpusInfo info, Instant created, Path dataDirectory, Path reportsDirectory,
      Path targetJar) throws IOException {
    return run(info, created, dataDirectory, reportsDirectory, targetJar, DEFAULT_THREADS);
  }

  /**
   * Packages as {@link #run(CorpusInfo, Instant, Path, Path, Path)} does, deflating on {@code threads}
   * threads; the jar is the same for any value.
   */
  public static PackageResult run(CorpusInfo info, Instant created, Path dataDirectory, Path reportsDirectory,
      Path targetJar, int threads) throws IOException {
    return run(info, created, dataDirectory, reportsDirectory, targetJar, threads, Packager.COMPRESSION_LEVEL);
  }

  /** Packages as {@link #run(CorpusInfo, Instant, Path, Path, Path, int)} does, deflating at {@code level}. */
  public static PackageResult run(CorpusInfo info, Instant created, Path dataDirectory, Path reportsDirectory,
      Path targetJar, int threads, int level) throws IOException {
    return run(info, created, dataDirectory, reportsDirectory, targetJar, threads, level, 0);
  }

  /**
   * Packages as {@link #run(CorpusInfo, Instant, Path, Path, Path, int, int)} does, unless the manifest
   * lists fewer than {@code minDocuments} documents: then nothing is written.
   *
   * @throws TooFewDocumentsException when the manifest lists fewer than {@code minDocuments} documents
   */
  public static PackageResult run(CorpusInfo info, Instant created, Path dataDirectory, Path reportsDirectory,
      Path targetJar, int threads, int level, int minDocuments) throws IOException {
    return write(info, created, dataDirectory, reportsDirectory, targetJar, new Packager(threads, level),
        minDocuments);
  }

  /**
   * Packages as {@link #run(CorpusInfo, Instant, Path, Path, Path)} does, unless {@code stampFile} shows
   * that the jar was made from the same manifest, reports and metadata by the same {@code toolVersion}
   * and is untouched since: then it is kept.
   *
   * @return the result, and whether the jar was kept
   */
  public static Packaged runIncremental(CorpusInfo info, Instant created, Path dataDirectory,
      Path reportsDirectory, Path targetJar, String toolVersion, Path stampFile) throws IOException {
    return runIncremental(info, created, dataDirectory, reportsDirectory, targetJar, toolVersion, stampFile,
        DEFAULT_THREADS);
  }

  /** As {@link #runIncremental(CorpusInfo, Instant, Path, Path, Path, String, Path)}, on {@code threads}. */
  public static Packaged runIncremental(CorpusInfo info, Instant created, Path dataDirectory,
      Path reportsDirectory, Path targetJar, String toolVersion, Path stampFile, int threads) throws IOException {
    return runIncremental(info, created, dataDirectory, reportsDirectory, targetJar, toolVersion, stampFile, threads,
        Packager.COMPRESSION_LEVEL);
  }

  /**
   * As {@link #runIncremental(CorpusInfo, Instant, Path, Path, Path, String, Path)}, on {@code threads},
   * deflating at {@code level}. When the jar must be written again but the previous one is untouched and
   * was deflated at the same level on the same Java runtime, the deflated bytes of its unchanged documents
   * are copied instead of deflated again (the jar is the same as a fresh one).
   */
  public static Packaged runIncremental(CorpusInfo info, Instant created, Path dataDirectory,
      Path reportsDirectory, Path targetJar, String toolVersion, Path stampFile, int threads, int level)
      throws IOException {
    return runIncremental(info, created, dataDirectory, reportsDirectory, targetJar, toolVersion, stampFile, threads,
        level, 0);
  }

  /**
   * As {@link #runIncremental(CorpusInfo, Instant, Path, Path, Path, String, Path, int, int)}, unless the
   * manifest lists fewer than {@code minDocuments} documents: then nothing is written, nor kept.
   *
   * @throws TooFewDocumentsException when the manifest lists fewer than {@code minDocuments} documents
   */
  public static Packaged runIncremental(CorpusInfo info, Instant created, Path dataDirectory,
      Path reportsDirectory, Path targetJar, String toolVersion, Path stampFile, int threads, int level,
      int minDocuments) throws IOException {
    String key = PackageStamp.key(toolVersion + "\ndeflate level " + level, info, created,
        reportsDirectory.resolve(MANIFEST), reportsDirectory.resolve(VALIDATION_REPORT),
        reportsDirectory.resolve(CLEANING_REPORT));
    Optional<PackageResult> kept = PackageStamp.read(stampFile, key, targetJar);
    if (kept.isPresent()) {
      requireDocuments(dataDirectory, reportsDirectory, kept.get().documents(), minDocuments);
      return new Packaged(kept.get(), true);
    }
    String deflater = PackageStamp.deflater(toolVersion, level);
    Packager packager = new Packager(threads, level);
    if (PackageStamp.jarMadeBy(stampFile, deflater, targetJar)) {
      packager = packager.reusing(targetJar);
    }
    Files.deleteIfExists(stampFile);
    PackageResult result = write(info, created, dataDirectory, reportsDirectory, targetJar, packager, minDocuments);
    PackageStamp.write(stampFile, key, deflater, result);
    return new Packaged(result, false);
  }

  /** Fails when the manifest's {@code documents} are fewer than {@code minDocuments}: an empty corpus is not published. */
  private static void requireDocuments(Path dataDirectory, Path reportsDirectory, int documents, int minDocuments) {
    if (documents < minDocuments) {
      throw TooFewDocumentsException.cleaned(dataDirectory, reportsDirectory.resolve(MANIFEST), documents,
          minDocuments);
    }
  }

  /**
   * A packaging's outcome.
   *
   * @param result the jar
   * @param kept whether the jar of an earlier run was kept, as nothing it is made from changed
   */
  public record Packaged(PackageResult result, boolean kept) {}

  private static PackageResult write(CorpusInfo info, Instant created, Path dataDirectory, Path reportsDirectory,
      Path targetJar, Packager packager, int minDocuments) throws IOException {
    ManifestSource manifest = ManifestSource.of(reportsDirectory.resolve(MANIFEST));
    ManifestFacts facts = ManifestFacts.of(manifest);
    requireDocuments(dataDirectory, reportsDirectory, facts.documents(), minDocuments);
    Path validation = reportsDirectory.resolve(VALIDATION_REPORT);
    Path cleaning = reportsDirectory.resolve(CLEANING_REPORT);
    BuildSummary summary = ReportSummaries.read(validation, cleaning);
    CorpusDescription description = new CorpusDescription(info, manifest, facts, created, summary);

    Map<String, Path> reports = new TreeMap<>();
    for (Path report : new Path[] {validation, cleaning}) {
      if (Files.isRegularFile(report)) {
        reports.put(report.getFileName().toString(), report);
      }
    }
    Map<String, EntryContent> descriptors = new TreeMap<>();
    descriptors.put("datapackage.json", out -> DataPackageJson.write(description, out));
    descriptors.put("croissant.json", EntryContent.of(CroissantJson.write(description)));
    descriptors.put("README.md", EntryContent.of(DataCard.write(description)));
    PackageSpec spec = new PackageSpec(info, created, reports, descriptors);
    return packager.pack(spec, dataDirectory, manifest, targetJar);
  }
}
