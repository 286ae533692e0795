package dev.corpuskit.pipeline;

import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.audit.StepCount;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.pipeline.state.CleanedDocument;
import dev.corpuskit.pipeline.state.DocumentCache;
import dev.corpuskit.pipeline.state.DocumentState;
import dev.corpuskit.report.ValidationTotals;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DuplicateIndex;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.NameIndex;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ordered stage of a run: takes each document's result in sorted file order, adds the corpus-level
 * findings, passes findings, manifest rows and audits on to the sink, keeps the totals, writes the
 * next cache and logs progress now and then.
 */
final class Commit {

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
  private int documents;
  private long bytes;
  private long lastProgress = start;

  Commit(Validator validator, DuplicateIndex duplicates, RunSink sink, RunKind kind, int total,
      RunOptions options) {
    this.validator = validator;
    this.duplicates = duplicates;
    this.sink = sink;
    this.kind = kind;
    this.total = total;
    this.options = options;
  }

  void add(SourceFile file, DocumentState state, DocumentCache.Writer cache) throws IOException {
    documents++;
    bytes += state.size();
    sink.source(file.relativePath(), state.size(), state.sourceSha256());
    for (Finding finding : state.findings()) {
      report(finding);
    }
    boolean corpusError = false; // a duplicate, or a name that collides, at ERROR: not cleaned
    for (Finding finding : validator.corpusFindings(file, state.fingerprint(), state.sourceSha256(), duplicates,
        names)) {
      report(finding);
      corpusError |= finding.severity() == Severity.ERROR;
    }
    CleanedDocument cleaned = state.cleaned();
    if (kind.cleans() && cleaned != null && !corpusError) {
      written.add(cleaned.path());
      for (Change change : cleaned.changes()) {
        changesByStep.merge(change.step(), 1, Integer::sum);
      }
      for (StepCount count : cleaned.counted()) {
        changesByStep.merge(count.step(), count.changes(), Integer::sum);
      }
      sink.cleaned(new ManifestEntry(file.id(), cleaned.path(), cleaned.bytes(), cleaned.words(),
              HEX.formatHex(cleaned.sha256()), HEX.formatHex(state.sourceSha256())),
          new DocumentAudit(file.id(), file.relativePath(), cleaned.path(), cleaned.changes(), cleaned.counted(),
              state.size(), cleaned.wordsIn()));
    }
    if (cache != null) {
      cache.write(state);
    }
    progress();
  }

  /** The cleaned files this run keeps, relative to the output directory. */
  Set<String> written() {
    return written;
  }

  RunSummary summary(int reused, int cleanedNow, List<String> steps) {
    ValidationTotals totals = new ValidationTotals(documents, bytes, bySeverity[Severity.ERROR.ordinal()],
        bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()]);
    return new RunSummary(totals, written.size(), reused, cleanedNow, steps, changesByStep);
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
    options.progress().progress(String.format(Locale.ROOT, "%d/%d documents (%d%%), %.1f MB in %.1f s, %.1f MB/s",
        documents, total, total == 0 ? 100 : documents * 100L / total, bytes / 1e6, seconds, bytes / 1e6 / seconds));
  }
}
