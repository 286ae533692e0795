package dev.corpuskit.maven;

import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.pipeline.RunSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the corpus: logs each finding with its file, line and column (up to
 * {@code maxLoggedFindings} of each severity), writes {@code validation.json} to the reports directory
 * and fails the build on errors.
 * Runs without a project too: {@code -Dcorpus.sourceDirectory=DIR} validates any directory.
 * Files unchanged since the last run are not read again; when nothing changed at all, the report is
 * kept and the last run's findings are logged again.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractCorpusMojo {

  /** Skips this goal only; {@code corpus.skip} skips every corpus goal. */
  @Parameter(property = "corpus.validate.skip", defaultValue = "false")
  boolean skipValidate;

  @Override
  String goal() {
    return "validate";
  }

  @Override
  boolean goalSkipped() {
    return skipValidate;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    CorpusConfig config = corpusConfig(List.of());
    Path reportFile = reportsDirectory().resolve(CorpusPackaging.VALIDATION_REPORT);
    FindingsLog findings = findingsLog();
    long start = System.nanoTime();
    CorpusBuild.Result result;
    forgetCacheUnlessUsed();
    try {
      result = CorpusBuild.validate(config, runOptions(), reportsDirectory(), logging(findings));
    } catch (IOException e) {
      throw ErrorMessages.io("validate " + sourceDirectory, sourceDirectory.toPath(), e);
    }
    logSelection(result);
    RunSummary summary = result.summary();
    findings.summary(summary.validation(), (System.nanoTime() - start) / 1_000_000, reportFile);
    if (result.kept()) {
      getLog().info(String.format("Nothing changed since the last validation: kept the report of %d documents",
          summary.validation().documents()));
    } else {
      logReuse(summary);
      logNearDuplicates(summary);
    }
    if (!config.validation().rules().dropping().isEmpty()) {
      getLog().info("Rules with action drop (" + String.join(", ", config.validation().rules().dropping())
          + "): validate only reports; clean and package leave the documents they report out of the corpus");
    }
    findings.failIfNeeded(summary.validation(), reportFile);
  }
}
