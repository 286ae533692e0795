package dev.corpuskit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  /**
   * What a run says of these figures, a line each: the clusters and the copies left out, then the
   * documents too short to be compared (an INFO count, not a finding); none when there is neither.
   */
  public List<String> logLines() {
    List<String> lines = new ArrayList<>(2);
    if (clusters > 0) {
      lines.add(String.format(Locale.ROOT, "near-duplicate: %d cluster%s, %d cop%s of %s representative%s%s",
          clusters, clusters == 1 ? "" : "s", copies, copies == 1 ? "y" : "ies",
          clusters == 1 ? "its" : "their", clusters == 1 ? "" : "s",
          leftOut > 0 ? "; left " + leftOut + " out of the corpus (keep-representative)" : ""));
    }
    if (tooShort > 0) {
      lines.add(String.format(Locale.ROOT, "near-duplicate: %d document%s too short for one %d-word shingle,"
          + " not compared", tooShort, tooShort == 1 ? "" : "s", shingleWords));
    }
    return lines;
  }
}
