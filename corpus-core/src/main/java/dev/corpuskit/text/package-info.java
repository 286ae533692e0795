/**
 * Text primitives counted the same way everywhere: words, whitespace (U+00A0 included), positions.
 *
 * <p>Pipeline: shared, below every stage.
 *
 * <p><b>Internal</b>: not API, may change without notice.
 */
package dev.corpuskit.text;
