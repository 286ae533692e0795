package dev.corpuskit.maven;

import dev.corpuskit.pack.CorpusInfo;
import dev.corpuskit.pack.Manifest;
import dev.corpuskit.pack.PackageResult;
import dev.corpuskit.pack.PackageSpec;
import dev.corpuskit.pack.Packager;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.model.License;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Packages the cleaned corpus as the project's artifact: a reproducible jar with the documents,
 * {@code manifest.tsv}, {@code SHA256SUMS} and the reports. {@code mvn install} and {@code mvn deploy}
 * then publish it like any other artifact.
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
   * Timestamp of every archive entry, for reproducible artifacts: ISO-8601 or seconds since the epoch.
   * Without it, entries get 1980-01-01T00:00:02Z, so the artifact is reproducible anyway.
   */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  String outputTimestamp;

  /** The corpus's title. */
  @Parameter(property = "corpus.title", defaultValue = "${project.name}")
  String title;

  /** What the corpus holds. */
  @Parameter(property = "corpus.description", defaultValue = "${project.description}")
  String description;

  /** The corpus's licence, for example an SPDX id. Default: the project's first licence name. */
  @Parameter(property = "corpus.license")
  String license;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  String goal() {
    return "package";
  }

  @Override
  void run() throws MojoExecutionException {
    Path reports = reportsDirectory();
    Manifest manifest = readManifest(reports.resolve("manifest.tsv"));
    CorpusInfo info = new CorpusInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(),
        title, description, license != null ? license : projectLicense());
    PackageSpec spec = new PackageSpec(info, OutputTimestamp.parse(outputTimestamp), reportFiles(reports));
    Path jar = buildDirectory.toPath().resolve(finalName + ".jar");
    PackageResult result;
    try {
      result = new Packager().pack(spec, outputDirectory.toPath(), manifest, jar);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot package the corpus into " + jar + ": " + e.getMessage()
          + ". Run corpus:clean again so that " + outputDirectory + " matches its manifest.", e);
    }
    project.getArtifact().setFile(jar.toFile());
    getLog().info(String.format("Packaged %d documents (%d bytes) into %s (sha256 %s)",
        result.documents(), result.totalBytes(), jar, result.jarSha256()));
  }

  private static Manifest readManifest(Path file) throws MojoExecutionException {
    try (InputStream in = Files.newInputStream(file)) {
      return Manifest.read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new MojoExecutionException("No cleaned corpus: " + file + " does not exist. Bind corpus:clean"
          + " to an earlier phase (it defaults to process-resources) or run it before corpus:package.", e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + file + ": " + e.getMessage()
          + ". Run corpus:clean again.", e);
    }
  }

  private static Map<String, Path> reportFiles(Path reports) {
    Map<String, Path> files = new TreeMap<>();
    for (String name : new String[] {"validation.json", "cleaning.json"}) {
      if (Files.isRegularFile(reports.resolve(name))) {
        files.put(name, reports.resolve(name));
      }
    }
    return files;
  }

  private String projectLicense() {
    return project.getLicenses().stream().map(License::getName).filter(n -> n != null && !n.isBlank())
        .findFirst().orElse(null);
  }
}
