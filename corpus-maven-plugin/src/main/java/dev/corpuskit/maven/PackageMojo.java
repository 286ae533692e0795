package dev.corpuskit.maven;

import dev.corpuskit.pack.CorpusInfo;
import dev.corpuskit.pack.License;
import dev.corpuskit.pack.PackageResult;
import dev.corpuskit.pack.Source;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusPackaging;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Packages the cleaned corpus as the project's artifact: a reproducible jar with the documents,
 * {@code manifest.tsv}, {@code SHA256SUMS}, {@code datapackage.json}, {@code croissant.json}, a data
 * card and the reports. {@code mvn install} and {@code mvn deploy} then publish it like any other
 * artifact.
 */
@Mojo(name = "package", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackageMojo extends AbstractCorpusMojo {

  /** The packaging stamp's name in the cache directory. */
  static final String STAMP_FILE = "package.properties";

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

  /** Where the documents came from: {@code <source><title/><url/></source>}, for provenance. */
  @Parameter
  List<SourceConfiguration> sources;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  String goal() {
    return "package";
  }

  @Override
  void run() throws MojoExecutionException {
    CorpusInfo info = corpusInfo();
    Path jar = buildDirectory.toPath().resolve(finalName + ".jar");
    CorpusPackaging.Packaged packaged;
    try {
      Instant created = OutputTimestamp.parse(outputTimestamp);
      int threads = runOptions().threads();
      if (compressionLevel < 0 || compressionLevel > 9) {
        throw new MojoExecutionException("Invalid <compressionLevel> " + compressionLevel + ": use 0 to 9.");
      }
      packaged = useCache
          ? CorpusPackaging.runIncremental(info, created, outputDirectory.toPath(), reportsDirectory(), jar,
              toolVersion(), resolve(cacheDirectory).resolve(STAMP_FILE), threads, compressionLevel)
          : new CorpusPackaging.Packaged(CorpusPackaging.run(info, created, outputDirectory.toPath(),
              reportsDirectory(), jar, threads, compressionLevel), false);
    } catch (NoSuchFileException e) {
      throw new MojoExecutionException("No cleaned corpus: " + e.getFile() + " does not exist. Bind"
          + " corpus:clean to an earlier phase (it defaults to process-resources) or run it before"
          + " corpus:package.", e);
    } catch (IOException e) {
      // The cleaned files and the manifest are at odds: the next clean must not keep them as they are.
      String forgot = "";
      try {
        CorpusBuild.forgetCache(cacheFile());
      } catch (IOException cannotDelete) {
        forgot = " after deleting " + resolve(cacheDirectory);
      }
      throw new MojoExecutionException("Cannot package the corpus into " + jar + ": " + e.getMessage()
          + ". Run corpus:clean again" + forgot + " so that " + outputDirectory + " matches its manifest.", e);
    }
    project.getArtifact().setFile(jar.toFile());
    PackageResult result = packaged.result();
    getLog().info(String.format("%s %d documents (%d bytes) %s %s (sha256 %s)",
        packaged.kept() ? "Unchanged since the last build: kept" : "Packaged",
        result.documents(), result.totalBytes(), packaged.kept() ? "in" : "into", jar, result.jarSha256()));
    if (result.reusedDocuments() > 0) {
      getLog().info(String.format("Copied %d unchanged documents from the previous jar, deflated %d",
          result.reusedDocuments(), result.documents() - result.reusedDocuments()));
    }
  }

  private CorpusInfo corpusInfo() throws MojoExecutionException {
    try {
      return new CorpusInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(), title,
          description, homepage, licenses(), sources());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid corpus metadata: " + e.getMessage()
          + ". Fix the project's <name>, <description>, <url>, <licenses> or the plugin's <sources>.", e);
    }
  }

  private List<License> licenses() {
    if (license != null && !license.isBlank()) {
      return List.of(new License(license, null));
    }
    List<License> licenses = new ArrayList<>();
    for (org.apache.maven.model.License l : project.getLicenses()) {
      if ((l.getName() != null && !l.getName().isBlank()) || (l.getUrl() != null && !l.getUrl().isBlank())) {
        licenses.add(new License(l.getName(), l.getUrl()));
      }
    }
    return licenses;
  }

  private List<Source> sources() {
    List<Source> list = new ArrayList<>();
    if (sources != null) {
      for (SourceConfiguration source : sources) {
        list.add(new Source(source.getTitle(), source.getUrl()));
      }
    }
    return list;
  }
}
