package dev.corpuskit.pipeline;

import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.audit.StepCount;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.lang.DetectedLanguage;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.pipeline.state.CleanedDocument;
import dev.corpuskit.pipeline.state.DocumentCache;
import dev.corpuskit.pipeline.state.DocumentState;
import dev.corpuskit.report.DropTotals;
import dev.corpuskit.report.ValidationTotals;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DuplicateIndex;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.NameIndex;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ordered stage of a run: takes each document's result in sorted file order, adds the corpus-level
 * findings, passes findings, manifest rows and audits on to the sink, keeps the totals, writes the
 * next cache and logs progress now and then.
 *
 * <p>With the near-duplicate rule on, it adds each signed document to the run's
 * {@link NearDuplicateStage} (only documents that go into the corpus: parsed, no error, and cleaned in
 * a cleaning run), and {@link #nearDuplicates} reports the copies once the last document is in: their
 * findings follow every other finding, in file order. When a cleaning run keeps one document per
 * cluster, the manifest rows and audits cannot be sent before the clusters are known: the cleaned
 * states are spilled to a scratch file in file order instead and replayed then, leaving the copies
 * out, so that memory stays flat.
 *
 * <p>In a cleaning run, a document that a rule whose action is drop reported (a per-file or a
 * corpus-level finding) is left out of the corpus: it gets no manifest row, is not indexed for
 * near-duplicates nor recorded as the first copy of its text (in a validating run neither, so that
 * both goals judge the same corpus), and is sent as {@link RunSink#dropped} once every kept and near-duplicate document
 * is, in file order. Its findings are reported as any other, and fail the build by their severity.
 */
final class Commit implements java.io.Closeable {

  private static final HexFormat HEX = HexFormat.of();

  private final Validator validator;
  private final DuplicateIndex duplicates;
  private final NameIndex names = new NameIndex();
  private final RunSink sink;
  private final RunKind kind;
  private final int total;
  private final RunOptions options;
  private final long start = System.nanoTime();
  private final long[] bySeverity = new long[Severity.values().length];
  private final Map<String, Integer> changesByStep = new TreeMap<>();
  private final Set<String> written = new HashSet<>();
  /** The near-duplicate stage, null when the rule is off. */
  private final NearDuplicateStage near;
  /** The cleaned states held back until the clusters are known; null unless keeping representatives. */
  private final DocumentCache.Writer deferred;
  private NearDuplicateSummary nearSummary = NearDuplicateSummary.NONE;
  /** The rules whose action is drop, in a cleaning run; empty otherwise. */
  private final Set<String> dropping;
  /**
   * The rules whose action is drop, in any run: a document they report is left out of the corpus by a
   * cleaning run, so neither run compares later documents with it.
   */
  private final Set<String> leavesCorpus;
  /** The documents those rules dropped, in file order, sent at the end. */
  private final List<Dropped> dropped = new ArrayList<>();
  /** Per rule of {@link #dropping}, the documents it dropped. */
  private final Map<String, Integer> droppedByRule = new TreeMap<>();
  /** The documents of the run that were parsed: those the rules judged. */
  private int checked;
  /** Dropped documents whose cleaned file was written (a corpus-level finding): removed at the end. */
  private int droppedWritten;
  private int documents;
  private long bytes;
  private long lastProgress = start;

  Commit(Validator validator, DuplicateIndex duplicates, RunSink sink, RunKind kind, int total,
      RunOptions options) throws IOException {
    this(validator, duplicates, sink, kind, total, options, null, false);
  }

  /**
   * The ordered stage of a run whose near-duplicate stage is {@code near} (null when the rule is off);
   * {@code keepRepresentatives} holds the manifest rows and audits back until the clusters are known.
   */
  Commit(Validator validator, DuplicateIndex duplicates, RunSink sink, RunKind kind, int total,
      RunOptions options, NearDuplicateStage near, boolean keepRepresentatives) throws IOException {
    this.validator = validator;
    this.duplicates = duplicates;
    this.sink = sink;
    this.kind = kind;
    this.total = total;
    this.options = options;
    this.near = near;
    this.deferred = near != null && keepRepresentatives && kind.cleans()
        ? new DocumentCache.Writer(near.scratch().resolve(DEFERRED), 0, DEFERRED, DEFERRED) : null;
    this.leavesCorpus = validator.dropping();
    this.dropping = kind.cleans() ? leavesCorpus : Set.of();
    for (String rule : dropping) {
      droppedByRule.put(rule, 0);
    }
  }

  /**
   * A document left out by rules whose action is drop.
   *
   * @param findings the findings of those rules on it, in the order they were reported
   */
  private record Dropped(String id, String source, String path, long size, List<Finding> findings) {}

  /** The name and keys of the scratch file of held-back states. */
  private static final String DEFERRED = "deferred.bin";

  void add(SourceFile file, DocumentState state, DocumentCache.Writer cache) throws IOException {
    add(file, state, cache, null);
  }

  /**
   * Adds {@code file} as {@link #add(SourceFile, DocumentState, DocumentCache.Writer)} does, its
   * corpus-level findings given as {@code corpusFindings} (computed elsewhere) rather than computed
   * here when not null.
   */
  void add(SourceFile file, DocumentState state, DocumentCache.Writer cache, List<Finding> corpusFindings)
      throws IOException {
    documents++;
    bytes += state.size();
    sink.source(file.relativePath(), state.size(), state.sourceSha256());
    sink.signals(file.relativePath(), state.signals());
    if (state.parsed()) {
      checked++;
    }
    List<Finding> drops = new ArrayList<>(0);
    for (Finding finding : state.findings()) {
      report(finding);
      if (dropping.contains(finding.ruleId())) {
        drops.add(finding);
      }
    }
    // A document a rule drops (in a validating run too: the one the cleaning would drop) leaves the
    // corpus, so no kept document is its duplicate or near-duplicate.
    boolean stays = !DocumentProcessor.reportedBy(state, leavesCorpus);
    boolean corpusError = false; // a duplicate, or a name that collides, at ERROR: not cleaned
    for (Finding finding : corpusFindings != null ? corpusFindings
        : validator.corpusFindings(file, state.fingerprint(), state.sourceSha256(), duplicates, names, stays)) {
      report(finding);
      corpusError |= finding.severity() == Severity.ERROR;
      if (dropping.contains(finding.ruleId())) {
        drops.add(finding);
      }
    }
    CleanedDocument cleaned = state.cleaned();
    if (!drops.isEmpty()) {
      dropped.add(new Dropped(file.id(), file.relativePath(), DocumentProcessor.outputPath(file), state.size(),
          List.copyOf(drops)));
      drops.stream().map(Finding::ruleId).distinct().forEach(rule -> droppedByRule.merge(rule, 1, Integer::sum));
      if (cleaned != null) {
        droppedWritten++;
      }
    } else if (kind.cleans() && cleaned != null && !corpusError) {
      if (near != null && cleaned.signature() != null) {
        near.add(file.relativePath(), cleaned.signature());
      }
      if (deferred != null) {
        deferred.write(state);
      } else {
        keep(file, state);
      }
    } else if (!kind.cleans() && near != null && state.cleanable() && !corpusError && stays
        && state.signature() != null) {
      near.add(file.relativePath(), state.signature());
    }
    if (cache != null) {
      cache.write(state);
    }
    progress();
  }

  /**
   * A crawl field as a manifest column holds it: null when empty, each tab, line feed and carriage return
   * percent-encoded, as in a URL, so that the row stays one line of its columns.
   */
  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return value.replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
  }

  /** Sends the manifest row and audit of {@code file}, cleaned as {@code state} says, and counts them. */
  private void keep(SourceFile file, DocumentState state) throws IOException {
    CleanedDocument cleaned = state.cleaned();
    written.add(cleaned.path());
    for (Change change : cleaned.changes()) {
      changesByStep.merge(change.step(), 1, Integer::sum);
    }
    for (StepCount count : cleaned.counted()) {
      changesByStep.merge(count.step(), count.changes(), Integer::sum);
    }
    DetectedLanguage language = state.language();
    ManifestEntry entry = new ManifestEntry(file.id(), cleaned.path(), cleaned.bytes(), cleaned.words(),
        HEX.formatHex(cleaned.sha256()), HEX.formatHex(state.sourceSha256()),
        language == null ? null : language.code(), language == null ? null : language.scoreText());
    if (file.crawled()) {
      Map<String, String> crawl = file.metadata();
      entry = entry.withCrawl(field(crawl.get("url")), field(crawl.get("date")));
    }
    sink.cleaned(entry,
        new DocumentAudit(file.id(), file.relativePath(), cleaned.path(), cleaned.changes(), cleaned.counted(),
            state.size(), cleaned.wordsIn()));
  }

  /**
   * Once every document is in: clusters the signed documents, reading candidates' texts from
   * {@code texts}; reports each copy (every member of a cluster but its representative) as a
   * {@code near-duplicate} finding, in file order; when keeping representatives, replays the held-back
   * manifest rows and audits of {@code files} without the copies, then sends the copies as left out;
   * and hands the clusters to the sink with {@code reportTexts}. Does nothing when the rule is off.
   */
  void nearDuplicates(List<SourceFile> files, NearDuplicateIndex.TextLookup texts,
      NearDuplicateIndex.TextLookup reportTexts) throws IOException {
    if (near == null) {
      return;
    }
    NearDuplicateIndex.Result result = near.result(texts);
    // Each copy, by source path (file order), with its representative and similarity.
    Map<String, NearDuplicateIndex.Member> copies = new TreeMap<>();
    Map<String, String> representatives = new HashMap<>();
    for (NearDuplicateIndex.Cluster cluster : result.clusters()) {
      for (NearDuplicateIndex.Member member : cluster.members()) {
        if (!member.id().equals(cluster.representative())) {
          copies.put(member.id(), member);
          representatives.put(member.id(), cluster.representative());
        }
      }
    }
    for (NearDuplicateIndex.Member copy : copies.values()) {
      report(validator.nearDuplicate(copy.id(), representatives.get(copy.id()), copy.jaccard()));
    }
    int leftOut = 0;
    if (deferred != null) {
      List<DocumentAudit> out = new ArrayList<>();
      try (deferred; DocumentCache.Reader states = deferred.reopen(DEFERRED, DEFERRED)) {
        for (SourceFile file : files) {
          DocumentCache.Entry entry = states.find(file.relativePath());
          if (entry == null) {
            continue;
          }
          DocumentState state = entry.state();
          if (state == null) {
            throw new IOException("The scratch file of held-back documents in " + near.scratch()
                + " was damaged at " + file.relativePath() + "; run again");
          }
          state = DocumentCache.decoded(state);
          if (copies.containsKey(file.relativePath())) {
            out.add(new DocumentAudit(file.id(), file.relativePath(), state.cleaned().path(), List.of(),
                List.of(), state.size(), state.cleaned().wordsIn()));
          } else {
            keep(file, state);
          }
        }
      }
      for (DocumentAudit audit : out) {
        sink.leftOut(audit, representatives.get(audit.source()), copies.get(audit.source()).jaccard());
      }
      leftOut = out.size();
    }
    nearSummary = new NearDuplicateSummary(near.config().shingleWords(), result.indexed(), result.tooShort(),
        result.clusters().size(), copies.size(), leftOut, 0);
    sink.nearDuplicates(near.config(), result, reportTexts);
  }

  /**
   * Sends the documents that rules whose action is drop left out, in file order: after {@link
   * #nearDuplicates}, once every kept document is sent.
   */
  void sendDropped() throws IOException {
    for (Dropped document : dropped) {
      sink.dropped(new DocumentAudit(document.id(), document.source(), document.path(), List.of(), List.of(),
          document.size(), 0), document.findings());
    }
  }

  /** Deletes the held-back states' scratch file, if any. */
  @Override
  public void close() throws IOException {
    if (deferred != null) {
      deferred.close();
    }
  }

  /**
   * How many documents whose cleaned file this run wrote it left out of the corpus: the copies
   * {@link #nearDuplicates} left out, and the documents dropped for a corpus-level finding.
   */
  int leftOut() {
    return nearSummary.leftOut() + droppedWritten;
  }

  /** The cleaned files this run keeps, relative to the output directory. */
  Set<String> written() {
    return written;
  }

  /**
   * The run's totals, {@code signedNow} documents signed by the run itself (not taken from the cache)
   * when the near-duplicate rule is on.
   */
  RunSummary summary(int reused, int cleanedNow, int signedNow, List<String> steps) {
    ValidationTotals totals = new ValidationTotals(documents, bytes, bySeverity[Severity.ERROR.ordinal()],
        bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()]);
    DropTotals drops = dropping.isEmpty() ? DropTotals.NONE
        : new DropTotals(dropped.size(), checked, droppedByRule);
    return new RunSummary(totals, written.size(), reused, cleanedNow, steps, changesByStep,
        near == null ? nearSummary : nearSummary.withSignedNow(signedNow), drops);
  }

  private void report(Finding finding) throws IOException {
    bySeverity[finding.severity().ordinal()]++;
    sink.finding(finding);
  }

  private void progress() {
    if (options.progress() == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastProgress < options.progressInterval().toNanos() && documents < total) {
      return;
    }
    lastProgress = now;
    double seconds = Math.max((now - start) / 1e9, 1e-3);
    options.progress().progress(new RunOptions.Progress(documents, total, bytes, seconds));
  }
}
