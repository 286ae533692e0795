package dev.corpuskit.clean.steps;

import com.google.re2j.Pattern;
import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.Language.LexiconRule;
import dev.corpuskit.clean.Line;
import dev.corpuskit.clean.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes web boilerplate lines that match the language's lexicon of named patterns (the resource
 * {@code dev/corpuskit/clean/<language>/boilerplate.tsv}); each removal is audited
 * as {@code boilerplate/<pattern id>}.
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

  /**
   * Each rule's pattern with an explicit {@code ^}: the same whole-line matches, but RE2/J stops at the
   * first character where no thread survives instead of stepping through the rest of the line.
   */
  private final Pattern[] anchored;

  /** The audit id of each rule, {@code boilerplate/<rule id>}. */
  private final String[] auditIds;

  /** Whether each rule may match any line: it has no required literals that rule out the others. */
  private final boolean[] alwaysTried;

  /** Whether some rule is always tried. */
  private final boolean anyAlwaysTried;

  /** The required literals of the other rules: a rule is tried only on a line holding one of its own. */
  private final LiteralIndex literals;

  /** The step with the boilerplate lexicon of {@code language}. */
  public BoilerplateStep(Language language) {
    this.lexicon = language.lexicon();
    this.auditIds = new String[lexicon.size()];
    this.anchored = new Pattern[lexicon.size()];
    this.alwaysTried = new boolean[lexicon.size()];
    List<Set<String>> groups = new ArrayList<>();
    for (int i = 0; i < lexicon.size(); i++) {
      auditIds[i] = ID + "/" + lexicon.get(i).id();
      Pattern pattern = lexicon.get(i).pattern();
      anchored[i] = Pattern.compile("^(?:" + pattern.pattern() + ")$", pattern.flags());
      Set<String> required = RequiredLiterals.of(lexicon.get(i).pattern().pattern());
      alwaysTried[i] = required == null || required.isEmpty() || required.contains("");
      groups.add(alwaysTried[i] ? Set.of() : required);
    }
    this.literals = new LiteralIndex(groups);
    boolean any = false;
    for (boolean always : alwaysTried) {
      any |= always;
    }
    this.anyAlwaysTried = any;
  }

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
    int cutBy = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int match = match(line.text());
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
  private int match(String text) {
    boolean[] candidates = candidates(text);
    if (candidates == null) {
      return -1;
    }
    String normalised = normalise(text);
    if (normalised == null) {
      return -1;
    }
    for (int i = 0; i < lexicon.size(); i++) {
      if ((candidates[i] || alwaysTried[i]) && anchored[i].matches(normalised)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The rules whose required literals occur in the normalised {@code text}, or {@code null} when no
   * rule can match it. The common text is normalised on the fly, without a copy: lower-cased char by
   * char and with each run of {@link Whitespace#isSpace} characters read as one space between words.
   */
  private boolean[] candidates(String text) {
    if (text.length() > MAX_LINE_LENGTH && isLongProse(text)) {
      return null;
    }
    boolean[] found = null;
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
          return candidatesOf(normalise(text)); // whitespace that strip() removes but collapsing keeps
        }
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
      } else if (Whitespace.isSpace(c)) {
        pendingSpace = length > 0;
        continue;
      } else if (c == 0x2028 || c == 0x2029 || c == 0x0130 || c == 0x03A3 || Character.isSurrogate(c)) {
        return candidatesOf(normalise(text)); // as above, or lower-cased in context or per code point
      } else {
        c = Character.toLowerCase(c);
      }
      if (pendingSpace) {
        state = literals.next(state, ' ');
        length++;
        pendingSpace = false;
        if (state < 0) {
          found = mark(state, found);
        }
      }
      state = literals.next(state, c);
      if (++length > MAX_LINE_LENGTH) {
        return null;
      }
      if (state < 0) {
        found = mark(state, found);
      }
    }
    return length == 0 || (found == null && !anyAlwaysTried) ? null
        : found == null ? new boolean[lexicon.size()] : found;
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

  /** {@link #candidates} of an already normalised line, or {@code null} for none. */
  private boolean[] candidatesOf(String normalised) {
    if (normalised == null) {
      return null;
    }
    boolean[] found = null;
    int state = LiteralIndex.start();
    for (int i = 0; i < normalised.length(); i++) {
      state = literals.next(state, normalised.charAt(i));
      if (state < 0) {
        found = mark(state, found);
      }
    }
    return found == null && !anyAlwaysTried ? null : found == null ? new boolean[lexicon.size()] : found;
  }

  private boolean[] mark(int state, boolean[] found) {
    boolean[] marked = found == null ? new boolean[lexicon.size()] : found;
    literals.mark(state, marked);
    return marked;
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
