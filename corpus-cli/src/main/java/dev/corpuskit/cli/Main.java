package dev.corpuskit.cli;

import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.io.WriteFailedException;
import dev.corpuskit.pipeline.DuplicateDocumentIdException;
import dev.corpuskit.pipeline.OutputNotOwnedException;
import dev.corpuskit.pipeline.OverlappingDirectoriesException;
import dev.corpuskit.pipeline.TooFewDocumentsException;
import dev.corpuskit.validate.InvalidRuleConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code corpuskit} command: {@code java -jar corpuskit.jar validate|clean|report|package}. Each
 * command does what the plugin's goal of that name does, through the same core API; this class maps
 * the core's typed failures onto the documented exit codes ({@link ExitCodes}) and one message each,
 * naming the option to fix.
 */
@Command(name = "corpuskit", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Validates, cleans and packages a text corpus, as the Corpuskit Maven plugin's goals do."},
    subcommands = {ValidateCommand.class, CleanCommand.class, ReportCommand.class, PackageCommand.class,
        ExportCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:success",
        "1:the corpus fails: findings at the failing severity (errors; warnings too with --fail-on-warning),"
            + " too few documents, or two sources that clean to one",
        "2:usage or configuration error (the message names the option and the fix)",
        "3:a file could not be read or written, or an internal error"})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(execute(out, err, args));
  }

  /** Runs {@code args} in this JVM, printing to {@code out} and {@code err}; returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, cmd.getErr(),
            cmd.getCommand() instanceof RunCommand run ? run.options.sourceDirectory : null));
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Without a command: the usage, as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: validate, clean, report, package or export");
  }

  /** Whether standard output is a terminal a person watches, for the progress bar. */
  static boolean interactive() {
    return System.console() != null && System.getenv("CI") == null && !Boolean.getBoolean("corpuskit.noProgress");
  }

  /**
   * The exit code and message of a command's failure.
   *
   * @param sourceDirectory the corpus folder of the command, or null
   */
  static int handle(Exception e, PrintWriter err, Path sourceDirectory) {
    CliException failure = failure(e, sourceDirectory);
    err.println("corpuskit: " + failure.getMessage());
    if (failure.exitCode() == ExitCodes.ERROR && failure.getCause() != null
        && !(failure.getCause() instanceof IOException)) {
      failure.getCause().printStackTrace(err); // a bug: the trace is for the report
    }
    err.flush();
    return failure.exitCode();
  }

  private static CliException failure(Exception e, Path sourceDirectory) {
    if (e instanceof CliException cli) {
      return cli;
    } else if (e instanceof TooFewDocumentsException tooFew) {
      return new CliException(ExitCodes.FAILED, tooFew.getMessage()
          + ". Check SOURCE_DIR and --include/--exclude, or set --min-documents 0 to allow an empty corpus.", e);
    } else if (e instanceof DuplicateDocumentIdException duplicate) {
      return new CliException(ExitCodes.FAILED, duplicate.getMessage() + " (--exclude with a glob of its path).", e);
    } else if (e instanceof OutputNotOwnedException notOwned) {
      return new CliException(ExitCodes.USAGE, "Invalid --output-dir: " + notOwned.getMessage()
          + " (--adopt-output-dir).", e);
    } else if (e instanceof OverlappingDirectoriesException overlapping) {
      return new CliException(ExitCodes.USAGE, "Invalid --output-dir: " + overlapping.getMessage()
          + ". Point --output-dir outside SOURCE_DIR, for example at target/corpus.", e);
    } else if (e instanceof InvalidRuleConfigException rules) {
      return Settings.invalidRules(rules);
    } else if (e instanceof InvalidConfigurationException setting) {
      return Settings.invalidSetting(setting);
    } else if ((e instanceof NoSuchFileException || e instanceof NotDirectoryException)
        && ((FileSystemException) e).getFile() != null && sourceDirectory != null
        && same(Path.of(((FileSystemException) e).getFile()), sourceDirectory)) {
      return new CliException(ExitCodes.USAGE, "Invalid SOURCE_DIR: the corpus folder " + sourceDirectory + " "
          + (e instanceof NoSuchFileException ? "does not exist" : "is not a folder")
          + ". Give the folder that holds the documents (default src/main/corpus).", e);
    } else if (e instanceof WriteFailedException) {
      return new CliException(ExitCodes.ERROR, e.getMessage(), e);
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      return new CliException(ExitCodes.ERROR, "I/O error: " + e, e);
    } else if (e instanceof IllegalArgumentException) {
      return new CliException(ExitCodes.USAGE, e.getMessage(), e);
    }
    return new CliException(ExitCodes.ERROR, "internal error: " + e, e);
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
