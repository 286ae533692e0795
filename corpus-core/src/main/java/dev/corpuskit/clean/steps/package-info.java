/**
 * The cleaning steps, one class each (with the line facts and word lists they share), listed in run
 * order by {@code clean.StepCatalog}. A step is disabled by its id in {@code clean.CleanerConfig}, not
 * by its class.
 *
 * <p>Pipeline: part of <b>clean</b>.
 *
 * <p><b>Internal</b>: not API, may change without notice.
 */
package dev.corpuskit.clean.steps;
