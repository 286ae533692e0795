package dev.corpuskit.validate;

/**
 * A validation rule. Every rule has a stable id, used in configuration and in every finding.
 * Rules are created per validation run, so a rule may keep state across documents (see
 * {@link DocumentRule}).
 */
public sealed interface Rule permits FileRule, DocumentRule {

  /** The stable id, for example {@code encoding}. */
  String id();
}
