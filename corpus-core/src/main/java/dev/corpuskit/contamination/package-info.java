/**
 * The contamination check: whether a document of this corpus is a near-copy of, or shares a long
 * verbatim run of words with, a document of other corpora (evaluation sets). {@link
 * dev.corpuskit.contamination.ContaminationIndex} reads those corpora's jars once per run, through the
 * corpus reader, and answers the workers' questions read-only.
 *
 * <p>Pipeline: between {@code base} (it uses {@code near}'s shingles and MinHash parameters) and
 * {@code validate}, whose {@code contamination} rule asks it; it reads corpus jars with {@code read}.
 *
 * <p><b>Internal</b>: not API, may change without notice.
 */
package dev.corpuskit.contamination;
