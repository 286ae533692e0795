/**
 * The corpus format, shared by the writer and the reader: where things sit in a corpus artifact
 * ({@link dev.corpuskit.format.CorpusLayout}), the manifest of its documents
 * ({@link dev.corpuskit.format.Manifest}, {@code manifest.tsv}), its hashing
 * ({@link dev.corpuskit.format.Sha256}) and the facts a POM states about it
 * ({@link dev.corpuskit.format.CorpusInfo}, {@link dev.corpuskit.format.License},
 * {@link dev.corpuskit.format.Source}).
 *
 * <p>Pipeline: below every stage; {@code pack} writes this format and {@code read} reads it.
 *
 * <p><b>API</b>, in the {@code corpus-reader} artifact (no third-party dependency).
 */
package dev.corpuskit.format;
