package dev.corpuskit.report;

import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.StepCount;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.io.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of each change the cleaning audit ({@code cleaning.json}, and the cache that reproduces it)
 * keeps. Every level counts every change per document and step, with the lines and characters it
 * removed, so the change counts and the data card are the same at every level; the levels differ in
 * which changes they list with their line and texts.
 */
public enum AuditDetail {

  /** Every change listed, with the full text of the line before and after it. */
  FULL,

  /**
   * The default. Changes listed with at most {@link #EXCERPT_CHARS} characters of the line before and
   * after, around where the step changed it, or the first {@link #REMOVED_EXCERPT_CHARS} of a removed
   * line; a cut is marked with {@code …}. A document's listed changes cost at most
   * {@link #BUDGET_DIVISOR a quarter} of its size, or {@link #MIN_BUDGET} (see {@link #keep}): the rest
   * of them is counted.
   */
  EXCERPT,

  /** No change listed: per document and step, the number of changes, lines removed and characters removed. */
  COUNTS;

  /** The longest excerpt of a changed line, not counting the {@code …} marks. */
  public static final int EXCERPT_CHARS = 80;

  /**
   * The longest excerpt of a removed line: enough to tell the line (a removed line is shown whole
   * in the source), half the room of a changed one, where the change must be seen.
   */
  public static final int REMOVED_EXCERPT_CHARS = 40;

  /**
   * A document's excerpt budget is its size in bytes divided by this. With the entry cost of
   * {@link #cost} (about what the entry takes in {@code cleaning.json}, more than in the cache), the
   * listed changes of a document take at most a quarter of its size in the report and again at most
   * that in the cache, however many short lines a step removes: half the input at most, by
   * construction, leaving room for the per-document rows (manifest, report header, cache entry).
   */
  public static final int BUDGET_DIVISOR = 4;

  /**
   * The least excerpt budget of a document, in bytes: about ten entries, so that a short document's
   * few changes are listed. It costs a short document at most twice that (report and cache), of the
   * order of what its manifest row, report header and cache entry cost anyway.
   */
  public static final int MIN_BUDGET = 1024;

  /** What an entry costs besides its texts: the JSON field names, punctuation, indent and line number. */
  static final int ENTRY_COST = 64;

  /** Characters of unchanged text shown before the first changed one. */
  static final int CONTEXT_CHARS = 20;

  private static final String CUT = "…";

  /** The level's name in configuration and reports: {@code full}, {@code excerpt} or {@code counts}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The level named {@code id} ({@code full}, {@code excerpt} or {@code counts}, any case).
   *
   * @throws InvalidConfigurationException for {@code auditDetail} when {@code id} names no level
   */
  public static AuditDetail of(String id) {
    for (AuditDetail detail : values()) {
      if (detail.id().equalsIgnoreCase(id.strip())) {
        return detail;
      }
    }
    throw new InvalidConfigurationException("auditDetail", "no audit detail '" + id + "'; use full, excerpt or counts");
  }

  /**
   * What this level keeps of a document's changes.
   *
   * @param listed the changes listed, in the order given
   * @param counted per step, sorted by id, the changes counted without being listed
   */
  public record Kept(List<Change> listed, List<StepCount> counted) {}

  /**
   * What this level keeps of {@code changes}, a document of {@code documentBytes} bytes's changes in
   * line order: at {@link #FULL} all of them; at {@link #COUNTS} none listed; at {@link #EXCERPT} their
   * {@link #reduce excerpts} while their {@link #cost} stays within the budget, {@code documentBytes /}
   * {@link #BUDGET_DIVISOR} but at least {@link #MIN_BUDGET}, and from the first change past it on,
   * counts only. The budget bounds the
   * audit by the input whatever a step removes; the changes listed are the document's first, so that
   * what a reader sees is a stretch of the document with every change in it.
   */
  public Kept keep(List<Change> changes, long documentBytes) {
    if (this == FULL) {
      return new Kept(changes, List.of());
    }
    List<Change> listed = new ArrayList<>();
    Map<String, StepCount> counted = new TreeMap<>();
    long budget = this == EXCERPT ? Math.max(MIN_BUDGET, documentBytes / BUDGET_DIVISOR) : -1;
    long spent = 0;
    for (Change change : changes) {
      Change reduced = counted.isEmpty() && budget >= 0 ? reduce(change) : null;
      if (reduced != null && (spent += cost(reduced)) <= budget) {
        listed.add(reduced);
      } else {
        counted.merge(change.step(), new StepCount(change.step(), 1, change.isRemoval() ? 1 : 0,
            change.charsRemoved()), (a, b) -> a.plus(change));
      }
    }
    return new Kept(listed, List.copyOf(counted.values()));
  }

  /**
   * About what {@code change} takes in {@code cleaning.json}: {@link #ENTRY_COST}, its step id and its
   * texts in UTF-8, an escaped invisible character as its six-byte escape.
   */
  static long cost(Change change) {
    return ENTRY_COST + change.step().length() + jsonBytes(change.before())
        + (change.after() == null ? 0 : jsonBytes(change.after()));
  }

  private static long jsonBytes(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? (c < ' ' || c == '"' || c == '\\' ? 6 : 1)
          : Json.isInvisible(c) ? 6 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  /** What this level keeps of {@code change} when it lists it: all of it, or {@link #EXCERPT excerpts}. */
  public Change reduce(Change change) {
    if (this == FULL) {
      return change;
    }
    String before = change.before();
    String after = change.after();
    int from = after == null ? 0 : Math.max(0, commonPrefix(before, after) - CONTEXT_CHARS);
    String shortBefore = excerpt(before, from, after == null ? REMOVED_EXCERPT_CHARS : EXCERPT_CHARS);
    String shortAfter = after == null ? null : excerpt(after, from, EXCERPT_CHARS);
    return shortBefore == before && shortAfter == after
        ? change : new Change(change.step(), change.line(), shortBefore, shortAfter, change.charsRemoved());
  }

  /** Up to {@link #EXCERPT_CHARS} characters of {@code text} from about {@code from}; {@code text} itself if whole. */
  static String excerpt(String text, int from) {
    return excerpt(text, from, EXCERPT_CHARS);
  }

  /** Up to {@code length} characters of {@code text} from about {@code from}; {@code text} itself if whole. */
  static String excerpt(String text, int from, int length) {
    int start = boundary(text, Math.min(from, text.length()));
    int end = boundary(text, Math.min(text.length(), start + length));
    if (start == 0 && end == text.length()) {
      return text;
    }
    return (start > 0 ? CUT : "") + text.substring(start, end) + (end < text.length() ? CUT : "");
  }

  /** {@code at}, moved back off the middle of a surrogate pair. */
  private static int boundary(String text, int at) {
    return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
        && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
