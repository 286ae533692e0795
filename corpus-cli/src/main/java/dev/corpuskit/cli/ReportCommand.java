package dev.corpuskit.cli;

import picocli.CommandLine.Command;

/**
 * {@code corpuskit report}: what {@code corpus:report} does on its own: the same clean, whose findings
 * do not fail it (they are what the review page shows), then where the review page is.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Cleans the corpus exactly as clean does, but findings do not fail it: they are what the"
        + " review page (index.html in the reports folder) shows, as corpus:report does."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:cleaned and reviewed, whatever the findings",
        "1:too few documents, or two sources that clean to one",
        "2:usage or configuration error",
        "3:a file could not be read or written, or an internal error"})
final class ReportCommand extends CleanCommand {

  @Override
  String name() {
    return "report";
  }

  @Override
  boolean failsOnFindings() {
    return false;
  }
}
