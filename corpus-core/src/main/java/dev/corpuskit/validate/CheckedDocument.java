package dev.corpuskit.validate;

import java.util.List;
import dev.corpuskit.lang.DetectedLanguage;

/**
 * One file validated by every rule that needs only the file itself; corpus-level rules wait for the
 * ordered stage (see {@link Validator#validateDocument} and {@link Validator#corpusFindings}).
 *
 * @param validation the findings of the per-file rules, and the parsed document
 * @param fingerprint the duplicate rule's fingerprint ({@code DuplicateRule.fingerprint}), or null when that
 *     rule does not apply
 * @param signals what the rules measured on the document ({@link Reporter#signal}), sorted by rule and
 *     name; empty when it was not parsed
 * @param language the language the {@code language} rule identified, or null when it is off or the
 *     document was not parsed or is blank
 * @param sourceSha256 the SHA-256 of its source as the cache and the manifest know it
 *     ({@link dev.corpuskit.source.SourceContent#sha256}: a compressed file's own), or null when it was not read
 */
public record CheckedDocument(DocumentValidation validation, byte[] fingerprint, List<Signal> signals,
    DetectedLanguage language, byte[] sourceSha256) {

  public CheckedDocument {
    signals = List.copyOf(signals);
  }

  /** A document whose source's hash is not known. */
  public CheckedDocument(DocumentValidation validation, byte[] fingerprint, List<Signal> signals,
      DetectedLanguage language) {
    this(validation, fingerprint, signals, language, null);
  }

  /** A document without signals. */
  public CheckedDocument(DocumentValidation validation, byte[] fingerprint) {
    this(validation, fingerprint, List.of(), null);
  }
}
