/**
 * Language data: stop words and the boilerplate lexicon of each language, read from the resources
 * under {@code dev/corpuskit/lang/<code>/}. A run names its language by its code, not through this
 * package.
 *
 * <p>Pipeline: shared data, below {@code parse} and {@code clean}.
 *
 * <p><b>Internal</b>: not API, may change without notice.
 */
package dev.corpuskit.lang;
