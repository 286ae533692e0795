package dev.corpuskit.maven;

import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.pipeline.CorpusRun;
import dev.corpuskit.pipeline.ReportFiles;
import dev.corpuskit.pipeline.RunSummary;
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
 * Files unchanged since the last run are not read again.
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
    FindingsLog findings = findingsLog();
    long start = System.nanoTime();
    RunSummary summary;
    try (ReportFiles reports = ReportFiles.forValidation(reportsDirectory(), config.validation().rules())) {
      summary = CorpusRun.validate(config, runOptions(), logging(reports, findings));
      reports.finish(summary);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot validate " + sourceDirectory + ": " + e, e);
    }
    findings.summary(summary.validation(), (System.nanoTime() - start) / 1_000_000);
    logReuse(summary);
    findings.failIfNeeded(summary.validation(), reportFile);
  }
}
