/**
 * Validation: the {@link dev.corpuskit.validate.Validator}, its configuration (a severity per rule,
 * {@link dev.corpuskit.validate.ValidationConfig}, {@link dev.corpuskit.validate.RuleConfig}), and
 * what it finds ({@link dev.corpuskit.validate.Finding}, {@link dev.corpuskit.validate.ValidationReport}).
 *
 * <p>Pipeline: source → parse → <b>validate</b> / clean → pack → describe → read.
 *
 * <p><b>API</b>. The rules themselves are in the internal {@code validate.rules}.
 */
package dev.corpuskit.validate;
