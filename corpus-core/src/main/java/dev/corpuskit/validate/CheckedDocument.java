package dev.corpuskit.validate;

/**
 * One file validated by every rule that needs only the file itself; corpus-level rules wait for the
 * ordered stage (see {@link Validator#validateDocument} and {@link Validator#corpusFindings}).
 *
 * @param validation the findings of the per-file rules, and the parsed document
 * @param fingerprint the duplicate rule's fingerprint ({@code DuplicateRule.fingerprint}), or null when that
 *     rule does not apply
 */
public record CheckedDocument(DocumentValidation validation, byte[] fingerprint) {}
