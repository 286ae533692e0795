/**
 * Helpers of the format and the reader, such as a line reader that refuses endless lines.
 *
 * <p><b>Internal</b>: not API, may change without notice. Public only so that {@code read} and the
 * core can share it.
 */
package dev.corpuskit.format.internal;
