/**
 * Tells article paragraphs from boilerplate by length, stop-word and link density and position
 * (after jusText), and finds the page's main region. Used by the HTML extractor and by the
 * low-density cleaning step.
 *
 * <p>Pipeline: shared, below {@code parse} and {@code clean}.
 *
 * <p><b>Internal</b>: not API, may change without notice.
 */
package dev.corpuskit.density;
