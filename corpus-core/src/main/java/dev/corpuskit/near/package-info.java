/**
 * Finds near-duplicate documents: MinHash signatures over word shingles of the normalised text
 * (hashed by hash4j), candidate pairs from LSH bands, each confirmed by the exact Jaccard similarity
 * of the two shingle sets, and clusters by union-find with the smallest document id as the
 * representative. A library component only for now: the {@code near-duplicate} rule, the
 * keep-representative cleaning option, the report and the per-document signature cache that use it
 * come later.
 *
 * <p>Pipeline: shared, below {@code validate} and {@code clean}; uses nothing of the corpus stages.
 *
 * <p><b>Internal</b>: not API, may change without notice.
 */
package dev.corpuskit.near;
