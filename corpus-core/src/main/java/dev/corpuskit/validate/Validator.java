package dev.corpuskit.validate;

import dev.corpuskit.contamination.ContaminationIndex;
import dev.corpuskit.lang.DetectedLanguage;
import dev.corpuskit.lang.Language;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.parse.Parser;
import dev.corpuskit.parse.Parsers;
import dev.corpuskit.source.SourceContent;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.rules.ContaminationRule;
import dev.corpuskit.validate.rules.DuplicateRule;
import dev.corpuskit.validate.rules.InternalErrorRule;
import dev.corpuskit.validate.rules.LanguageRule;
import dev.corpuskit.validate.rules.NearDuplicateRule;
import dev.corpuskit.validate.rules.PortableNameRule;
import dev.corpuskit.validate.rules.SameExtractionRule;
import dev.corpuskit.validate.rules.UnreadableRule;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the configured rules over the files of a corpus.
 *
 * <p>A validator is one run: rules such as duplicate detection remember the documents they have
 * seen, so create a new validator for every corpus and feed it files in sorted order.
 */
public final class Validator {

  private final ValidationConfig config;
  private final List<Active<FileRule>> fileRules = new ArrayList<>();
  private final List<Active<DocumentRule>> documentRules = new ArrayList<>();
  private final Severity duplicateSeverity;
  private final Severity sameExtractionSeverity;
  /** The near-duplicate rule, judged by the run once every document is signed; null when off. */
  private final Active<NearDuplicateRule> nearDuplicates;
  /** The duplicates of {@link #validate}, which checks every rule at once, in file order. */
  private final DuplicateIndex duplicates = new DuplicateIndex();
  /** The portable-name rule, run after every other rule on each file, in file order; null when off. */
  private final Active<PortableNameRule> portableNames;
  private final Severity internalErrorSeverity;
  private final Function<SourceFile, Optional<Parser>> parsers;
  /** The language rule, which also identifies each document's language; null when off. */
  private final LanguageRule languageRule;

  /**
   * Creates the rules of {@code config}, for a corpus in English.
   *
   * @throws InvalidRuleConfigException when a rule's parameters are invalid
   */
  public Validator(ValidationConfig config) {
    this(config, Parsers::forFile, List.of(), null, Language.ENGLISH);
  }

  /**
   * Creates the rules of {@code config}, for a corpus in {@code language} (a code or BCP 47 tag): the
   * main text of an HTML page, which the rules check, is judged with that language's stop words.
   *
   * @throws InvalidRuleConfigException when a rule's parameters are invalid
   * @throws dev.corpuskit.lang.UnknownLanguageException when there is no data for the language
   */
  public Validator(ValidationConfig config, String language) {
    this(config, parsersOf(Language.of(language)), List.of(), null, Language.codeOf(language));
  }

  /**
   * Creates the rules of {@code config} for a corpus in {@code language}, the {@code contamination}
   * rule checking against {@code against} (see {@link #contaminationIndex}); null checks against none.
   *
   * @throws InvalidRuleConfigException when a rule's parameters are invalid
   * @throws dev.corpuskit.lang.UnknownLanguageException when there is no data for the language
   */
  public Validator(ValidationConfig config, String language, ContaminationIndex against) {
    this(config, parsersOf(Language.of(language)), List.of(), against, Language.codeOf(language));
  }

  /**
   * The index of the corpora {@code config} checks against, read from their jars, when the
   * {@code contamination} rule is on and there are such corpora; else empty, and nothing is read.
   *
   * @throws InvalidRuleConfigException when the rule's parameters are invalid
   * @throws dev.corpuskit.contamination.InvalidAgainstCorpusException naming a jar that is missing,
   *     not a corpus or unreadable
   */
  public static Optional<ContaminationIndex> contaminationIndex(ValidationConfig config) {
    if (againstKey(config).isEmpty()) {
      return Optional.empty();
    }
    ContaminationRule rule = contaminationRule(config);
    return Optional.of(ContaminationIndex.build(config.against(), rule.words(), rule.nearDuplicates()));
  }

  /**
   * What the findings of {@code config} depend on besides it and the files: the {@link
   * ContaminationIndex#key} of the corpora it checks against while the {@code contamination} rule is
   * on; empty otherwise, and nothing is read.
   *
   * @throws dev.corpuskit.contamination.InvalidAgainstCorpusException naming a jar that is missing or
   *     unreadable
   */
  public static String againstKey(ValidationConfig config) {
    RuleDefinition definition = RuleCatalog.find(ContaminationRule.ID).orElseThrow();
    if (config.against().isEmpty() || config.rules().severityOf(definition) == Severity.OFF) {
      return "";
    }
    return ContaminationIndex.key(config.against());
  }

  /**
   * The corpora {@code config} checks against, with their SHA-256, while the {@code contamination}
   * rule is on; empty otherwise, and nothing is read.
   *
   * @throws dev.corpuskit.contamination.InvalidAgainstCorpusException naming a jar that is missing or
   *     unreadable
   */
  public static List<ContaminationIndex.Corpus> againstCorpora(ValidationConfig config) {
    RuleDefinition definition = RuleCatalog.find(ContaminationRule.ID).orElseThrow();
    if (config.against().isEmpty() || config.rules().severityOf(definition) == Severity.OFF) {
      return List.of();
    }
    return ContaminationIndex.corpora(config.against());
  }

  private static ContaminationRule contaminationRule(ValidationConfig config) {
    RuleDefinition definition = RuleCatalog.find(ContaminationRule.ID).orElseThrow();
    return (ContaminationRule) definition.factory().apply(config.rules().parametersOf(definition));
  }

  private static Function<SourceFile, Optional<Parser>> parsersOf(Language language) {
    return source -> Parsers.forFile(source, language);
  }

  /**
   * The ids of the rules switched on whose action is drop ({@link RuleConfig#dropping}): a cleaning
   * run leaves the documents they report out of the corpus.
   */
  public java.util.Set<String> dropping() {
    return config.rules().dropping();
  }

  /** The parser this validator reads {@code source} with, or empty when its extension is not supported. */
  public Optional<Parser> parserFor(SourceFile source) {
    return parsers.apply(source);
  }

  /**
   * A validator that parses with {@code parsers} and runs {@code extraRules} (as warnings) after the
   * configured rules: the seam through which tests make one stage fail.
   */
  Validator(ValidationConfig config, Function<SourceFile, Optional<Parser>> parsers, List<DocumentRule> extraRules) {
    this(config, parsers, extraRules, null, Language.ENGLISH);
  }

  private Validator(ValidationConfig config, Function<SourceFile, Optional<Parser>> parsers,
      List<DocumentRule> extraRules, ContaminationIndex against, String language) {
    this.config = config;
    this.parsers = parsers;
    Severity internal = config.rules().severityOf(RuleCatalog.find(InternalErrorRule.ID).orElseThrow());
    // A bug is never hidden: switched off, it is reported as an error all the same, as unreadable is.
    this.internalErrorSeverity = internal == Severity.OFF ? Severity.ERROR : internal;
    Severity duplicate = null;
    Severity sameExtraction = Severity.OFF;
    Active<PortableNameRule> names = null;
    Active<NearDuplicateRule> near = null;
    LanguageRule identifier = null;
    for (RuleDefinition definition : RuleCatalog.all()) {
      Severity severity = config.rules().severityOf(definition);
      if (severity == Severity.OFF) {
        continue;
      }
      Rule rule = definition.factory().apply(config.rules().parametersOf(definition));
      if (rule instanceof DuplicateRule) {
        duplicate = severity;
      }
      if (rule instanceof SameExtractionRule) {
        sameExtraction = severity;
        continue; // reported with the duplicates
      }
      if (rule instanceof ContaminationRule contamination) {
        rule = contamination.against(against);
        if (!((ContaminationRule) rule).active()) {
          continue; // nothing to check against
        }
      }
      if (rule instanceof LanguageRule languageCheck) {
        identifier = languageCheck.withDefaultLanguage(language);
        rule = identifier;
      }
      if (rule instanceof NearDuplicateRule nearRule) {
        near = new Active<>(nearRule, severity);
        continue; // judged by the run, over the whole corpus
      }
      if (rule instanceof PortableNameRule nameRule) {
        names = new Active<>(nameRule, severity);
      } else if (rule instanceof FileRule fileRule) {
        fileRules.add(new Active<>(fileRule, severity));
      } else if (rule instanceof DocumentRule documentRule) {
        documentRules.add(new Active<>(documentRule, severity));
      }
    }
    duplicateSeverity = duplicate;
    sameExtractionSeverity = sameExtraction;
    portableNames = names;
    nearDuplicates = near;
    languageRule = identifier;
    for (DocumentRule rule : extraRules) {
      documentRules.add(new Active<>(rule, Severity.WARNING));
    }
  }

  /**
   * The parameters of the near-duplicate rule, empty when it is off: a corpus-level rule that a run
   * judges once every document is signed ({@link NearDuplicateRule}); {@link #validate} does not.
   */
  public Optional<NearDuplicateConfig> nearDuplicates() {
    return Optional.ofNullable(nearDuplicates).map(active -> active.rule.config());
  }

  /**
   * The languages of the {@code language} rule (its {@code languages} parameter, else the corpus's
   * {@code <language>}), ISO 639-1 codes in the order configured; empty when the rule is off, when
   * documents get no language.
   */
  public List<String> languages() {
    return languageRule == null ? List.of() : languageRule.languages();
  }

  /**
   * The {@code near-duplicate} finding of {@code relativePath}, a member of the cluster of
   * {@code representative} whose shingles are {@code jaccard} alike to the representative's.
   *
   * @throws IllegalStateException when the rule is off
   */
  public Finding nearDuplicate(String relativePath, String representative, double jaccard) {
    if (nearDuplicates == null) {
      throw new IllegalStateException("the near-duplicate rule is off");
    }
    return new Finding(NearDuplicateRule.ID, nearDuplicates.severity, relativePath, 0, 0, -1,
        NearDuplicateRule.message(representative, jaccard, nearDuplicates.rule.config()));
  }

  /**
   * The {@code internal-error} finding of {@code source} for {@code failure} in {@code stage}, with its
   * stack trace as detail.
   */
  public Finding internalError(SourceFile source, String stage, Throwable failure) {
    return new Finding(InternalErrorRule.ID, internalErrorSeverity, source.relativePath(), 0, 0, -1,
        InternalErrorRule.message(stage, failure), InternalErrorRule.detail(failure));
  }

  /**
   * Reads, parses and checks one file. Files that cannot or must not be read (links, pipes, read
   * errors, too large for memory) give a finding, never an exception.
   */
  public DocumentValidation validate(SourceFile source) {
    DocumentValidation validation = check(source, false).validation();
    if (portableNames == null) {
      return validation;
    }
    List<Finding> findings = new ArrayList<>(validation.findings());
    portableNames.rule.check(source, validation.size(), reporter(portableNames, source, findings, null));
    return findings.size() == validation.findings().size() ? validation
        : new DocumentValidation(source, validation.size(), validation.document(), findings);
  }

  /**
   * Reads, parses and checks one file with every rule that needs only that file; thread-safe. The
   * duplicate rule only computes its fingerprint, and the portable-name rule waits: pass the file to
   * {@link #corpusFindings} in file order.
   */
  public CheckedDocument validateDocument(SourceFile source) {
    return check(source, true);
  }

  /**
   * The corpus-level findings of a file checked by {@link #validateDocument} (or taken from a cache),
   * given in sorted file order with one {@code duplicates} and one {@code names} index per run; they
   * follow the file's other findings, as those of {@link #validate} do.
   */
  public List<Finding> corpusFindings(SourceFile source, byte[] fingerprint, byte[] sourceSha256,
      DuplicateIndex duplicates, NameIndex names) {
    return corpusFindings(source, fingerprint, sourceSha256, duplicates, names, true);
  }

  /**
   * The corpus-level findings of a file as {@link #corpusFindings(SourceFile, byte[], byte[],
   * DuplicateIndex, NameIndex)} gives them; when {@code stays} is false (a rule whose action is drop
   * reported the file, so it leaves the corpus), the file is compared with the earlier ones but not
   * recorded as the first copy of its text: a later file with that text is no duplicate of it.
   */
  public List<Finding> corpusFindings(SourceFile source, byte[] fingerprint, byte[] sourceSha256,
      DuplicateIndex duplicates, NameIndex names, boolean stays) {
    List<Finding> findings = new ArrayList<>(0);
    duplicateFindings(source, fingerprint, sourceSha256, duplicates, stays, findings);
    if (portableNames != null) {
      for (String problem : names.add(source)) {
        findings.add(new Finding(PortableNameRule.ID, portableNames.severity, source.relativePath(), 0, 0, -1,
            problem));
      }
    }
    return findings;
  }

  /**
   * The {@code duplicate} or {@code same-extraction} finding of {@code relativePath}, whose text has
   * {@code fingerprint} and whose source bytes {@code sourceSha256}, given that {@code first} is the
   * first file in sorted file order with that fingerprint that stays in the corpus, its source bytes
   * {@code firstSourceSha256}: the finding {@link #corpusFindings} gives when the files come in order,
   * for an engine that groups the fingerprints itself. Empty when the rule is off.
   */
  public Optional<Finding> duplicateFinding(String relativePath, byte[] fingerprint, byte[] sourceSha256,
      String first, byte[] firstSourceSha256) {
    if (fingerprint == null || duplicateSeverity == null) {
      return Optional.empty();
    }
    boolean sameSource = sourceSha256 != null && firstSourceSha256 != null
        && java.util.Arrays.equals(sourceSha256, firstSourceSha256);
    boolean sameExtraction = !sameSource && DuplicateRule.mayBeSiteText(fingerprint);
    if (!sameExtraction) {
      return Optional.of(new Finding(DuplicateRule.ID, duplicateSeverity, relativePath, 0, 0, -1,
          DuplicateRule.message(first)));
    }
    if (sameExtractionSeverity != Severity.OFF) {
      return Optional.of(new Finding(SameExtractionRule.ID, sameExtractionSeverity, relativePath, 0, 0, -1,
          SameExtractionRule.message(first, DuplicateRule.words(fingerprint))));
    }
    return Optional.empty();
  }

  /** Whether the {@code portable-name} rule is on: a corpus-level rule over every path of the corpus. */
  public boolean checksPortableNames() {
    return portableNames != null;
  }

  /**
   * The {@code duplicate} or {@code same-extraction} finding of {@code source}, if an earlier file has
   * the same text (see {@link DuplicateRule}), added to {@code findings}.
   */
  private void duplicateFindings(SourceFile source, byte[] fingerprint, byte[] sourceSha256,
      DuplicateIndex index, boolean stays, List<Finding> findings) {
    if (fingerprint == null || duplicateSeverity == null) {
      return;
    }
    Optional<DuplicateIndex.Match> earlier = stays ? index.add(fingerprint, sourceSha256, source.relativePath())
        : index.find(fingerprint, sourceSha256);
    earlier.ifPresent(match -> {
      if (!match.sameExtraction()) {
        findings.add(new Finding(DuplicateRule.ID, duplicateSeverity, source.relativePath(), 0, 0, -1,
            DuplicateRule.message(match.first())));
      } else if (sameExtractionSeverity != Severity.OFF) {
        findings.add(new Finding(SameExtractionRule.ID, sameExtractionSeverity, source.relativePath(), 0, 0, -1,
            SameExtractionRule.message(match.first(), DuplicateRule.words(fingerprint))));
      }
    });
  }

  private CheckedDocument check(SourceFile source, boolean deferCorpusRules) {
    List<Finding> findings = new ArrayList<>();
    List<Signal> signals = new ArrayList<>();
    long size;
    try {
      size = source.size();
    } catch (IOException e) {
      return unchecked(unread(source, 0, findings, new ReadGuard.Refusal(UnreadableRule.ID, UnreadableRule.message(e))));
    }
    boolean readable = true;
    for (Active<FileRule> active : fileRules) {
      int before = findings.size();
      active.rule.check(source, size, reporter(active, source, findings, signals));
      boolean failed = hasErrors(findings.subList(before, findings.size()));
      if (failed && active.rule.stopsReading()) {
        readable = false;
        break; // one problem, one finding: the later file rules would judge a file that is not read
      }
    }
    Optional<ReadGuard.Refusal> refusal = ReadGuard.check(source, size);
    if (refusal.isPresent()) {
      return unchecked(unread(source, size, findings, refusal.get()));
    }
    Optional<Parser> parser = parsers.apply(source);
    if (parser.isEmpty() || !readable) {
      return unchecked(new DocumentValidation(source, size, Optional.empty(), findings));
    }
    SourceContent content;
    try {
      content = source.read();
    } catch (IOException e) {
      return unchecked(unread(source, size, findings, new ReadGuard.Refusal(UnreadableRule.ID, UnreadableRule.message(e))));
    }
    byte[] bytes = content.bytes();
    ParsedDocument document;
    try {
      document = parser.get().parse(source, bytes, charsetOf(content));
    } catch (RuntimeException | Error e) {
      // One page that trips the parser costs that page, never the run: it is not cleaned.
      findings.add(internalError(source, InternalErrorRule.PARSE, isolated(e)));
      return unchecked(new DocumentValidation(source, content.size(), Optional.empty(), findings));
    }
    byte[] fingerprint = null;
    DetectedLanguage language = null;
    for (Active<DocumentRule> active : documentRules) {
      int before = findings.size();
      try {
        if (active.rule instanceof DuplicateRule) {
          fingerprint = DuplicateRule.fingerprint(document);
          if (!deferCorpusRules) {
            duplicateFindings(source, fingerprint, content.sha256(), duplicates, true, findings);
          }
          continue;
        }
        if (active.rule instanceof LanguageRule rule) {
          language = LanguageRule.identify(document);
          rule.judge(language, reporter(active, source, findings, signals));
          continue;
        }
        active.rule.check(document, reporter(active, source, findings, signals));
      } catch (RuntimeException | Error e) {
        // The rule's findings so far stand; the later rules still judge the document.
        findings.add(internalError(source, "rule " + active.rule.id(), isolated(e)));
        continue;
      }
      if (active.rule.stopsChecking() && findings.size() > before) {
        break;
      }
    }
    return new CheckedDocument(
        new DocumentValidation(source, content.size(), Optional.of(document), findings), fingerprint, sorted(signals),
        language, content.sha256());
  }

  /**
   * The charset {@code content} is decoded with by default: the one its source declares outside the
   * document (a WARC record's HTTP header), else the configured one; a page's own declaration still
   * counts as the parser weighs it.
   */
  public Charset charsetOf(SourceContent content) {
    return content.charset() != null ? content.charset() : config.charset();
  }

  /**
   * {@code signals} sorted by rule and name, the last of a rule's values of one name kept: the
   * quality-signals report's fixed order, whatever order the rules measure in.
   */
  private static List<Signal> sorted(List<Signal> signals) {
    if (signals.isEmpty()) {
      return List.of();
    }
    java.util.TreeMap<String, java.util.TreeMap<String, Signal>> byRule = new java.util.TreeMap<>();
    for (Signal signal : signals) {
      byRule.computeIfAbsent(signal.rule(), rule -> new java.util.TreeMap<>()).put(signal.name(), signal);
    }
    List<Signal> sorted = new ArrayList<>(signals.size());
    byRule.values().forEach(names -> sorted.addAll(names.values()));
    return sorted;
  }

  /** {@code failure} if it is a document's finding ({@link InternalErrorRule#isolates}); else rethrown. */
  private static Throwable isolated(Throwable failure) {
    if (!InternalErrorRule.isolates(failure)) {
      throw (Error) failure;
    }
    return failure;
  }

  private static CheckedDocument unchecked(DocumentValidation validation) {
    return new CheckedDocument(validation, null);
  }

  /** The file is not read: reports why, unless its rule already did. */
  private DocumentValidation unread(SourceFile source, long size, List<Finding> findings, ReadGuard.Refusal refusal) {
    boolean reported = findings.stream().anyMatch(f -> f.ruleId().equals(refusal.ruleId()) && f.severity() == Severity.ERROR);
    if (!reported) {
      Severity severity = config.rules().severityOf(RuleCatalog.find(refusal.ruleId()).orElseThrow());
      findings.add(new Finding(refusal.ruleId(), severity == Severity.OFF ? Severity.ERROR : severity,
          source.relativePath(), 0, 0, -1, refusal.message()));
    }
    return new DocumentValidation(source, size, Optional.empty(), findings);
  }

  private static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The reporter of {@code active} on {@code source}; {@code signals} takes its signals, or null to ignore them. */
  private static Reporter reporter(Active<?> active, SourceFile source, List<Finding> sink, List<Signal> signals) {
    String id = active.rule.id();
    return new Reporter() {
      @Override
      public void signal(String name, double value) {
        if (signals != null) {
          signals.add(new Signal(id, name, value));
        }
      }

      @Override
      public void report(int line, int column, String message) {
        sink.add(new Finding(id, active.severity, source.relativePath(), line, column, -1, message));
      }

      @Override
      public void reportAtByte(long byteOffset, int line, int column, String message) {
        sink.add(new Finding(id, active.severity, source.relativePath(), line, column, byteOffset, message));
      }

      @Override
      public void reportMeasured(int line, int column, String message, Measure measure) {
        sink.add(new Finding(id, active.severity, source.relativePath(), line, column, -1, message, null, measure));
      }
    };
  }

  private record Active<R extends Rule>(R rule, Severity severity) {}
}
