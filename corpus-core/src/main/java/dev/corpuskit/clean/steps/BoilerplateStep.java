package dev.corpuskit.clean.steps;

import com.google.re2j.Pattern;
import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.lang.Language.LexiconRule;
import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UserLexicon;
import dev.corpuskit.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes web boilerplate lines that match the language's lexicon of named patterns (the resource
 * {@code dev/corpuskit/lang/<language>/boilerplate.tsv}); each removal is audited
 * as {@code boilerplate/<pattern id>}.
 *
 * <p>A user's own rules ({@link UserLexicon}) run after the language's, a line going under the first
 * rule that matches it; their removals are audited as {@code boilerplate/user:<rule id>}.
 *
 * <p>A pattern that opens trailing boilerplate (a comment section, a related-articles list, a rating
 * prompt) also cuts the tail: every line after it goes, audited under the id of the pattern the line
 * matches itself or else under the marker's id. It cuts only where more prose precedes it than
 * follows it ({@link TailCut}); elsewhere (a menu item above the article, a related-stories box inside
 * it) the marker line alone is removed. Comment counters ("3 Comments") are removed but do not
 * cut, since they also stand under headlines.
 *
 * <p>A line is matched whole, after whitespace is collapsed, ends are trimmed and letters are
 * lower-cased. Lines longer than {@value #MAX_LINE_LENGTH} characters are prose and never match.
 * Patterns are RE2 (linear time, no backtracking) and anchored, so no line can make them slow.
 *
 * <p>Deliberately kept, as no general signal marks them as boilerplate: section labels ("News Room",
 * "Iraq News"), image and map captions ("Presentational grey line", "Syria map") and related-headline
 * links inside an article ("Kurdish protesters storm Turkish military camp in Iraq"). Removing them
 * would need per-site rules, and a short line is as likely a subheading of the article.
 */
public final class BoilerplateStep implements CleaningStep {

  public static final String ID = "boilerplate";

  static final int MAX_LINE_LENGTH = 300;


  private final List<LexiconRule> lexicon;

  /** The audit id of each rule, {@code boilerplate/<rule id>}. */
  private final String[] auditIds;

  /**
   * The top-level branches of every rule, in lexicon order: a line matches a rule iff it matches one
   * of its branches, and each branch is run only on lines its {@link LineShape} admits.
   */
  private final Branch[] branches;

  /**
   * For each ASCII char, the branches a line starting (ending) with it may match: bit {@code b % 64}
   * of word {@code c * words + b / 64}. Most lines rule out most branches by these two look-ups.
   */
  private final long[] byFirst;
  private final long[] byLast;
  private final int words;

  /** The required literals of the branches that have no leading literals. */
  private final LiteralIndex literals;

  /** The leading and the trailing literals of the branches. */
  private final LeadingLiterals leading;
  private final LeadingLiterals trailing;

  /** Each thread's space for the line being matched, with its matchers (made once, reset per line). */
  private final ThreadLocal<LineFacts> facts;

  /** The step with the boilerplate lexicon of {@code language}. */
  public BoilerplateStep(Language language) {
    this(language, UserLexicon.none());
  }

  /** The step with the boilerplate lexicon of {@code language}, then the user's rules {@code user}. */
  public BoilerplateStep(Language language, UserLexicon user) {
    List<LexiconRule> rules = new ArrayList<>(language.lexicon());
    rules.addAll(user.rules());
    this.lexicon = List.copyOf(rules);
    this.auditIds = new String[lexicon.size()];
    List<Branch> all = new ArrayList<>();
    List<Set<String>> groups = new ArrayList<>();
    List<Set<String>> starts = new ArrayList<>();
    List<Set<String>> ends = new ArrayList<>();
    for (int i = 0; i < lexicon.size(); i++) {
      String prefix = i < language.lexicon().size() ? "" : UserLexicon.AUDIT_PREFIX;
      auditIds[i] = ID + "/" + prefix + lexicon.get(i).id();
      Pattern pattern = lexicon.get(i).pattern();
      List<String> parts = PatternShape.branches(pattern.pattern());
      for (String part : parts == null ? List.of(pattern.pattern()) : parts) {
        // An explicit ^: the same whole-line matches, but RE2/J stops at the first character where
        // no thread survives instead of stepping through the rest of the line.
        Pattern anchored = Pattern.compile("^(?:" + part + ")$", pattern.flags());
        LineShape shape = LineShape.of(parts == null ? null : PatternShape.of(part), groups, starts,
            ends);
        all.add(new Branch(i, anchored, shape));
      }
    }
    this.branches = all.toArray(Branch[]::new);
    this.words = (branches.length + 63) >>> 6;
    this.byFirst = new long[128 * words];
    this.byLast = new long[128 * words];
    for (char c = 0; c < 128; c++) {
      for (int b = 0; b < branches.length; b++) {
        if (branches[b].shape().mayStartWith(c)) {
          byFirst[c * words + (b >>> 6)] |= 1L << b;
        }
        if (branches[b].shape().mayEndWith(c)) {
          byLast[c * words + (b >>> 6)] |= 1L << b;
        }
      }
    }
    this.literals = new LiteralIndex(groups);
    this.leading = new LeadingLiterals(starts, false);
    this.trailing = new LeadingLiterals(ends, true);
    this.facts = ThreadLocal.withInitial(() -> new LineFacts(MAX_LINE_LENGTH, literals.groupCount(),
        leading.groupCount(), trailing.groupCount(), branches.length));
  }

  /** One top-level branch of lexicon rule {@code rule}, anchored to the whole line. */
  private record Branch(int rule, Pattern anchored, LineShape shape) {}

  /** The step with the English lexicon. */
  public BoilerplateStep() {
    this(Language.of(Language.ENGLISH));
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    List<Line> out = new ArrayList<>(lines.size());
    TailCut tail = new TailCut(lines);
    LineFacts facts = this.facts.get();
    int cutBy = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int match = match(line.text(), facts);
      if (cutBy >= 0) {
        audit.removed(auditIds[match < 0 ? cutBy : match], line);
      } else if (match >= 0) {
        audit.removed(auditIds[match], line);
        if (lexicon.get(match).cutsTail() && tail.cutsAt(i)) {
          cutBy = match;
        }
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** The index of the first rule that matches {@code text}, or -1. */
  private int match(String text, LineFacts facts) {
    int matched = normalise(text, facts) ? firstMatch(facts) : -1;
    facts.clear();
    return matched;
  }

  /** The rule of the first branch that matches the normalised line in {@code facts}, or -1. */
  private int firstMatch(LineFacts facts) {
    leading.mark(facts.text, facts.length, facts.startsWith);
    trailing.mark(facts.text, facts.length, facts.endsWith);
    String normalised = null;
    char first = facts.text[0];
    char last = facts.text[facts.length - 1];
    for (int w = 0; w < words; w++) {
      long candidates = (first < 128 ? byFirst[first * words + w] : -1L)
          & (last < 128 ? byLast[last * words + w] : -1L);
      for (; candidates != 0; candidates &= candidates - 1) {
        int b = (w << 6) + Long.numberOfTrailingZeros(candidates);
        if (b >= branches.length || !branches[b].shape().admits(facts)) {
          continue;
        }
        if (normalised == null) {
          normalised = new String(facts.text, 0, facts.length);
        }
        if (facts.matcher(b, branches[b].anchored()).reset(normalised).matches()) {
          return branches[b].rule();
        }
      }
    }
    return -1;
  }

  /**
   * Writes the line as rules see it ({@link #normalise(String)}) to {@code facts}, with the required
   * literals and the chars it holds; false when it is empty or too long to match. The common text is
   * normalised in one pass: lower-cased char by char and with each run of {@link Whitespace#isSpace}
   * characters read as one space between words.
   */
  private boolean normalise(String text, LineFacts facts) {
    if (text.length() > MAX_LINE_LENGTH && isLongProse(text)) {
      return false;
    }
    char[] out = facts.text;
    int state = LiteralIndex.start();
    int length = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
          pendingSpace = length > 0;
          continue;
        }
        if (c >= 0x1C && c <= 0x1F) {
          return copyOf(normalise(text), facts); // whitespace that strip() removes but collapsing keeps
        }
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
      } else if (Whitespace.isSpace(c)) {
        pendingSpace = length > 0;
        continue;
      } else if (c == 0x2028 || c == 0x2029 || c == 0x0130 || c == 0x03A3 || Character.isSurrogate(c)) {
        return copyOf(normalise(text), facts); // as above, or lower-cased in context or per code point
      } else {
        c = Character.toLowerCase(c);
      }
      if (pendingSpace) {
        if (length == MAX_LINE_LENGTH) {
          return false;
        }
        out[length++] = ' ';
        facts.note(' ');
        state = literals.next(state, ' ');
        pendingSpace = false;
        if (state < 0) {
          literals.mark(state, facts.contains);
        }
      }
      if (length == MAX_LINE_LENGTH) {
        return false;
      }
      out[length++] = c;
      facts.note(c);
      state = literals.next(state, c);
      if (state < 0) {
        literals.mark(state, facts.contains);
      }
    }
    facts.length = length;
    return length > 0;
  }

  /** Writes an already normalised line (or none) to {@code facts} as {@link #normalise} would. */
  private boolean copyOf(String normalised, LineFacts facts) {
    facts.clear();
    if (normalised == null) {
      return false;
    }
    int state = LiteralIndex.start();
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      facts.text[i] = c;
      facts.note(c);
      state = literals.next(state, c);
      if (state < 0) {
        literals.mark(state, facts.contains);
      }
    }
    facts.length = normalised.length();
    return true;
  }

  /**
   * Whether {@code text} holds more than {@value #MAX_LINE_LENGTH} characters that normalising keeps
   * as they are, so that it is too long to match: a cheaper scan than the literal search.
   */
  private static boolean isLongProse(String text) {
    int kept = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Not counted: spaces (collapsed) and what strip() may remove besides them.
      if (!Whitespace.isSpace(c) && !(c >= 0x1C && c <= 0x1F) && c != 0x2028 && c != 0x2029
          && ++kept > MAX_LINE_LENGTH) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line as rules see it: whitespace collapsed, ends trimmed, lower case; {@code null} when that is
   * empty or longer than {@value #MAX_LINE_LENGTH} characters.
   */
  private static String normalise(String text) {
    String collapsed = Whitespace.collapse(text).strip();
    // Lower-casing never shortens a string, so the length cap can be checked first.
    if (collapsed.isEmpty() || collapsed.length() > MAX_LINE_LENGTH) {
      return null;
    }
    String normalised = collapsed.toLowerCase(Locale.ROOT);
    return normalised.length() > MAX_LINE_LENGTH ? null : normalised;
  }
}
