package dev.corpuskit.pipeline.state;

import dev.corpuskit.lang.DetectedLanguage;
import dev.corpuskit.near.Signature;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.Signal;
import java.util.List;

/**
 * What a run learnt about one source file, and what the cache keeps of it: enough to reproduce the
 * file's findings, manifest row and audit without reading it again.
 *
 * @param relativePath the source file, relative to the corpus root
 * @param size its size in bytes
 * @param mtime its modification time in milliseconds, for the stat fast path
 * @param fileKey its file key (device and inode on Unix) as text, or null where the platform has none
 * @param sourceSha256 SHA-256 of its bytes, or null when it was not read (unknown type, too large)
 * @param findings the findings of the per-file rules (corpus-level rules run on every commit)
 * @param fingerprint the duplicate rule's fingerprint ({@code DuplicateRule.fingerprint}), or null
 * @param parsed whether the file was parsed into a document
 * @param lineKeys the distinct line keys of its text for the corpus-repeated pre-pass
 *     ({@code RepeatedLines.Miner.keysOf}), or null when it is not cleanable
 * @param cleaned its cleaned form, or null when it was not cleaned
 * @param signature the near-duplicate signature of its parsed text, taken by a validating run with the
 *     near-duplicate rule on for a {@linkplain #cleanable cleanable} document; else null (a cleaning run
 *     keeps it with the cleaned form, {@link CleanedDocument#signature})
 * @param signals what the per-file rules measured on it ({@link Signal}), sorted by rule and name, for
 *     the quality-signals report
 * @param language the language the {@code language} rule identified in its parsed text, or null when
 *     the rule is off or the document was not parsed or is blank: cached so that a warm build states
 *     it (in the manifest) and routes its cleaning without identifying it again
 */
public record DocumentState(String relativePath, long size, long mtime, String fileKey, byte[] sourceSha256, List<Finding> findings,
    byte[] fingerprint, boolean parsed, long[] lineKeys, CleanedDocument cleaned, Signature signature,
    List<Signal> signals, DetectedLanguage language) {

  public DocumentState {
    findings = List.copyOf(findings);
    signals = signals == null ? List.of() : List.copyOf(signals);
  }

  /** A state without signals or an identified language. */
  public DocumentState(String relativePath, long size, long mtime, String fileKey, byte[] sourceSha256,
      List<Finding> findings, byte[] fingerprint, boolean parsed, long[] lineKeys, CleanedDocument cleaned,
      Signature signature) {
    this(relativePath, size, mtime, fileKey, sourceSha256, findings, fingerprint, parsed, lineKeys, cleaned, signature,
        List.of(), null);
  }

  /** A state without a signature of its parsed text. */
  public DocumentState(String relativePath, long size, long mtime, String fileKey, byte[] sourceSha256,
      List<Finding> findings, byte[] fingerprint, boolean parsed, long[] lineKeys, CleanedDocument cleaned) {
    this(relativePath, size, mtime, fileKey, sourceSha256, findings, fingerprint, parsed, lineKeys, cleaned, null,
        List.of(), null);
  }

  /** Whether cleaning may run: the file was parsed and no per-file rule found an error. */
  public boolean cleanable() {
    return parsed && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** This state for the same content, seen with another modification time or file key. */
  public DocumentState withStat(long newMtime, String newFileKey) {
    return new DocumentState(relativePath, size, newMtime, newFileKey, sourceSha256, findings, fingerprint, parsed, lineKeys,
        cleaned, signature, signals, language);
  }

  public DocumentState withLineKeys(long[] keys) {
    return new DocumentState(relativePath, size, mtime, fileKey, sourceSha256, findings, fingerprint, parsed, keys, cleaned,
        signature, signals, language);
  }

  public DocumentState withCleaned(CleanedDocument newCleaned) {
    return new DocumentState(relativePath, size, mtime, fileKey, sourceSha256, findings, fingerprint, parsed, lineKeys,
        newCleaned, signature, signals, language);
  }

  public DocumentState withSignals(List<Signal> newSignals) {
    return new DocumentState(relativePath, size, mtime, fileKey, sourceSha256, findings, fingerprint, parsed, lineKeys,
        cleaned, signature, newSignals, language);
  }

  public DocumentState withSignature(Signature newSignature) {
    return new DocumentState(relativePath, size, mtime, fileKey, sourceSha256, findings, fingerprint, parsed, lineKeys,
        cleaned, newSignature, signals, language);
  }

  /** This state with the language the {@code language} rule identified ({@code null}: none). */
  public DocumentState withLanguage(DetectedLanguage newLanguage) {
    return new DocumentState(relativePath, size, mtime, fileKey, sourceSha256, findings, fingerprint, parsed, lineKeys,
        cleaned, signature, signals, newLanguage);
  }
}
