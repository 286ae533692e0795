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
        + (request.publishCleaningReport() ? "" : "\nwithout " + CLEANING_REPORT),
        request.info(), request.created(), reportsDirectory.resolve(MANIFEST),
        reportsDirectory.resolve(VALIDATION_REPORT), reportsDirectory.resolve(CLEANING_REPORT));
    Optional<PackageResult> kept = PackageStamp.read(stampFile, key, request.targetJar());
    if (kept.isPresent()) {
      requireDocuments(request, kept.get().documents());
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
    CorpusInfo info = request.info();
    ManifestSource manifest = ManifestSource.of(reportsDirectory.resolve(MANIFEST));
    ManifestFacts facts = ManifestFacts.of(manifest);
    requireDocuments(request, facts.documents());
    Path validation = reportsDirectory.resolve(VALIDATION_REPORT);
    Path cleaning = reportsDirectory.resolve(CLEANING_REPORT);
    BuildSummary summary = ReportSummaries.read(validation, cleaning);
    if (!request.publishCleaningReport()) {
      summary = summary.withoutCleaningReport();
    }
    CorpusDescription description = new CorpusDescription(info, manifest, facts, request.created(), summary);

    Map<String, Path> reports = new TreeMap<>();
    // Left out when not published: it stays in the reports directory, its counts in the data card.
    for (Path report : request.publishCleaningReport() ? new Path[] {validation, cleaning} : new Path[] {validation}) {
      if (Files.isRegularFile(report)) {
        reports.put(report.getFileName().toString(), report);
      }
    }
    Map<String, EntryContent> descriptors = new TreeMap<>();
    descriptors.put("datapackage.json", out -> DataPackageJson.write(description, out));
    descriptors.put("croissant.json", EntryContent.of(CroissantJson.write(description)));
    descriptors.put("README.md", EntryContent.of(DataCard.write(description)));
    PackageSpec spec = new PackageSpec(info, request.created(), reports, descriptors);
    return packager.pack(spec, request.dataDirectory(), manifest, request.targetJar());
  }
}
