/**
 * Finds near-duplicate documents: MinHash signatures over word shingles of the normalised text
 * (hashed by hash4j), candidate pairs from LSH bands, each confirmed by the exact Jaccard similarity
 * of the two shingle sets, and clusters by union-find with the smallest document id as the
 * representative. {@link dev.corpuskit.near.Signer} signs a document (thread-safe, in the workers);
 * {@link dev.corpuskit.near.NearDuplicateIndex} takes the signatures in the ordered stage and reads
 * back only the candidates' texts to confirm them.
 *
 * <p>Memory stays flat: the index keeps about 32 bytes per document in the heap; ids and band keys go
 * to scratch files as documents are added and are sorted on disk (sorted runs of a bounded size, then
 * merges), so a million documents run in a 256 MB heap. The scratch files are named as
 * {@link dev.corpuskit.io.AtomicFiles} names its own, so a killed run's leftovers are swept.
 *
 * <p>Pipeline: shared, below {@code validate} and {@code clean}; uses nothing of the corpus stages.
 *
 * <p><b>Internal</b>: not API, may change without notice.
 */
package dev.corpuskit.near;
