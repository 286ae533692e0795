/**
 * Pure measurements of a document's text for the corpus quality filters that training pipelines apply
 * before anything else: Gopher quality and repetition (Rae et al. 2021) and FineWeb's own rules, each
 * defined exactly as the reference implementation, Hugging Face's datatrove, defines it (what counts as a
 * line, a paragraph, a word, which checks run in which order). The validation rules of
 * {@code dev.corpuskit.validate.rules} turn these measurements into findings.
 *
 * <p>The package depends on nothing of the toolkit: a measurement is a function of the text alone, so
 * that a document's decision never depends on the other documents or the thread count.
 */
package dev.corpuskit.quality;
