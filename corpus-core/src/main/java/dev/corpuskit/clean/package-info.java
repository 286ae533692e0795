/**
 * Cleaning: the {@link dev.corpuskit.clean.Cleaner}, its configuration
 * ({@link dev.corpuskit.clean.CleanerConfig}: the steps to skip, the language) and its result
 * ({@link dev.corpuskit.clean.Cleaned}: the text and every change). Steps are run in the order of
 * {@code StepCatalog}.
 *
 * <p>Pipeline: source → parse → validate / <b>clean</b> → pack → describe → read.
 *
 * <p><b>API</b>. The steps themselves are in the internal {@code clean.steps}.
 */
package dev.corpuskit.clean;
