package dev.corpuskit.maven;

import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.pipeline.CleanResult;
import dev.corpuskit.pipeline.CorpusCleaning;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.report.CleaningJson;
import dev.corpuskit.report.ValidationJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the corpus with the same rules as {@code corpus:validate}, then writes the cleaned
 * documents to the output directory (HTML pages become {@code .txt}), with {@code manifest.tsv},
 * {@code validation.json} and {@code cleaning.json} in the reports directory. Documents with errors
 * are not cleaned, and fail the build.
 */
@Mojo(name = "clean", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true,
    requiresProject = false)
public class CleanMojo extends AbstractCorpusMojo {

  /** Where the cleaned documents go, at their relative paths. */
  @Parameter(property = "corpus.outputDirectory", defaultValue = "${project.build.directory}/corpus")
  File outputDirectory;

  /** Ids of cleaning steps to switch off, for example {@code repeated-paragraphs}. */
  @Parameter(property = "corpus.disabledSteps")
  List<String> disabledSteps;

  @Override
  String goal() {
    return "clean";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    CorpusConfig config = corpusConfig(disabledSteps);
    Path reports = reportsDirectory();
    Path validationReport = reports.resolve(CorpusPackaging.VALIDATION_REPORT);
    long start = System.nanoTime();
    CleanResult result;
    try {
      result = CorpusCleaning.run(config, resolve(outputDirectory));
      ValidationJson.write(result.validation(), config.validation().rules(), validationReport);
      CleaningJson.write(result, reports.resolve(CorpusPackaging.CLEANING_REPORT));
      AtomicFiles.write(reports.resolve(CorpusPackaging.MANIFEST), result.manifest().toBytes());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot clean " + sourceDirectory + ": " + e, e);
    }
    FindingsLog findings = findingsLog();
    findings.log(result.validation(), (System.nanoTime() - start) / 1_000_000);
    logChanges(result);
    findings.failIfNeeded(result.validation(), validationReport);
  }

  private void logChanges(CleanResult result) {
    Map<String, Integer> byStep = CleaningJson.countByStep(result);
    int total = byStep.values().stream().mapToInt(Integer::intValue).sum();
    getLog().info(String.format("Cleaned %d documents into %s: %d changes", result.manifest().entries().size(),
        resolve(outputDirectory), total));
    byStep.forEach((step, count) -> getLog().info(String.format("  %-40s %6d", step, count)));
  }
}
