/**
 * What cleaning did: one {@link dev.corpuskit.audit.Change} per removed or rewritten line (blank
 * lines aside), {@link dev.corpuskit.audit.StepCount}s for the changes an audit counts without
 * listing them, and the {@link dev.corpuskit.audit.DocumentAudit} of a document, which
 * {@code cleaning.json} reports.
 *
 * <p>Pipeline: shared values, below {@code parse} and {@code clean}, read by {@code report}.
 *
 * <p><b>API</b> as values: the API hands them out ({@code RunSink.cleaned}, {@code Cleaned.changes}).
 */
package dev.corpuskit.audit;
