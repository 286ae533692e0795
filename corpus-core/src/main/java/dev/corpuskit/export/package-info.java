/**
 * Exports of a corpus for readers outside the JVM: a packaged corpus jar, or a cleaned folder with its
 * {@code manifest.tsv}, written as gzip-compressed JSON Lines shards ({@code part-00000.jsonl.gz}, ...)
 * with an {@code export.json} index, loadable as they are by Hugging Face {@code datasets} and pandas.
 * Every document is checked against the manifest's SHA-256 before it is written; the shards are
 * byte-identical for the same corpus and shard size, and written atomically.
 *
 * <p>Pipeline: reads what the other stages made: source → parse → validate / clean → pack → describe →
 * <b>export</b> / read. Uses the reader ({@code dev.corpuskit.read}) and the format, never a stage.
 *
 * <p><b>API</b>: {@link dev.corpuskit.export.CorpusExport#run} with an
 * {@link dev.corpuskit.export.ExportRequest}.
 */
package dev.corpuskit.export;
