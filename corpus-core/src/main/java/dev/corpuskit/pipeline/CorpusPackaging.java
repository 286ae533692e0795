package dev.corpuskit.pipeline;

import dev.corpuskit.describe.BuildSummary;
import dev.corpuskit.describe.CorpusDescription;
import dev.corpuskit.describe.CroissantJson;
import dev.corpuskit.describe.DataCard;
import dev.corpuskit.describe.DataPackageJson;
import dev.corpuskit.pack.CorpusInfo;
import dev.corpuskit.pack.Manifest;
import dev.corpuskit.pack.PackageResult;
import dev.corpuskit.pack.PackageSpec;
import dev.corpuskit.pack.Packager;
import dev.corpuskit.report.ReportSummaries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Packages a cleaned corpus with its descriptors: reads the manifest and reports that cleaning wrote,
 * generates {@code datapackage.json}, {@code croissant.json} and the data card, and writes the jar.
 */
public final class CorpusPackaging {

  /** The file names cleaning writes to the reports directory. */
  public static final String MANIFEST = "manifest.tsv";
  public static final String VALIDATION_REPORT = "validation.json";
  public static final String CLEANING_REPORT = "cleaning.json";

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
    return write(info, created, dataDirectory, reportsDirectory, targetJar);
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
    String key = PackageStamp.key(toolVersion, info, created, reportsDirectory.resolve(MANIFEST),
        reportsDirectory.resolve(VALIDATION_REPORT), reportsDirectory.resolve(CLEANING_REPORT));
    Optional<PackageResult> kept = PackageStamp.read(stampFile, key, targetJar);
    if (kept.isPresent()) {
      return new Packaged(kept.get(), true);
    }
    Files.deleteIfExists(stampFile);
    PackageResult result = write(info, created, dataDirectory, reportsDirectory, targetJar);
    PackageStamp.write(stampFile, key, result);
    return new Packaged(result, false);
  }

  /**
   * A packaging's outcome.
   *
   * @param result the jar
   * @param kept whether the jar of an earlier run was kept, as nothing it is made from changed
   */
  public record Packaged(PackageResult result, boolean kept) {}

  private static PackageResult write(CorpusInfo info, Instant created, Path dataDirectory, Path reportsDirectory,
      Path targetJar) throws IOException {
    Manifest manifest;
    Path manifestFile = reportsDirectory.resolve(MANIFEST);
    try (InputStream in = Files.newInputStream(manifestFile)) {
      manifest = Manifest.read(in, manifestFile.toString());
    }
    Path validation = reportsDirectory.resolve(VALIDATION_REPORT);
    Path cleaning = reportsDirectory.resolve(CLEANING_REPORT);
    BuildSummary summary = ReportSummaries.read(validation, cleaning);
    CorpusDescription description = new CorpusDescription(info, manifest, created, summary);

    Map<String, Path> reports = new TreeMap<>();
    for (Path report : new Path[] {validation, cleaning}) {
      if (Files.isRegularFile(report)) {
        reports.put(report.getFileName().toString(), report);
      }
    }
    Map<String, byte[]> descriptors = new TreeMap<>();
    descriptors.put("datapackage.json", DataPackageJson.write(description));
    descriptors.put("croissant.json", CroissantJson.write(description));
    descriptors.put("README.md", DataCard.write(description));
    PackageSpec spec = new PackageSpec(info, created, reports, descriptors);
    return new Packager().pack(spec, dataDirectory, manifest, targetJar);
  }
}
