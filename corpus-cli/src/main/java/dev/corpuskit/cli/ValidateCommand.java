package dev.corpuskit.cli;

import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * {@code corpuskit validate}: what {@code corpus:validate} does, through the same core call
 * ({@link CorpusBuild#validate}) with the configuration the goal passes: each finding printed, and
 * {@code validation.json} in the reports folder.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Validates the corpus: prints each finding as file:line:col: message [rule] and writes"
        + " validation.json to the reports folder, as corpus:validate does."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:no finding at the failing severity",
        "1:findings at the failing severity (errors; warnings too with --fail-on-warning), or too few documents",
        "2:usage or configuration error",
        "3:a file could not be read or written, or an internal error"})
final class ValidateCommand extends RunCommand {

  @Override
  String name() {
    return "validate";
  }

  @Override
  CorpusBuild.Result run(RunOptions runOptions, FindingsOutput sink) throws IOException {
    ValidationConfig validation = options.validation();
    CorpusConfig config = options.corpusConfig(validation,
        options.cleaning(Set.of(), null, NearDuplicateHandling.REPORT));
    return CorpusBuild.validate(config, runOptions, options.reportsDirectory, sink);
  }

  @Override
  Path reportFile() {
    return options.reportsDirectory.resolve(CorpusPackaging.VALIDATION_REPORT);
  }
}
