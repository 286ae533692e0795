package dev.corpuskit.pipeline;

import dev.corpuskit.report.CorpusReport;
import java.util.List;

/**
 * What a run does with the corpus: validate it only, or validate it and clean it into an output
 * folder. The kind, not whether an output folder was given, decides what a run reads, writes and
 * remembers.
 */
enum RunKind {
  /** Validates the sources into {@code validation.json}. */
  VALIDATE("validate", List.of(CorpusPackaging.VALIDATION_REPORT)),
  /**
   * Validates the sources and cleans those without errors into an output folder, with
   * {@code validation.json}, {@code cleaning.json}, {@code manifest.tsv} and the page with its
   * {@code summary.json} (the page itself is not fingerprinted: packaging fills its package section).
   */
  CLEAN("clean", List.of(CorpusPackaging.VALIDATION_REPORT, CorpusPackaging.CLEANING_REPORT,
      CorpusPackaging.MANIFEST, CorpusReport.SUMMARY));

  private final String id;
  private final List<String> reports;

  RunKind(String id, List<String> reports) {
    this.id = id;
    this.reports = reports;
  }

  /** Whether the run cleans into an output folder. */
  boolean cleans() {
    return this == CLEAN;
  }

  /** The id of the kind, as the name of its stamp file shows it. */
  String id() {
    return id;
  }

  /** The names of the reports a run of this kind writes, in the order they are fingerprinted. */
  List<String> reports() {
    return reports;
  }
}
