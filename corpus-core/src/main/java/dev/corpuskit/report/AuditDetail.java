package dev.corpuskit.report;

import dev.corpuskit.audit.Change;
import dev.corpuskit.format.InvalidConfigurationException;
import java.util.Locale;

/**
 * How much of each change the cleaning audit ({@code cleaning.json}, and the cache that reproduces it)
 * keeps. Every level keeps every change with its step and source line, so the change counts, the
 * data card and what an auditor can look up are the same; only the line texts differ.
 */
public enum AuditDetail {

  /** The full text of the line before and after the change. */
  FULL,

  /**
   * At most {@link #EXCERPT_CHARS} characters of the line before and after, around where the step
   * changed it (from the start for a removed line); a cut is marked with {@code …}.
   */
  EXCERPT;

  /** The longest excerpt, not counting the {@code …} marks. */
  public static final int EXCERPT_CHARS = 80;

  /** Characters of unchanged text shown before the first changed one. */
  static final int CONTEXT_CHARS = 20;

  private static final String CUT = "…";

  /** The level's name in configuration and reports: {@code full} or {@code excerpt}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The level named {@code id} ({@code full} or {@code excerpt}, any case).
   *
   * @throws InvalidConfigurationException for {@code auditDetail} when {@code id} names no level
   */
  public static AuditDetail of(String id) {
    for (AuditDetail detail : values()) {
      if (detail.id().equalsIgnoreCase(id.strip())) {
        return detail;
      }
    }
    throw new InvalidConfigurationException("auditDetail", "no audit detail '" + id + "'; use full or excerpt");
  }

  /** What this level keeps of {@code change}. */
  public Change reduce(Change change) {
    if (this == FULL) {
      return change;
    }
    String before = change.before();
    String after = change.after();
    int from = after == null ? 0 : Math.max(0, commonPrefix(before, after) - CONTEXT_CHARS);
    String shortBefore = excerpt(before, from);
    String shortAfter = after == null ? null : excerpt(after, from);
    return shortBefore == before && shortAfter == after
        ? change : new Change(change.step(), change.line(), shortBefore, shortAfter, change.charsRemoved());
  }

  /** Up to {@link #EXCERPT_CHARS} characters of {@code text} from about {@code from}; {@code text} itself if whole. */
  static String excerpt(String text, int from) {
    int start = boundary(text, Math.min(from, text.length()));
    int end = boundary(text, Math.min(text.length(), start + EXCERPT_CHARS));
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
