package dev.corpuskit.bench.near;

/**
 * A document of a near-duplicate benchmark set.
 *
 * @param id the id the index sees, unique in its set
 * @param text the text that is signed and compared
 */
public record Doc(String id, String text) {}
