package dev.corpuskit.parse;

/**
 * The first byte sequence that is not valid in the file's encoding.
 *
 * @param byteOffset 0-based offset of the first bad byte in the file
 * @param line 1-based line of the bad sequence
 * @param column 1-based column (in code points) of the bad sequence
 * @param badBytes the bad bytes as hex, for example {@code C3 28}
 * @param count how many bad sequences the file holds in all
 */
public record MalformedInput(long byteOffset, int line, int column, String badBytes, int count) {}
