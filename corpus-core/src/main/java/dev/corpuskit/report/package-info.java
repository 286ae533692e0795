/**
 * The reports of a run, {@code validation.json} and {@code cleaning.json}: their writers, the detail
 * they record ({@link dev.corpuskit.report.AuditDetail}), their totals, and reading back the summary a
 * data card needs; the near-duplicate clusters, {@code near-duplicates.json}
 * ({@link dev.corpuskit.report.NearDuplicatesJson}); and the page a person reviews, {@code index.html}
 * with its figures in {@code summary.json} ({@link dev.corpuskit.report.CorpusReport}).
 *
 * <p>Pipeline: beside the stages: it reports what validate and clean did, for describe.
 *
 * <p><b>API</b>.
 */
package dev.corpuskit.report;
