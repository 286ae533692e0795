/**
 * Reads a packaged corpus, from the classpath ({@link dev.corpuskit.read.CorpusReader#fromClasspath})
 * or from a jar or directory on disk ({@link dev.corpuskit.read.CorpusReader#open}): its documents,
 * one at a time, verified against the manifest as chosen by {@link dev.corpuskit.read.Verification}.
 * A corpus is not trusted: {@link dev.corpuskit.read.ReadLimits} bound what a jar may hold, and a
 * damaged one gives only typed exceptions.
 *
 * <p>Pipeline: the last stage, on the user's side: {@code source → parse → validate / clean → pack →
 * describe → read}.
 *
 * <p><b>API</b>, in the {@code corpus-reader} artifact (no third-party dependency).
 */
package dev.corpuskit.read;
