package dev.corpuskit.pipeline;

import dev.corpuskit.audit.Change;
import dev.corpuskit.clean.Cleaned;
import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.clean.StepFailedException;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.lang.DetectedLanguage;
import dev.corpuskit.lang.Language;
import dev.corpuskit.near.Signature;
import dev.corpuskit.near.Signer;
import dev.corpuskit.parse.Format;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.pipeline.state.CleanedDocument;
import dev.corpuskit.pipeline.state.DocumentCache;
import dev.corpuskit.pipeline.state.DocumentState;
import dev.corpuskit.pipeline.state.Fingerprints;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.source.SourceContent;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.text.Words;
import dev.corpuskit.validate.CheckedDocument;
import dev.corpuskit.validate.DocumentValidation;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.NameIndex;
import dev.corpuskit.validate.Validator;
import dev.corpuskit.validate.rules.InternalErrorRule;
import dev.corpuskit.validate.rules.LanguageRule;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The per-file work of a run, safe to call from several threads: takes the cached state when the
 * file is unchanged (same size and mtime, or else the same SHA-256), otherwise validates it with the
 * per-file rules and takes its line keys for the corpus-repeated pre-pass from the same read; then,
 * when cleaning, cleans it unless its cleaned file is still in place and the lines its cleaning took
 * from the corpus are judged as they were (see {@link RepeatedLines#signature}).
 *
 * <p>With the near-duplicate rule on, it also signs the document ({@link Signer}) from its parsed
 * text (a page's main text), in validating and cleaning runs alike, so both goals find the same
 * clusters; not from the cleaned text, as the corpus-wide step ({@code corpus-repeated}) removes the
 * very lines that copies share. Only a document that parsed without an error (and, when cleaning, was
 * cleaned) is signed; the signature is kept in its state, so an unchanged document is not signed again.
 */
final class DocumentProcessor {

  private final Validator validator;
  private final ThreadLocal<Cleaner> cleaner;
  /**
   * Each thread's cleaners of the configured languages other than the cleaning's own that have data
   * ({@link Language}), by code: a document identified as being in one of them is cleaned with its
   * data. Empty unless the {@code language} rule is on with several languages.
   */
  private final ThreadLocal<Map<String, Cleaner>> cleanersByLanguage;
  /** The codes {@link #cleanersByLanguage} holds a cleaner for. */
  private final Set<String> routedLanguages;
  private final RepeatedLines repeatedLines;
  private final RunKind kind;
  /** Where a cleaning run writes; null for a validating one. */
  private final Path output;
  private final Charset charset;
  private final AuditDetail auditDetail;
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger cleanedNow = new AtomicInteger();
  private final AtomicInteger signed = new AtomicInteger();
  /** Signs documents for the near-duplicate rule; null when it is off, or this pass signs nothing. */
  private final Signer signer;
  /**
   * The output folders made in this run, each made once rather than once per document it holds, and
   * whether it was there before: only then may it hold a file of an earlier run.
   */
  private final Map<Path, Boolean> madeFolders = new ConcurrentHashMap<>();
  /** The rules whose action is drop, in a cleaning run; empty otherwise. */
  private final java.util.Set<String> dropping;

  /**
   * Whether this run may keep a cleaned file that already holds its bytes rather than write it again:
   * only where the output's file system tells names apart by case. Where it does not, {@code Story.txt}
   * would pass for {@code story.txt}, keep its old name, and be deleted as stale at the end of the run.
   */
  private final boolean keepsSameBytes;

  /** A processor that validates and cleans into {@code output}, keeping each change at {@code auditDetail}. */
  DocumentProcessor(Validator validator, CleanerConfig cleaning, RepeatedLines repeatedLines, Charset charset,
      Path output, AuditDetail auditDetail) {
    this(validator, () -> new Cleaner(cleaning, repeatedLines), repeatedLines, charset, RunKind.CLEAN,
        Objects.requireNonNull(output, "output"), auditDetail, true, routed(validator, cleaning),
        language -> new Cleaner(cleaning.withLanguage(language), repeatedLines));
  }

  /**
   * The language whose data {@code document} is cleaned with when it is not {@code cleaning}'s own:
   * its identified language when it is one of {@link #routed}; else null. Identifies it again, for
   * the few documents the review page reads back.
   */
  static String routedLanguage(Validator validator, CleanerConfig cleaning, ParsedDocument document) {
    Set<String> routed = routed(validator, cleaning);
    if (routed.isEmpty()) {
      return null;
    }
    DetectedLanguage language = LanguageRule.identify(document);
    return language != null && routed.contains(language.code()) ? language.code() : null;
  }

  /**
   * The languages of the {@code language} rule, other than {@code cleaning}'s, that have data: those
   * whose documents are cleaned with their own language's data.
   */
  private static Set<String> routed(Validator validator, CleanerConfig cleaning) {
    Set<String> routed = new TreeSet<>();
    for (String code : validator.languages()) {
      if (Language.isSupported(code) && !Language.codeOf(code).equals(cleaning.language())) {
        routed.add(Language.codeOf(code));
      }
    }
    return Set.copyOf(routed);
  }

  /** A cleaning processor whose threads each clean with a cleaner of {@code cleaners}: the seam of tests. */
  DocumentProcessor(Validator validator, Supplier<Cleaner> cleaners, RepeatedLines repeatedLines, Charset charset,
      Path output, AuditDetail auditDetail) {
    this(validator, cleaners, repeatedLines, charset, RunKind.CLEAN, Objects.requireNonNull(output, "output"),
        auditDetail, true, Set.of(), language -> cleaners.get());
  }

  private DocumentProcessor(Validator validator, Supplier<Cleaner> cleaners, RepeatedLines repeatedLines,
      Charset charset, RunKind kind, Path output, AuditDetail auditDetail, boolean signs, Set<String> routedLanguages,
      Function<String, Cleaner> languageCleaners) {
    this.validator = validator;
    this.cleaner = ThreadLocal.withInitial(cleaners);
    this.routedLanguages = routedLanguages;
    this.cleanersByLanguage = ThreadLocal.withInitial(() -> {
      Map<String, Cleaner> byLanguage = new HashMap<>();
      for (String code : routedLanguages) {
        byLanguage.put(code, languageCleaners.apply(code));
      }
      return byLanguage;
    });
    this.repeatedLines = repeatedLines;
    this.kind = kind;
    this.output = output;
    this.charset = charset;
    this.auditDetail = auditDetail;
    this.keepsSameBytes = kind.cleans() && namesAreCaseSensitive(output);
    this.signer = signs ? validator.nearDuplicates().map(Signer::new).orElse(null) : null;
    this.dropping = kind.cleans() ? validator.dropping() : java.util.Set.of();
  }

  /** A processor that only validates, signing the parsed texts when the near-duplicate rule is on. */
  static DocumentProcessor validating(Validator validator, Charset charset) {
    return validating(validator, charset, true);
  }

  /**
   * A processor that only validates; it signs the parsed texts only when {@code signs} and the
   * near-duplicate rule is on (not in the first pass of a cleaning run, which signs as it cleans).
   */
  static DocumentProcessor validating(Validator validator, Charset charset, boolean signs) {
    return new DocumentProcessor(validator, () -> null, RepeatedLines.none(), charset, RunKind.VALIDATE, null,
        AuditDetail.FULL, signs, Set.of(), language -> null);
  }

  /** How many near-duplicate signatures this processor computed (not taken from the cache). */
  int signed() {
    return signed.get();
  }

  private Signature sign(CharSequence text) {
    signed.incrementAndGet();
    return signer.sign(text);
  }

  /** How many files were taken from the cache. */
  int reused() {
    return reused.get();
  }

  /** How many documents were cleaned (not taken from the cache). */
  int cleanedNow() {
    return cleanedNow.get();
  }

  /**
   * The state of {@code file}, taken from {@code cached} when the file has not changed since the run
   * that started at {@code cachedAt} took it.
   */
  DocumentState process(SourceFile file, DocumentState cached, long cachedAt) throws IOException {
    BasicFileAttributes stat;
    try {
      stat = Files.readAttributes(file.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException goneSinceTheScan) {
      // Deleted (or made unreadable) since the scan listed it: the validator's read guard reports it.
      return validated(file, 0, null);
    }
    long mtime = stat.lastModifiedTime().toMillis();
    String fileKey = stat.fileKey() == null ? null : stat.fileKey().toString();
    if (file.archive() != null) {
      // A member's size is its record's, not the archive's: the archive's size joins its file key, so
      // that the stat still tells an archive that changed.
      fileKey = (fileKey == null ? "" : fileKey) + "@" + stat.size();
    }
    DocumentState state = cached == null ? null : unchanged(file, cached, stat.size(), mtime, fileKey, cachedAt);
    if (state != null && !kind.cleans() && signer != null && state.cleanable() && state.signature() == null) {
      state = null; // a cleaning run took it, and kept its signature with the cleaned form: validate it again
    }
    if (state != null) {
      reused.incrementAndGet();
    } else {
      return validated(file, mtime, fileKey);
    }
    return kind.cleans() ? cleanIfNeeded(file, state) : state;
  }

  /**
   * Validates {@code file}, whose stat gave {@code mtime} and {@code fileKey}, and cleans it when it
   * can be; a file that cannot be read gets the validator's {@code unreadable} finding instead.
   */
  private DocumentState validated(SourceFile file, long mtime, String fileKey) throws IOException {
    CheckedDocument checked = validator.validateDocument(file);
    DocumentValidation validation = checked.validation();
    ParsedDocument document = validation.document().orElse(null);
    byte[] sourceSha256 = document == null ? null
        : checked.sourceSha256() != null ? checked.sourceSha256() : sha256(document.bytes());
    DocumentState state = new DocumentState(file.relativePath(), validation.size(), mtime, fileKey,
        sourceSha256, validation.findings(), checked.fingerprint(),
        document != null, null, null, null, checked.signals(), checked.language());
    if (state.cleanable()) {
      state = state.withLineKeys(RepeatedLines.Miner.keysOf(document.text()));
    }
    if (kind.cleans() && state.cleanable() && !dropped(state)) {
      return cleaned(file, document, state);
    }
    if (!kind.cleans() && signer != null && state.cleanable()) {
      state = state.withSignature(sign(document.text()));
    }
    return state;
  }

  /**
   * {@code state} with {@code document} cleaned, or, when a cleaning step fails unexpectedly, with the
   * step's {@code internal-error} finding and no cleaned file: the other documents go on as usual.
   */
  private DocumentState cleaned(SourceFile file, ParsedDocument document, DocumentState state) throws IOException {
    try {
      return state.withCleaned(clean(file, document, state.lineKeys(), state.language()));
    } catch (StepFailedException e) {
      return withInternalError(file, state, "step " + e.stepId(), e.getCause());
    }
  }

  private DocumentState withInternalError(SourceFile file, DocumentState state, String stage, Throwable failure) {
    List<Finding> findings = new ArrayList<>(state.findings());
    findings.add(validator.internalError(file, stage, failure));
    return new DocumentState(state.relativePath(), state.size(), state.mtime(), state.fileKey(), state.sourceSha256(),
        findings, state.fingerprint(), state.parsed(), state.lineKeys(), null, null, state.signals(), state.language());
  }

  /**
   * Whether a rule whose action is drop reported {@code state}, in a cleaning run: the document leaves
   * the corpus, so it is not cleaned (nor written, only to be removed at the end of the run).
   */
  private boolean dropped(DocumentState state) {
    return reportedBy(state, dropping);
  }

  /**
   * Whether one of {@code rules} reported {@code state} in its per-file findings: with the rules whose
   * action is drop ({@link Validator#dropping}), whether a cleaning run leaves the document out of the
   * corpus whatever the other documents are.
   */
  static boolean reportedBy(DocumentState state, Set<String> rules) {
    if (rules.isEmpty()) {
      return false;
    }
    for (Finding finding : state.findings()) {
      if (rules.contains(finding.ruleId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cached state if the file has not changed, else null. The same size, time and file key tell it,
   * unless the file is racily clean (modified in the second the cached run started, or later), when
   * only its content can: then, as when its time or file key differ, the file is read and hashed.
   */
  private static DocumentState unchanged(SourceFile file, DocumentState cached, long size, long mtime,
      String fileKey, long cachedAt) throws IOException {
    boolean member = file.archive() != null; // its size is in its file key, with the archive's
    if (!member && cached.size() != size || cached.cleanable() && cached.lineKeys() == null || failed(cached)) {
      return null;
    }
    if (cached.mtime() == mtime && Objects.equals(cached.fileKey(), fileKey) && !Fingerprints.racy(mtime, cachedAt)) {
      return cached;
    }
    if (cached.sourceSha256() == null || member) {
      return null; // never read, or a member of an archive that changed: only its stat could tell
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      return null; // gone or unreadable since its stat: validating it again reports it
    }
    return Arrays.equals(sha256(bytes), cached.sourceSha256()) ? cached.withStat(mtime, fileKey) : null;
  }

  /**
   * Whether {@code state} holds an {@code internal-error}: such a state is never reused, so that the
   * failure is met (and its stack trace reported) again, or gone once the bug is fixed.
   */
  private static boolean failed(DocumentState state) {
    return state.findings().stream().anyMatch(f -> f.ruleId().equals(InternalErrorRule.ID));
  }

  /**
   * Cleans {@code file} from {@code validated}, the state a validating processor gave it in the first
   * pass of a {@code corpus-repeated} run, as the second pass of a run reuses that state; a state that
   * cannot be reused (an {@code internal-error}, no line keys) is validated again.
   */
  DocumentState cleanValidated(SourceFile file, DocumentState validated) throws IOException {
    if (validated.cleanable() && validated.lineKeys() == null || failed(validated)) {
      return process(file, null, 0);
    }
    return cleanIfNeeded(file, validated);
  }

  /** Cleans a reused state whose cleaned file is missing or changed. */
  private DocumentState cleanIfNeeded(SourceFile file, DocumentState state) throws IOException {
    if (!state.cleanable() || dropped(state)) {
      return state.cleaned() == null ? state : state.withCleaned(null);
    }
    state = DocumentCache.decoded(state);
    CleanedDocument cleaned = state.cleaned();
    if (cleaned != null && inPlace(cleaned) && (signer == null || cleaned.signature() != null)
        && cleaned.corpusSignature() == repeatedLines.signature(state.lineKeys(), cleaned.extraCorpusLines())) {
      return state;
    }
    SourceContent content;
    try {
      content = file.read();
    } catch (IOException e) {
      // Gone or unreadable since it was validated (the first pass of a corpus-repeated run, or the
      // cache): validating it again gives the finding, and no cleaned file.
      return validated(file, state.mtime(), state.fileKey());
    }
    ParsedDocument document;
    try {
      document = validator.parserFor(file).orElseThrow().parse(file, content.bytes(), validator.charsetOf(content));
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      return withInternalError(file, state, InternalErrorRule.PARSE, e);
    }
    return cleaned(file, document, state);
  }

  private boolean inPlace(CleanedDocument cleaned) throws IOException {
    Path target = output.resolve(cleaned.path());
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    BasicFileAttributes stat = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return stat.size() == cleaned.bytes() && stat.lastModifiedTime().toMillis() == cleaned.mtime();
  }

  /**
   * The cleaner of a document identified as being in {@code language} (null: not identified): its
   * language's when it is one of the configured languages with data, else the cleaning's own.
   */
  private Cleaner cleanerFor(DetectedLanguage language) {
    if (language != null && routedLanguages.contains(language.code())) {
      return cleanersByLanguage.get().get(language.code());
    }
    return cleaner.get();
  }

  /**
   * Cleans {@code document}, whose pre-pass line keys are {@code lineKeys}, with the data of its
   * {@code language}, and writes it.
   */
  private CleanedDocument clean(SourceFile file, ParsedDocument document, long[] lineKeys, DetectedLanguage language)
      throws IOException {
    cleanedNow.incrementAndGet();
    Cleaned cleaned = clean(cleanerFor(language), document);
    AuditDetail.Kept kept = auditDetail.keep(changes(document, cleaned), document.bytes().length);
    byte[] bytes = cleaned.text().getBytes(StandardCharsets.UTF_8);
    String path = outputPath(file);
    Path target = output.resolve(path);
    // A file an earlier run left with these very bytes (its cache gone, the tool or the configuration
    // changed) stays as it is: rewriting tens of thousands of them costs the file system dearly.
    if (!(folderExisted(target.getParent()) && keepsSameBytes && AtomicFiles.holds(target, bytes))) {
      // The run sweeps dead writers' leftovers from the output at its end (OutputRecord.finish).
      AtomicFiles.writeInSweptDirectory(target, bytes);
    }
    long mtime = Files.getLastModifiedTime(target, LinkOption.NOFOLLOW_LINKS).toMillis();
    long[] extra = notIn(cleaned.corpusLines(), lineKeys);
    return new CleanedDocument(path, bytes.length, Words.count(cleaned.text()), sha256(bytes), mtime, kept.listed(),
        kept.counted(), repeatedLines.signature(lineKeys, extra), extra, Words.count(document.text()),
        signer == null ? null : sign(document.text()));
  }

  /** {@code document} cleaned by {@code cleaner}: an HTML page's main text, or the whole of a text. */
  static Cleaned clean(Cleaner cleaner, ParsedDocument document) {
    return document.format() == Format.HTML ? cleaner.cleanMainText(document.text()) : cleaner.clean(document.text());
  }

  /**
   * Every change of {@code document}'s cleaning into {@code cleaned}, as the audit lists them: an HTML
   * page's blocks its main-text extraction removed (by their line in the markup), then the changes to
   * its text, by line.
   */
  static List<Change> changes(ParsedDocument document, Cleaned cleaned) {
    List<Change> changes = new ArrayList<>(document.removed().size() + cleaned.changes().size());
    changes.addAll(document.removed());
    changes.addAll(cleaned.changes());
    return changes;
  }

  /** Makes {@code folder} unless this run has; whether it was there before this run first needed it. */
  private boolean folderExisted(Path folder) throws IOException {
    Boolean existed = madeFolders.get(folder);
    if (existed == null) {
      existed = Files.isDirectory(folder);
      Files.createDirectories(folder);
      Boolean first = madeFolders.putIfAbsent(folder, existed);
      existed = first == null ? existed : first;
    }
    return existed;
  }

  /**
   * Whether {@code folder} exists and its file system tells names apart by case: the same name with
   * its case swapped is not the same folder. False when it cannot tell (no folder, no letter in its name).
   */
  private static boolean namesAreCaseSensitive(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    if (name == null || !Files.isDirectory(folder)) {
      return false;
    }
    String swapped = name.toString().chars()
        .map(c -> Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    if (swapped.equals(name.toString())) {
      return false;
    }
    try {
      return !Files.isSameFile(folder, folder.toAbsolutePath().normalize().resolveSibling(swapped));
    } catch (IOException noSuchFolder) {
      return true;
    }
  }

  /**
   * The keys of {@code consulted} not among {@code lineKeys}: lines that earlier steps changed before
   * the corpus was consulted. Together they cover every line the cleaning took from the corpus.
   */
  private static long[] notIn(long[] consulted, long[] lineKeys) {
    if (consulted.length == 0) {
      return consulted;
    }
    long[] sorted = lineKeys.clone();
    Arrays.sort(sorted);
    return Arrays.stream(consulted).filter(key -> Arrays.binarySearch(sorted, key) < 0).distinct().toArray();
  }

  /**
   * The text of {@code file} as this processor signs it, computed again from the source: its cleaned
   * text when cleaning (with the same repeated lines), its parsed text otherwise; for the near-duplicate
   * stage and the reports, which read a few documents back.
   *
   * @throws IOException when the source cannot be read or parsed any more
   */
  String text(SourceFile file) throws IOException {
    ParsedDocument document;
    try {
      SourceContent content = file.read();
      document = validator.parserFor(file).orElseThrow(() -> new IOException("no parser for " + file.relativePath()))
          .parse(file, content.bytes(), validator.charsetOf(content));
    } catch (RuntimeException e) {
      throw new IOException("Cannot parse " + file.relativePath() + " again: " + e, e);
    }
    if (!kind.cleans()) {
      return document.text();
    }
    // The language is identified again rather than looked up: it depends on the text alone.
    DetectedLanguage language = routedLanguages.isEmpty() ? null : LanguageRule.identify(document);
    return clean(cleanerFor(language), document).text();
  }

  /** Where {@code file} is written, relative to the output directory: HTML pages become text. */
  static String outputPath(SourceFile file) {
    return NameIndex.cleanedPath(file);
  }

  static byte[] sha256(byte[] bytes) {
    return Sha256.digest().digest(bytes);
  }
}
