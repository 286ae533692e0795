package dev.corpuskit.pipeline;

import dev.corpuskit.describe.BuildSummary;
import dev.corpuskit.describe.CorpusDescription;
import dev.corpuskit.describe.CroissantJson;
import dev.corpuskit.describe.DataCard;
import dev.corpuskit.describe.DataPackageJson;
import dev.corpuskit.describe.InputFigures;
import dev.corpuskit.describe.ManifestFacts;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.pack.EntryContent;
import dev.corpuskit.pack.ManifestSource;
import dev.corpuskit.pack.PackageResult;
import dev.corpuskit.pack.PackageSpec;
import dev.corpuskit.pack.Packager;
import dev.corpuskit.pipeline.state.PackageStamp;
import dev.corpuskit.report.CorpusReport;
import dev.corpuskit.report.ReportSummaries;
import dev.corpuskit.report.SummaryFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Packages a cleaned corpus with its descriptors: reads the manifest and reports that cleaning wrote,
 * generates {@code datapackage.json}, {@code croissant.json} and the data card into the reports
 * directory, and writes the jar with them. The manifest is streamed, never held, so memory does not grow
 * with the corpus.
 */
public final class CorpusPackaging {

  /** The file names cleaning writes to the reports directory. */
  public static final String MANIFEST = "manifest.tsv";
  public static final String VALIDATION_REPORT = "validation.json";
  public static final String CLEANING_REPORT = "cleaning.json";

  /** The file names of the descriptors, in the jar and in the reports directory. */
  public static final String DATA_PACKAGE = "datapackage.json";
  public static final String CROISSANT = "croissant.json";
  public static final String DATA_CARD = "README.md";

  private CorpusPackaging() {}

  /**
   * Packages as {@code request} says. With a cache folder, the jar is kept when its stamp there shows
   * that it was made from the same manifest, reports and metadata by the same tool version and deflate
   * level and is untouched since; when it must be written again but the previous one is untouched and
   * was deflated at the same level on the same Java runtime, the deflated bytes of its unchanged
   * documents are copied instead of deflated again (the jar is the same as a fresh one). Without a cache
   * folder, the jar is written every time.
   *
   * @return the result, and whether the jar was kept
   * @throws java.nio.file.NoSuchFileException when there is no manifest: cleaning has not run
   * @throws TooFewDocumentsException when the manifest lists fewer documents than the request requires;
   *     then nothing is written, nor kept
   * @throws IOException when the documents do not match the manifest, or a file cannot be read or written
   */
  public static Packaged run(PackageRequest request) throws IOException {
    Packager packager = new Packager(request.threads(), request.compressionLevel());
    if (!request.incremental()) {
      return new Packaged(write(request, packager), false);
    }
    Path stampFile = BuildCache.packageStamp(request.cacheDirectory());
    Path reportsDirectory = request.reportsDirectory();
    String key = PackageStamp.key(request.toolVersion() + "\ndeflate level " + request.compressionLevel()
        + "\n" + request.card() + (request.publishCleaningReport() ? "" : "\nwithout " + CLEANING_REPORT),
        request.info(), request.created(), reportsDirectory.resolve(MANIFEST),
        reportsDirectory.resolve(VALIDATION_REPORT), reportsDirectory.resolve(CLEANING_REPORT),
        reportsDirectory.resolve(CorpusReport.SUMMARY));
    Optional<PackageResult> kept = PackageStamp.read(stampFile, key, request.targetJar());
    if (kept.isPresent()) {
      requireDocuments(request, kept.get().documents());
      // The jar is the same, so are its descriptors: written again only in case the reports lost them.
      writeDescriptors(request, describe(request));
      return new Packaged(kept.get(), true);
    }
    String deflater = PackageStamp.deflater(request.toolVersion(), request.compressionLevel());
    if (PackageStamp.jarMadeBy(stampFile, deflater, request.targetJar())) {
      packager = packager.reusing(request.targetJar());
    }
    Files.deleteIfExists(stampFile);
    PackageResult result = write(request, packager);
    PackageStamp.write(stampFile, key, deflater, result);
    return new Packaged(result, false);
  }

  /** Fails when the manifest's {@code documents} are fewer than {@code minDocuments}: an empty corpus is not published. */
  private static void requireDocuments(PackageRequest request, int documents) {
    if (documents < request.minDocuments()) {
      throw TooFewDocumentsException.cleaned(request.dataDirectory(), request.reportsDirectory().resolve(MANIFEST),
          documents, request.minDocuments());
    }
  }

  /**
   * A packaging's outcome.
   *
   * @param result the jar
   * @param kept whether the jar of an earlier run was kept, as nothing it is made from changed
   */
  public record Packaged(PackageResult result, boolean kept) {}

  private static PackageResult write(PackageRequest request, Packager packager) throws IOException {
    Path reportsDirectory = request.reportsDirectory();
    CorpusDescription description = describe(request);
    Path validation = reportsDirectory.resolve(VALIDATION_REPORT);
    Path cleaning = reportsDirectory.resolve(CLEANING_REPORT);
    Map<String, Path> reports = new TreeMap<>();
    // Left out when not published: it stays in the reports directory, its counts in the data card.
    for (Path report : request.publishCleaningReport() ? new Path[] {validation, cleaning} : new Path[] {validation}) {
      if (Files.isRegularFile(report)) {
        reports.put(report.getFileName().toString(), report);
      }
    }
    Map<String, Path> written = writeDescriptors(request, description);
    Map<String, EntryContent> descriptors = new TreeMap<>();
    for (Map.Entry<String, Path> descriptor : written.entrySet()) {
      descriptors.put(descriptor.getKey(), out -> Files.copy(descriptor.getValue(), out));
    }
    PackageSpec spec = new PackageSpec(request.info(), request.created(), reports, descriptors);
    return packager.pack(spec, request.dataDirectory(), description.manifest(), request.targetJar());
  }

  /**
   * The description of the corpus the manifest lists, with the build's summary and figures and the
   * request's card details.
   *
   * @throws TooFewDocumentsException when the manifest lists fewer documents than the request requires
   */
  private static CorpusDescription describe(PackageRequest request) throws IOException {
    Path reportsDirectory = request.reportsDirectory();
    ManifestSource manifest = ManifestSource.of(reportsDirectory.resolve(MANIFEST));
    ManifestFacts facts = ManifestFacts.of(manifest);
    requireDocuments(request, facts.documents());
    BuildSummary summary = ReportSummaries.read(reportsDirectory.resolve(VALIDATION_REPORT),
        reportsDirectory.resolve(CLEANING_REPORT));
    if (!request.publishCleaningReport()) {
      summary = summary.withoutCleaningReport();
    }
    InputFigures figures = SummaryFigures.read(reportsDirectory.resolve(CorpusReport.SUMMARY));
    return new CorpusDescription(request.info(), manifest, facts, request.created(), summary, request.card(),
        figures);
  }

  /**
   * Writes the data card and the descriptors to the reports directory, each atomically, so that a
   * reviewer reads them without unpacking the jar; the jar's entries are copied from these files, so
   * both hold the same bytes.
   *
   * @return the jar entry name of each descriptor and its file
   */
  private static Map<String, Path> writeDescriptors(PackageRequest request, CorpusDescription description)
      throws IOException {
    Path reportsDirectory = request.reportsDirectory();
    Map<String, Path> files = new TreeMap<>();
    Path dataPackage = reportsDirectory.resolve(DATA_PACKAGE);
    AtomicFiles.write(dataPackage, out -> DataPackageJson.write(description, out));
    files.put(DATA_PACKAGE, dataPackage);
    files.put(CROISSANT, writeIfChanged(reportsDirectory.resolve(CROISSANT), CroissantJson.write(description)));
    files.put(DATA_CARD, writeIfChanged(reportsDirectory.resolve(DATA_CARD), DataCard.write(description)));
    return files;
  }

  private static Path writeIfChanged(Path file, byte[] bytes) throws IOException {
    if (!AtomicFiles.holds(file, bytes)) {
      AtomicFiles.write(file, bytes);
    }
    return file;
  }
}
