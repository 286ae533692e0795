package dev.corpuskit.clean.steps;

import com.google.re2j.Pattern;
import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.Language.LexiconRule;
import dev.corpuskit.clean.Line;
import dev.corpuskit.clean.Whitespace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

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

  /** Literals of which every match of every rule contains one; {@code null} when unknown. */
  private final Set<String> literals;

  /** The union of the lexicon's patterns: one pass tells whether any rule matches a line. */
  private final Pattern anyRule;

  /** The step with the boilerplate lexicon of {@code language}. */
  public BoilerplateStep(Language language) {
    this.lexicon = language.lexicon();
    this.literals = requiredLiterals(lexicon);
    this.anyRule = union(lexicon);
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
    LexiconRule cutBy = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      LexiconRule match = match(line.text());
      if (cutBy != null) {
        audit.removed(ID + "/" + (match == null ? cutBy : match).id(), line);
      } else if (match != null) {
        audit.removed(ID + "/" + match.id(), line);
        if (match.cutsTail() && tail.cutsAt(i)) {
          cutBy = match;
        }
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static Set<String> requiredLiterals(List<LexiconRule> lexicon) {
    Set<String> all = new LinkedHashSet<>();
    for (LexiconRule rule : lexicon) {
      Set<String> literals = RequiredLiterals.of(rule.pattern().pattern());
      if (literals == null) {
        return null;
      }
      all.addAll(literals);
    }
    return all;
  }

  /** Whether {@code normalised} holds a required literal, so that some rule might match it. */
  private boolean mayMatch(String normalised) {
    if (literals == null) {
      return true;
    }
    for (String literal : literals) {
      if (normalised.contains(literal)) {
        return true;
      }
    }
    return false;
  }

  private static Pattern union(List<LexiconRule> lexicon) {
    StringJoiner union = new StringJoiner("|");
    for (LexiconRule rule : lexicon) {
      union.add("(?:" + rule.pattern().pattern() + ")");
    }
    return Pattern.compile(union.toString());
  }

  private LexiconRule match(String text) {
    String collapsed = Whitespace.collapse(text).strip();
    // Lower-casing never shortens a string, so the length cap can be checked first.
    if (collapsed.isEmpty() || collapsed.length() > MAX_LINE_LENGTH) {
      return null;
    }
    String normalised = collapsed.toLowerCase(Locale.ROOT);
    if (normalised.length() > MAX_LINE_LENGTH || !mayMatch(normalised) || !anyRule.matches(normalised)) {
      return null;
    }
    for (LexiconRule rule : lexicon) {
      if (rule.pattern().matches(normalised)) {
        return rule;
      }
    }
    return null;
  }

}
