package dev.corpuskit.pipeline;

import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Signal;
import java.io.IOException;
import java.util.List;

/**
 * Receives a run's results as documents complete, in sorted file order on one thread, so that they can
 * be streamed to their files instead of being held.
 */
public interface RunSink {

  /**
   * A source file of the run, before its findings: its path relative to the corpus root, its size and
   * the SHA-256 of its bytes (null when it was not read: an unknown type, too large).
   */
  default void source(String relativePath, long size, byte[] sha256) throws IOException {}

  /** A finding; findings come in file order, then rule order. */
  default void finding(Finding finding) throws IOException {}

  /**
   * What the rules measured on a source file ({@link dev.corpuskit.validate.Reporter#signal}), sorted
   * by rule and name, empty when it was not parsed; for every file, in file order, before its findings.
   */
  default void signals(String relativePath, List<Signal> signals) throws IOException {}

  /**
   * A document that a cleaning run left out of the corpus (no manifest row, no cleaned file) because
   * rules whose action is drop reported it: its audit (id, source and the path it would have had) and
   * those rules' {@code findings}. In file order, after every {@link #cleaned} and {@link #leftOut}
   * document. A validating run only reports, and never calls it.
   */
  default void dropped(DocumentAudit audit, List<Finding> findings) throws IOException {}

  /**
   * The lines repeated across the corpus that this cleaning run's {@code corpus-repeated} step removes,
   * once they are known and before any document is cleaned; a run without that step does not call it.
   */
  default void repeatedLines(RepeatedLines repeated) throws IOException {}

  /**
   * A cleaned document: its manifest row and its audit. With near-duplicates kept to one per cluster,
   * the rows come once the clusters are known, after every finding (the near-duplicates' included) and
   * before {@link #leftOut}; still in file order.
   */
  default void cleaned(ManifestEntry entry, DocumentAudit audit) throws IOException {}

  /**
   * A cleaned document that a run keeping one document per near-duplicate cluster left out of the
   * corpus (no manifest row, no cleaned file): its audit (id, source and the path it would have had),
   * the source path of its cluster's representative and its Jaccard similarity to it. In file order,
   * after every {@link #cleaned} document.
   */
  default void leftOut(DocumentAudit audit, String representative, double jaccard) throws IOException {}

  /**
   * The near-duplicate clusters of the run under {@code config}, once every document is in and every
   * near-duplicate finding was sent; {@code texts} gives back a document's text (as the run signed it)
   * by its source path until the sink is finished. A run without the rule does not call it.
   */
  default void nearDuplicates(NearDuplicateConfig config, NearDuplicateIndex.Result result,
      NearDuplicateIndex.TextLookup texts) throws IOException {}

  /**
   * What a cleaning run did to its output folder besides writing, once every document is written:
   * {@code removed} files deleted (files earlier runs recorded and this one did not write, killed
   * writers' leftovers), and {@code unrecorded} files left in place as not the tool's, the first few
   * named in {@code examples}.
   */
  default void outputTidied(int removed, long unrecorded, List<String> examples) throws IOException {}
}
