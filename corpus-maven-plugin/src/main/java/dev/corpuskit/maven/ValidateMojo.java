package dev.corpuskit.maven;

import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.pipeline.CorpusValidation;
import dev.corpuskit.report.ValidationJson;
import dev.corpuskit.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the corpus: logs every finding with its file, line and column, writes
 * {@code validation.json} to the reports directory and fails the build on errors.
 * Runs without a project too: {@code -Dcorpus.sourceDirectory=DIR} validates any directory.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends AbstractCorpusMojo {

  @Override
  String goal() {
    return "validate";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    CorpusConfig config = corpusConfig(List.of());
    Path reportFile = reportsDirectory().resolve(CorpusPackaging.VALIDATION_REPORT);
    long start = System.nanoTime();
    ValidationReport report;
    try {
      report = CorpusValidation.run(config);
      ValidationJson.write(report, config.validation().rules(), reportFile);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot validate " + sourceDirectory + ": " + e, e);
    }
    FindingsLog findings = findingsLog();
    findings.log(report, (System.nanoTime() - start) / 1_000_000);
    findings.failIfNeeded(report, reportFile);
  }
}
