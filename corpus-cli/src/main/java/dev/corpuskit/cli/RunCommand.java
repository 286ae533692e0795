package dev.corpuskit.cli;

import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.RunOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What validate, clean and report share: the options, the findings output, a progress bar on a
 * terminal, and the exit code from the findings.
 */
abstract class RunCommand implements Callable<Integer> {

  @Mixin
  CorpusOptions options;

  @Spec
  CommandSpec spec;

  /** The command's name, for the summary line. */
  abstract String name();

  /** Runs the core with {@code options} and {@code sink}. */
  abstract CorpusBuild.Result run(RunOptions runOptions, FindingsOutput sink) throws IOException;

  /** The report file the summary line names. */
  abstract java.nio.file.Path reportFile();

  /** Whether findings at the failing severity exit 1; the report shows them instead. */
  boolean failsOnFindings() {
    return true;
  }

  /** Takes the command's own settings from the configuration file where the command line gives none. */
  void applyConfig(dev.corpuskit.config.CorpusSettings file) {}

  /** Prints what the run did beyond the findings, before the summary line. */
  void after(CorpusBuild.Result result, PrintWriter out) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    applyConfig(options.applyConfig());
    FindingsOutput findings = new FindingsOutput(options.format, out, err, options.sourceDirectory,
        options.maxFindings);
    TerminalProgress progress = Main.interactive() ? new TerminalProgress(err) : null;
    long start = System.nanoTime();
    CorpusBuild.Result result;
    try {
      result = run(options.runOptions(progress), findings);
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
    if (options.format == FindingsOutput.Format.text) {
      after(result, out);
    } else {
      after(result, err);
    }
    findings.finish(name(), result.summary().validation(), (System.nanoTime() - start) / 1_000_000, reportFile());
    return failsOnFindings()
        ? FindingsOutput.exitCode(result.summary().validation(), options.failOnError(), options.failOnWarning)
        : ExitCodes.OK;
  }
}
