/**
 * Internal: the state an incremental build keeps between runs, so that unchanged work is not done
 * again: the per-document cache ({@link dev.corpuskit.pipeline.state.DocumentCache} of
 * {@link dev.corpuskit.pipeline.state.DocumentState}s), the stamp of the last validate or clean run
 * ({@link dev.corpuskit.pipeline.state.LastRun}), the stamp of the last packaging
 * ({@link dev.corpuskit.pipeline.state.PackageStamp}) and the fingerprints they compare. It takes
 * keys and totals as plain values and does not depend on the orchestration in
 * {@code dev.corpuskit.pipeline} that uses it. Not API: it changes without notice.
 */
package dev.corpuskit.pipeline.state;
