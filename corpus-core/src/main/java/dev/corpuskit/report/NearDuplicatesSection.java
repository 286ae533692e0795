package dev.corpuskit.report;

import static dev.corpuskit.report.CorpusReport.number;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.near.NearDuplicateIndex.Cluster;
import dev.corpuskit.near.NearDuplicateIndex.Member;
import dev.corpuskit.report.CorpusReport.Html;
import dev.corpuskit.report.CorpusReport.Svg;
import dev.corpuskit.report.LineDiff.Kind;
import dev.corpuskit.report.LineDiff.Op;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The review page's {@code section#near-duplicates} and the counts {@code summary.json} gains with
 * it: the clusters by size, the {@link #MAX_SHOWN_CLUSTERS} largest each with its least similar member
 * beside its representative line by line, and a table of the first {@link #MAX_LISTED_CLUSTERS}
 * clusters; every cluster is in {@link NearDuplicatesJson#FILE}, whose cluster ids the page uses.
 *
 * <p>The page stays small whatever the corpus: only the texts of the shown clusters' two documents
 * are read, each cut to its first {@link #MAX_SIDE_CHARS} characters and {@link #MAX_SIDE_LINES} lines,
 * and runs of lines both texts share are shown with a line of context only.
 */
final class NearDuplicatesSection {

  /** Clusters shown side by side, the largest first (ties by representative). */
  static final int MAX_SHOWN_CLUSTERS = 10;
  /** Rows of the table of clusters, in cluster id order. */
  static final int MAX_LISTED_CLUSTERS = 100;
  /** Members named in a shown cluster. */
  static final int MAX_NAMED_MEMBERS = 20;
  /** Members named in a row of the table. */
  static final int MAX_ROW_MEMBERS = 5;
  /** Characters of each text compared side by side. */
  static final int MAX_SIDE_CHARS = 20_000;
  /** Lines of each text compared side by side. */
  static final int MAX_SIDE_LINES = 500;
  /** Shared lines shown around a differing one. */
  private static final int CONTEXT_LINES = 1;
  /** Bins of cluster size: 2 to 9 each, then 10–99, 100–999 and so on up to 2^31. */
  private static final int SIZE_BINS = 8 + 9;

  /** Style rules of the section, one per line, all scoped under it. */
  static final String STYLE = """
      #corpus-report #near-duplicates article.cluster{margin:1.2em 0;border-top:2px solid #ddd}
      #corpus-report #near-duplicates table.side-by-side{table-layout:fixed}
      #corpus-report #near-duplicates table.side-by-side col.ln{width:4em}
      #corpus-report #near-duplicates #near-duplicate-clusters td:nth-child(-n+2),#corpus-report #near-duplicates #near-duplicate-clusters td:nth-child(4){text-align:right}
      #corpus-report #near-duplicates del.differs{background:#fde2e2;color:#8a1f1f;text-decoration:none}
      #corpus-report #near-duplicates ins.differs{background:#d3f0d3;color:#1f5f1f;text-decoration:none}
      #corpus-report #near-duplicates del.differs::before{content:"− ";font-weight:600}
      #corpus-report #near-duplicates ins.differs::before{content:"+ ";font-weight:600}
      """;

  private final NearDuplicateConfig config;
  private final NearDuplicateIndex.Result result;
  private final NearDuplicateIndex.TextLookup texts;

  NearDuplicatesSection(NearDuplicateConfig config, NearDuplicateIndex.Result result,
      NearDuplicateIndex.TextLookup texts) {
    this.config = config;
    this.result = result;
    this.texts = texts;
  }

  /** The counts in {@code summary.json}, as the field {@code nearDuplicates}. */
  void summary(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("nearDuplicates");
    json.writeNumberField("documentsIndexed", result.indexed());
    json.writeNumberField("tooShort", result.tooShort());
    json.writeNumberField("clusters", result.clusters().size());
    json.writeNumberField("documentsInClusters", NearDuplicatesJson.documentsInClusters(result));
    json.writeEndObject();
  }

  /** Writes the section, reading the texts of the shown clusters. */
  void write(Html html) throws IOException {
    List<Cluster> clusters = result.clusters();
    long inClusters = NearDuplicatesJson.documentsInClusters(result);
    html.raw("<section id=\"near-duplicates\">\n<h2>Near-duplicates</h2>\n<p>");
    if (clusters.isEmpty()) {
      html.raw("No near-duplicates: no two of the ").text(documents(result.indexed()))
          .raw(" compared reach a Jaccard similarity of ").text(threshold()).raw(".");
    } else {
      html.text(number(clusters.size())).raw(clusters.size() == 1 ? " cluster holds " : " clusters hold ")
          .text(documents(inClusters)).raw(" of the ").text(number(result.indexed()))
          .raw(" compared; keeping each cluster's representative (its smallest id) would leave out ")
          .text(documents(inClusters - clusters.size())).raw(".");
    }
    html.raw(" ").text(documents(result.tooShort())).raw(" too short for one shingle ")
        .raw(result.tooShort() == 1 ? "was" : "were").raw(" not compared.</p>\n")
        .raw("<p>Shingles of ").text(String.valueOf(config.shingleWords())).raw(" words, MinHash in ")
        .text(String.valueOf(config.bands())).raw(" bands × ").text(String.valueOf(config.rows()))
        .raw(" rows: ").text(number(result.candidates())).raw(result.candidates() == 1 ? " candidate pair, " : " candidate pairs, ")
        .text(number(result.pairs().size())).raw(" confirmed by their exact Jaccard similarity of at least ")
        .text(threshold()).raw(clusters.isEmpty() ? ". The counts are in <a href=\"" : ". Every cluster is in <a href=\"").raw(NearDuplicatesJson.FILE).raw("\">")
        .raw(NearDuplicatesJson.FILE).raw("</a>.</p>\n");
    if (!clusters.isEmpty()) {
      List<Integer> shown = shown();
      sizes(html);
      largest(html, shown);
      table(html, shown);
    }
    html.raw("</section>\n");
  }

  private String threshold() {
    return BigDecimal.valueOf(config.threshold()).toPlainString();
  }

  private static String documents(long n) {
    return number(n) + (n == 1 ? " document" : " documents");
  }

  private static String jaccard(double value) {
    return NearDuplicatesJson.rounded(value).toPlainString();
  }

  // ---------------------------------------------------------------- sizes

  private static int sizeBin(int size) {
    if (size < 10) {
      return Math.max(0, size - 2);
    }
    return 8 + String.valueOf(size).length() - 2;
  }

  private static String sizeLabel(int bin) {
    if (bin < 8) {
      return String.valueOf(bin + 2);
    }
    long from = 1;
    for (int d = 0; d < bin - 8 + 1; d++) {
      from *= 10;
    }
    return number(from) + "–" + number(from * 10 - 1);
  }

  private void sizes(Html html) {
    long[] bins = new long[SIZE_BINS];
    int last = 0;
    for (Cluster cluster : result.clusters()) {
      int bin = sizeBin(cluster.members().size());
      bins[bin]++;
      last = Math.max(last, bin);
    }
    List<String> labels = new ArrayList<>();
    List<long[]> values = new ArrayList<>();
    for (int bin = 0; bin <= last; bin++) {
      labels.add(sizeLabel(bin));
      values.add(new long[] {bins[bin]});
    }
    html.raw("<h3>Clusters by size</h3>\n");
    Svg.bars(html, "Clusters by their number of documents", labels, values, new String[] {"clusters"});
  }

  // ---------------------------------------------------------------- largest clusters

  /** The indexes of the shown clusters: the largest, ties by representative (their index order). */
  private List<Integer> shown() {
    List<Cluster> clusters = result.clusters();
    Comparator<Integer> larger = Comparator.comparingInt((Integer i) -> -clusters.get(i).members().size())
        .thenComparingInt(i -> i);
    // A bounded selection: the corpus may have many clusters, the page shows a few.
    PriorityQueue<Integer> kept = new PriorityQueue<>(larger.reversed());
    for (int i = 0; i < clusters.size(); i++) {
      kept.add(i);
      if (kept.size() > MAX_SHOWN_CLUSTERS) {
        kept.poll();
      }
    }
    List<Integer> indexes = new ArrayList<>(kept);
    indexes.sort(larger);
    return indexes;
  }

  private void largest(Html html, List<Integer> shown) throws IOException {
    html.raw("<h3>The largest clusters</h3>\n<p>");
    if (shown.size() < result.clusters().size()) {
      html.raw("The ").text(String.valueOf(shown.size())).raw(" largest of ").text(number(result.clusters().size()))
          .raw(" clusters, ties by representative. ");
    }
    html.raw("Each shows its least similar member beside its representative, compared line by line on their ")
        .raw("first ").text(number(MAX_SIDE_CHARS)).raw(" characters (at most ").text(number(MAX_SIDE_LINES))
        .raw(" lines): the lines only the representative has are marked <del class=\"differs\">in red</del>, ")
        .raw("those only the member has <ins class=\"differs\">in green</ins>, with the shared lines around them.</p>\n");
    for (int index : shown) {
      cluster(html, index);
    }
  }

  private void cluster(Html html, int index) throws IOException {
    Cluster cluster = result.clusters().get(index);
    int id = NearDuplicatesJson.clusterId(index);
    Member least = null;
    for (Member member : cluster.members()) {
      if (!member.id().equals(cluster.representative()) && (least == null || member.jaccard() < least.jaccard())) {
        least = member; // members are sorted by id: the first of the lowest wins ties
      }
    }
    html.raw("<article class=\"cluster\" id=\"near-cluster-").raw(String.valueOf(id)).raw("\">\n<h4>Cluster ")
        .raw(String.valueOf(id)).raw(": ").text(documents(cluster.members().size())).raw(", representative ")
        .raw("<code>").text(cluster.representative()).raw("</code></h4>\n<p>Jaccard similarity to the representative: ");
    int named = 0;
    for (Member member : cluster.members()) {
      if (member.id().equals(cluster.representative())) {
        continue;
      }
      if (named == MAX_NAMED_MEMBERS) {
        html.raw(" and ").text(number(cluster.members().size() - 1 - named)).raw(" more");
        break;
      }
      html.raw(named == 0 ? "" : ", ").raw("<code>").text(member.id()).raw("</code> ").text(jaccard(member.jaccard()));
      named++;
    }
    html.raw(".</p>\n");
    if (least != null) {
      sideBySide(html, cluster.representative(), least);
    }
    html.raw("</article>\n");
  }

  /** The first lines of a text, and whether the text goes on past them. */
  private record Side(List<String> lines, boolean cut) {}

  /** The lines of {@code text} compared: whole lines within the bounds, or a part of a first line longer. */
  private static Side side(CharSequence text) {
    boolean cut = text.length() > MAX_SIDE_CHARS;
    int end = Math.min(text.length(), MAX_SIDE_CHARS);
    if (cut && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    String kept = text.subSequence(0, end).toString();
    List<String> lines = CorpusReport.lines(kept);
    if (cut && lines.size() > 1 && text.charAt(end - 1) != '\n' && text.charAt(end - 1) != '\r') {
      lines.remove(lines.size() - 1); // a line the cut split: left out rather than compared in part
    }
    if (lines.size() > MAX_SIDE_LINES) {
      lines = new ArrayList<>(lines.subList(0, MAX_SIDE_LINES));
      cut = true;
    }
    return new Side(lines, cut);
  }

  private void sideBySide(Html html, String representative, Member member) throws IOException {
    CharSequence leftText = texts.text(representative);
    CharSequence rightText = texts.text(member.id());
    html.raw("<table class=\"lines side-by-side\">\n")
        .raw("<colgroup><col class=\"ln\"><col><col class=\"ln\"><col></colgroup>\n")
        .raw("<tr><th colspan=\"2\">Representative <code>")
        .text(representative).raw("</code></th><th colspan=\"2\">Member <code>").text(member.id())
        .raw("</code>, Jaccard ").text(jaccard(member.jaccard())).raw("</th></tr>\n");
    if (leftText == null || rightText == null) {
      html.raw("<tr class=\"gap\"><td></td><td colspan=\"3\">The texts could not be read again.</td></tr>\n")
          .raw("</table>\n");
      return;
    }
    Side left = side(leftText);
    Side right = side(rightText);
    List<Op> ops = new ArrayList<>(LineDiff.diff(left.lines(), right.lines()));
    if (left.cut() || right.cut()) {
      // Past the last shared line, a cut side's lines may be in the other text beyond its cut: not
      // compared, rather than marked as differing.
      int lastSame = ops.size() - 1;
      while (lastSame >= 0 && ops.get(lastSame).kind() != Kind.SAME) {
        lastSame--;
      }
      for (int k = ops.size() - 1; k > lastSame; k--) {
        Kind kind = ops.get(k).kind();
        if ((kind == Kind.RIGHT && left.cut()) || (kind == Kind.LEFT && right.cut())) {
          ops.remove(k);
        }
      }
    }
    rows(html, ops, left.lines(), right.lines());
    if (left.cut() || right.cut()) {
      html.raw("<tr class=\"gap\"><td></td><td colspan=\"3\">⋯ not compared past the first ")
          .text(number(MAX_SIDE_CHARS)).raw(" characters or ").text(number(MAX_SIDE_LINES))
          .raw(" lines</td></tr>\n");
    }
    html.raw("</table>\n");
  }

  /** The diff's rows: a change's lines side by side, shared lines around it, longer runs of them collapsed. */
  private static void rows(Html html, List<Op> ops, List<String> left, List<String> right) {
    int k = 0;
    while (k < ops.size()) {
      if (ops.get(k).kind() == Kind.SAME) {
        int end = k;
        while (end < ops.size() && ops.get(end).kind() == Kind.SAME) {
          end++;
        }
        int head = k == 0 ? 0 : CONTEXT_LINES; // after a change
        int tail = end == ops.size() ? 0 : CONTEXT_LINES; // before a change
        if (end - k <= head + tail + 1) {
          head = end - k;
          tail = 0;
        }
        for (int s = k; s < k + head; s++) {
          same(html, ops.get(s), left);
        }
        int skipped = end - k - head - tail;
        if (skipped > 0) {
          html.raw("<tr class=\"gap\"><td></td><td colspan=\"3\">⋯ ").text(number(skipped))
              .raw(skipped == 1 ? " line the same" : " lines the same").raw("</td></tr>\n");
        }
        for (int s = end - tail; s < end; s++) {
          same(html, ops.get(s), left);
        }
        k = end;
      } else {
        List<Op> only = new ArrayList<>();
        List<Op> added = new ArrayList<>();
        while (k < ops.size() && ops.get(k).kind() != Kind.SAME) {
          (ops.get(k).kind() == Kind.LEFT ? only : added).add(ops.get(k));
          k++;
        }
        for (int r = 0; r < Math.max(only.size(), added.size()); r++) {
          html.raw("<tr class=\"changed\">");
          if (r < only.size()) {
            html.raw("<td class=\"ln\">").text(String.valueOf(only.get(r).left() + 1)).raw("</td><td><del class=\"differs\">")
                .text(left.get(only.get(r).left())).raw("</del></td>");
          } else {
            html.raw("<td class=\"ln\"></td><td></td>");
          }
          if (r < added.size()) {
            html.raw("<td class=\"ln\">").text(String.valueOf(added.get(r).right() + 1)).raw("</td><td><ins class=\"differs\">")
                .text(right.get(added.get(r).right())).raw("</ins></td>");
          } else {
            html.raw("<td class=\"ln\"></td><td></td>");
          }
          html.raw("</tr>\n");
        }
      }
    }
  }

  private static void same(Html html, Op op, List<String> left) {
    String line = left.get(op.left());
    html.raw("<tr><td class=\"ln\">").text(String.valueOf(op.left() + 1)).raw("</td><td>").text(line)
        .raw("</td><td class=\"ln\">").text(String.valueOf(op.right() + 1)).raw("</td><td>").text(line)
        .raw("</td></tr>\n");
  }

  // ---------------------------------------------------------------- table

  private void table(Html html, List<Integer> shown) {
    List<Cluster> clusters = result.clusters();
    html.raw("<h3>All clusters</h3>\n<table id=\"near-duplicate-clusters\">\n<tr><th>Cluster</th><th>Documents</th>")
        .raw("<th>Representative</th><th>Lowest Jaccard</th><th>Members</th></tr>\n");
    for (int i = 0; i < Math.min(clusters.size(), MAX_LISTED_CLUSTERS); i++) {
      Cluster cluster = clusters.get(i);
      String id = String.valueOf(NearDuplicatesJson.clusterId(i));
      html.raw("<tr><td>");
      if (shown.contains(i)) {
        html.raw("<a href=\"#near-cluster-").raw(id).raw("\">").raw(id).raw("</a>");
      } else {
        html.raw(id);
      }
      double lowest = 1;
      for (Member member : cluster.members()) {
        lowest = Math.min(lowest, member.jaccard());
      }
      html.raw("</td><td>").text(number(cluster.members().size())).raw("</td><td><code>").text(cluster.representative())
          .raw("</code></td><td>").text(jaccard(lowest)).raw("</td><td>");
      int named = 0;
      for (Member member : cluster.members()) {
        if (member.id().equals(cluster.representative())) {
          continue;
        }
        if (named == MAX_ROW_MEMBERS) {
          html.raw(" and ").text(number(cluster.members().size() - 1 - named)).raw(" more");
          break;
        }
        html.raw(named == 0 ? "" : " ").raw("<code>").text(member.id()).raw("</code>");
        named++;
      }
      html.raw("</td></tr>\n");
    }
    html.raw("</table>\n");
    if (clusters.size() > MAX_LISTED_CLUSTERS) {
      html.raw("<p>… and ").text(number(clusters.size() - MAX_LISTED_CLUSTERS)).raw(" more in <a href=\"")
          .raw(NearDuplicatesJson.FILE).raw("\">").raw(NearDuplicatesJson.FILE).raw("</a></p>\n");
    }
  }
}
