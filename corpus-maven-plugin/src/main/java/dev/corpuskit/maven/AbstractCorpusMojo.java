package dev.corpuskit.maven;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.validate.ValidationConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every corpus goal shares: skipping, and reading the corpus with its rule configuration. */
abstract class AbstractCorpusMojo extends AbstractMojo {

  /** Skips every corpus goal. */
  @Parameter(property = "corpus.skip", defaultValue = "false")
  private boolean skip;

  /** The corpus root directory. */
  @Parameter(property = "corpus.sourceDirectory", defaultValue = "${basedir}/src/main/corpus")
  File sourceDirectory;

  /** Globs of files to take, relative to the corpus root, for example {@code **}{@code /*.txt}. Default: all. */
  @Parameter
  List<String> includes;

  /** Globs of files to leave out. */
  @Parameter
  List<String> excludes;

  /** The encoding of files that declare none (no BOM, no HTML meta charset). Default UTF-8. */
  @Parameter(property = "corpus.encoding", defaultValue = "${project.build.sourceEncoding}")
  String encoding;

  /** Rule settings by rule id: severity (ERROR, WARNING, INFO, OFF) and parameters. */
  @Parameter
  List<RuleConfiguration> rules;

  /** Fail the build when a finding is an error. */
  @Parameter(property = "corpus.failOnError", defaultValue = "true")
  boolean failOnError;

  /** Fail the build when a finding is a warning. */
  @Parameter(property = "corpus.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Where the machine-readable reports go. */
  @Parameter(property = "corpus.reportsDirectory", defaultValue = "${project.build.directory}/corpus-reports")
  File reportsDirectory;

  /** The project directory, to show finding paths relative to it. */
  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  File basedir;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping corpus:" + goal() + " (corpus.skip=true)");
      return;
    }
    run();
  }

  /** The goal's name, for log messages. */
  abstract String goal();

  /** The goal's work, once it is known not to be skipped. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** The corpus configuration, with cleaning steps switched off as given. */
  CorpusConfig corpusConfig(List<String> disabledSteps) throws MojoExecutionException {
    ValidationConfig validation = Configurations.validation(encoding, rules);
    CleanerConfig cleaning = Configurations.cleaning(disabledSteps);
    return new CorpusConfig(sourceDirectory.toPath(), orEmpty(includes), orEmpty(excludes), validation, cleaning);
  }

  /** The reports directory, resolved also when there is no project. */
  Path reportsDirectory() {
    return resolve(reportsDirectory);
  }

  /**
   * Resolves a path whose default is built on {@code project.build.directory}. Without a project,
   * Maven leaves {@code ${project.basedir}} in it uninterpolated; it then means the current directory.
   */
  Path resolve(File file) {
    String path = file.getPath();
    String unresolved = "${project.basedir}";
    int at = path.indexOf(unresolved);
    return at < 0 ? file.toPath() : basedir.toPath().resolve(path.substring(at + unresolved.length() + 1));
  }

  /** Reports the findings and fails the build as configured. */
  FindingsLog findingsLog() {
    return new FindingsLog(getLog(), basedir.toPath(), sourceDirectory.toPath(), failOnError, failOnWarning);
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
