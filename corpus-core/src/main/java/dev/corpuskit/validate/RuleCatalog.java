package dev.corpuskit.validate;

import dev.corpuskit.validate.rules.BinaryContentRule;
import dev.corpuskit.validate.rules.BomRule;
import dev.corpuskit.validate.rules.C4Rule;
import dev.corpuskit.validate.rules.ContaminationRule;
import dev.corpuskit.validate.rules.ControlCharactersRule;
import dev.corpuskit.validate.rules.DuplicateRule;
import dev.corpuskit.validate.rules.EmptyRule;
import dev.corpuskit.validate.rules.EncodingRule;
import dev.corpuskit.validate.rules.FileNameRule;
import dev.corpuskit.validate.rules.FileTypeRule;
import dev.corpuskit.validate.rules.FineWebRule;
import dev.corpuskit.validate.rules.GopherQualityRule;
import dev.corpuskit.validate.rules.GopherRepetitionRule;
import dev.corpuskit.validate.rules.HtmlEncodingRule;
import dev.corpuskit.validate.rules.InternalErrorRule;
import dev.corpuskit.validate.rules.LanguageRule;
import dev.corpuskit.validate.rules.LineEndingsRule;
import dev.corpuskit.validate.rules.MarkupRule;
import dev.corpuskit.validate.rules.MaxBytesRule;
import dev.corpuskit.validate.rules.MinWordsRule;
import dev.corpuskit.validate.rules.MojibakeRule;
import dev.corpuskit.validate.rules.NearDuplicateRule;
import dev.corpuskit.validate.rules.PortableNameRule;
import dev.corpuskit.validate.rules.SameExtractionRule;
import dev.corpuskit.validate.rules.SymlinkRule;
import dev.corpuskit.validate.rules.UnreadableRule;
import dev.corpuskit.validate.rules.UnsafeNameRule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every validation rule the toolkit has, in the order they run. The one place a rule is registered. */
public final class RuleCatalog {

  private static final Map<String, RuleDefinition> RULES = new LinkedHashMap<>();

  static {
    add(new RuleDefinition(SymlinkRule.ID, Severity.ERROR,
        "The file is not a symbolic link; links are never followed.", Set.of(), p -> new SymlinkRule()));
    add(new RuleDefinition(UnreadableRule.ID, Severity.ERROR,
        "The file is a regular file that can be read.", Set.of(), p -> new UnreadableRule()));
    add(new RuleDefinition(UnsafeNameRule.ID, Severity.ERROR,
        "The file's path holds no control characters or backslashes.", Set.of(), p -> new UnsafeNameRule()));
    add(new RuleDefinition(FileTypeRule.ID, Severity.ERROR,
        "The file's extension has a parser (.txt, .html, .htm).", Set.of(), p -> new FileTypeRule()));
    add(new RuleDefinition(FileNameRule.ID, Severity.OFF,
        "The file's name (without its folders) matches a regular expression (RE2 syntax, linear time).",
        Set.of(FileNameRule.PATTERN), FileNameRule::new));
    add(new RuleDefinition(MaxBytesRule.ID, Severity.ERROR,
        "The file is at most 'max' bytes, and at most a sixteenth of the JVM's maximum heap.", Set.of(MaxBytesRule.MAX), MaxBytesRule::new));
    // Binary content first: when it fires, encoding and text rules would only repeat it.
    add(new RuleDefinition(BinaryContentRule.ID, Severity.ERROR,
        "The file is text: no NUL bytes, and control characters below 'maxControlShare'.",
        Set.of(BinaryContentRule.MAX_CONTROL_SHARE), BinaryContentRule::new));
    add(new RuleDefinition(EncodingRule.ID, Severity.ERROR,
        "Every byte sequence of a plain-text file is valid in its encoding.", Set.of(), p -> new EncodingRule()));
    add(new RuleDefinition(HtmlEncodingRule.ID, Severity.WARNING,
        "An HTML page's encoding is declared and fits its bytes; otherwise it is decoded as browsers do"
            + " and this names the encoding used.", Set.of(), p -> new HtmlEncodingRule()));
    add(new RuleDefinition(BomRule.ID, Severity.WARNING,
        "The file has no byte-order mark.", Set.of(), p -> new BomRule()));
    add(new RuleDefinition(EmptyRule.ID, Severity.ERROR,
        "The document holds more than whitespace.", Set.of(), p -> new EmptyRule()));
    add(new RuleDefinition(MinWordsRule.ID, Severity.WARNING,
        "The document has at least 'min' words.", Set.of(MinWordsRule.MIN), MinWordsRule::new));
    add(new RuleDefinition(C4Rule.ID, Severity.OFF,
        "C4's page rules (Raffel et al. 2020): no \"lorem ipsum\" or '{' in a line C4 keeps, at least"
            + " 'minSentences' (3) sentences in those lines (lines of 'minWordsPerLine' (5) words ending in"
            + " terminal punctuation), no entry of the bad-words list ('badWords': en or none).",
        C4Rule.PARAMETERS, C4Rule::new));
    add(new RuleDefinition(LanguageRule.ID, Severity.OFF,
        "The document is in one of 'languages' (ISO 639-1 codes such as en,de; default the corpus's language setting),"
            + " identified by Apache OpenNLP's language detector with a score of at least 'minScore' (0.65)."
            + " While on, each document's language and score go into manifest.tsv and the descriptors.",
        Set.of(LanguageRule.LANGUAGES, LanguageRule.MIN_SCORE), LanguageRule::new));
    add(new RuleDefinition(ControlCharactersRule.ID, Severity.WARNING,
        "The text holds no control characters other than tab and line breaks.", Set.of(),
        p -> new ControlCharactersRule()));
    add(new RuleDefinition(MojibakeRule.ID, Severity.WARNING,
        "The text shows no signs of double-encoded UTF-8 such as 'â€™' or 'Ã©'.", Set.of(),
        p -> new MojibakeRule()));
    add(new RuleDefinition(LineEndingsRule.ID, Severity.WARNING,
        "Lines end with LF only: no CRLF, CR or mixed endings.", Set.of(), p -> new LineEndingsRule()));
    add(new RuleDefinition(MarkupRule.ID, Severity.WARNING,
        "Plain text holds no leftover HTML tags or entities.", Set.of(), p -> new MarkupRule()));
    add(new RuleDefinition(GopherQualityRule.ID, Severity.OFF,
        "Gopher's quality filter as datatrove defines it: 'minDocWords' (50) to 'maxDocWords' (100000) words,"
            + " mean word length 'minAvgWordLength' (3) to 'maxAvgWordLength' (10), '#' and ellipses per word"
            + " at most 'maxSymbolWordRatio' (0.1), lines starting with a bullet at most 'maxBulletLinesRatio'"
            + " (0.9), ending with an ellipsis at most 'maxEllipsisLinesRatio' (0.3), words with a letter at"
            + " least 'maxNonAlphaWordsRatio' (0.8), at least 'minStopWords' (2) of 'stopWords'.",
        GopherQualityRule.PARAMETERS, GopherQualityRule::new));
    add(new RuleDefinition(GopherRepetitionRule.ID, Severity.OFF,
        "Gopher's repetition filter as datatrove defines it: repeated paragraphs and lines at most"
            + " 'dupParaFrac' and 'dupLineFrac' (0.3) of them and 'dupParaCharFrac' and 'dupLineCharFrac'"
            + " (0.2) of the characters; the top 2-, 3-, 4-gram at most 'top2GramFrac' (0.2), 'top3GramFrac'"
            + " (0.18), 'top4GramFrac' (0.16) of the characters; repeated 5- to 10-grams at most"
            + " 'dup5GramFrac' (0.15) down to 'dup10GramFrac' (0.1).",
        GopherRepetitionRule.PARAMETERS, GopherRepetitionRule::new));
    add(new RuleDefinition(FineWebRule.ID, Severity.OFF,
        "FineWeb's quality filter as datatrove defines it: lines ending in punctuation more than"
            + " 'linePunctThr' (0.12; 'linePunctExcludeZero' false), lines of at most 'shortLineLength' (30)"
            + " characters less than 'shortLineThr' (0.67), characters in repeated lines less than"
            + " 'charDuplicatesRatio' (0.01), line breaks per word at most 'newLineRatio' (0.3).",
        FineWebRule.PARAMETERS, FineWebRule::new));
    add(new RuleDefinition(DuplicateRule.ID, Severity.ERROR,
        "No two documents have the same content after normalisation.", Set.of(),
        p -> new DuplicateRule()));
    add(new RuleDefinition(SameExtractionRule.ID, Severity.WARNING,
        "No two different HTML pages give the same text unless it reads as an article; checked while"
            + " 'duplicate' is on.", Set.of(), p -> new SameExtractionRule()));
    add(new RuleDefinition(NearDuplicateRule.ID, Severity.WARNING,
        "No two documents are near-copies: the exact Jaccard similarity of their 'shingleWords'-word"
            + " shingles (5) stays below 'threshold' (0.8); candidates come from MinHash in 'bands' (14) of"
            + " 'rows' (8). Each copy is reported but the smallest path of its cluster.",
        NearDuplicateRule.PARAMETERS, NearDuplicateRule::new));
    add(new RuleDefinition(ContaminationRule.ID, Severity.ERROR,
        "No document copies a document of the corpora checked against ('against', such as an evaluation set):"
            + " no exact Jaccard similarity of their 5-word shingles of at least 'threshold' (default 0.8), no"
            + " verbatim run of at least 'words' (default 50) words in common.",
        Set.of(ContaminationRule.WORDS, ContaminationRule.THRESHOLD), ContaminationRule::new));
    add(new RuleDefinition(PortableNameRule.ID, Severity.WARNING,
        "No two paths (of sources, cleaned files or folders) differ only by letter case or Unicode"
            + " normalisation, and no name of a cleaned path is longer than 255 bytes.", Set.of(),
        p -> new PortableNameRule()));
    add(new RuleDefinition(InternalErrorRule.ID, Severity.ERROR,
        "Parsing, checking and cleaning the document raise no unexpected exception (a Corpuskit bug).",
        Set.of(), p -> new InternalErrorRule()));
  }

  /**
   * The opt-in rules: filters added after the first release, off by default. Left off and unconfigured,
   * they are in no cache key, {@code validation.json} or data card, so that a corpus that does not use
   * them builds to the same bytes as before they existed.
   */
  private static final Set<String> OPT_IN =
      Set.of("gopher-quality", "gopher-repetition", "fineweb", "c4", "language");

  private RuleCatalog() {}

  /** Whether {@code id} names an opt-in rule (see {@link RuleConfig#listed}). */
  public static boolean isOptIn(String id) {
    return OPT_IN.contains(id);
  }

  private static void add(RuleDefinition definition) {
    RULES.put(definition.id(), definition);
  }

  /** Every rule definition, in run order. */
  public static Iterable<RuleDefinition> all() {
    return RULES.values();
  }

  /** The definition of {@code id}, if there is such a rule. */
  public static Optional<RuleDefinition> find(String id) {
    return Optional.ofNullable(RULES.get(id));
  }

  /** Every rule id, in run order. */
  public static Set<String> ids() {
    return Collections.unmodifiableSet(RULES.keySet());
  }
}
