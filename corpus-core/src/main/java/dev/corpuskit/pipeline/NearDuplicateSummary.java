package dev.corpuskit.pipeline;

/**
 * What the near-duplicate rule found in a run.
 *
 * @param shingleWords the words per shingle it compared
 * @param indexed the documents compared
 * @param tooShort the documents not compared for having fewer words than one shingle: an INFO count,
 *     never a finding
 * @param clusters the clusters of near-duplicates
 * @param copies the members of those clusters other than their representatives: one finding each
 * @param leftOut the copies a cleaning run with {@code keep-representative} left out of the corpus
 * @param signedNow the documents signed in this run; the others' signatures came from the cache
 */
public record NearDuplicateSummary(int shingleWords, int indexed, int tooShort, int clusters, int copies,
    int leftOut, int signedNow) {

  /** A run without the rule. */
  public static final NearDuplicateSummary NONE = new NearDuplicateSummary(0, 0, 0, 0, 0, 0, 0);

  /** These figures with {@code signed} documents signed in this run. */
  NearDuplicateSummary withSignedNow(int signed) {
    return new NearDuplicateSummary(shingleWords, indexed, tooShort, clusters, copies, leftOut, signed);
  }
}
