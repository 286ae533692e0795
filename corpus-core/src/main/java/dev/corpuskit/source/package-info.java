/**
 * The source files of a corpus: the scanner that lists a corpus directory in a stable order, by
 * include and exclude globs, reporting links and special files instead of skipping them.
 *
 * <p>Pipeline: the first stage: <b>source</b> → parse → validate / clean → pack → describe → read.
 *
 * <p><b>Internal</b>: not API, may change without notice. A run selects its files through
 * {@code pipeline.CorpusConfig}.
 */
package dev.corpuskit.source;
