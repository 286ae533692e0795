package dev.corpuskit.clean;

import java.util.List;

/**
 * One cleaning step: a named transformation of a document's lines that records every change it makes.
 * A step must be idempotent: applied to its own output, it changes nothing.
 */
public interface CleaningStep {

  /** The stable id, used to switch the step off and in the audit. */
  String id();

  /** Transforms {@code lines}, recording each change in {@code audit}. */
  List<Line> apply(List<Line> lines, Audit audit);
}
