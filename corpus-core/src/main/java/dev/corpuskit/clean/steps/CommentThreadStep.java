package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a forum-style comment thread after the article. Forum software heads each comment with the
 * commenter's handle alone on a line ("bit_user") and a quoted reply with the handle and "said:"
 * ("thestryker said:"); the handle lines are known as such because the same handle is quoted. The thread
 * starts at the first such header from which on there are at least {@value #MIN_HEADERS} headers, making
 * at least one in {@value #MAX_LINES_PER_HEADER} of the non-blank lines to the end; everything from it
 * goes. A single quoted "said:" line in an article, or a few, spread over its prose, do not make a thread.
 *
 * <p>Blog software heads each comment with a short line naming the commenter and the time of posting
 * ("Jane Doe July 7, 2012 at 12:27 am", "by jdoe (1234) writes: on Monday July 23, @09:46PM") or
 * "jane says:", and ends it with a short line of links ("Reply", "Report abuse"). Such marker lines,
 * at least {@value #MIN_MARKERS} of them with at most {@value #MAX_MARKER_GAP} non-blank lines between
 * one and the next, make a thread, which is cut from its first marker on when prose stands before it
 * (so a list of dated headlines above the article is no thread). A header's stamp needs both a time
 * and a date: a live report's times alone make none.
 *
 * <p>The words (what follows a handle in a quote header, "said:"; the verbs of a comment header;
 * the first words of a line of links; month and weekday names) are read from the resource
 * {@code dev/corpuskit/clean/<language>/comment-thread-words.tsv}; a language without it has no threads.
 * Audited as {@code comment-thread/thread}.
 */
public final class CommentThreadStep implements CleaningStep {

  public static final String ID = "comment-thread";

  /** The audit id of a removed line. */
  static final String AUDIT_ID = ID + "/thread";

  /** The headers a thread has at least. */
  static final int MIN_HEADERS = 3;

  /** The non-blank lines of a thread per header, at most. */
  static final int MAX_LINES_PER_HEADER = 5;

  /** The characters of a handle, at most. */
  static final int MAX_HANDLE = 40;

  /** The markers of a blog thread it has at least. */
  static final int MIN_MARKERS = 3;

  /** The non-blank lines between one marker of a blog thread and the next, at most. */
  static final int MAX_MARKER_GAP = 10;

  /** The characters of a marker line, at most. */
  static final int MAX_MARKER = 120;

  /** The words of a line of links, at most. */
  static final int MAX_ACTION_WORDS = 5;

  /** The words of a comment header, at most. */
  static final int MAX_HEADER_WORDS = 16;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Pattern TIME = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?![\\d:])");
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<![\\d.])\\d{1,2}([./-])\\d{1,2}\\1\\d{2,4}(?![\\d.])");

  /** What ends a quote header after the handle, each with the space before it (" said:"). */
  private final List<String> quoteEnds;

  /** The verbs of a comment header, with the space before them (" says:"). */
  private final List<String> speech = new ArrayList<>();

  /** The first words of a comment's line of links. */
  private final Set<String> actions = new HashSet<>();

  /** Month and weekday names, lower case. */
  private final List<String> dateNames = new ArrayList<>();

  /** A step that reads quote headers in {@code language}. */
  public CommentThreadStep(Language language) {
    List<String> ends = new ArrayList<>();
    for (String line : Language.dataLines(language.code(), "comment-thread-words.tsv")) {
      int tab = line.indexOf('\t');
      String text = tab < 0 ? "" : line.substring(tab + 1);
      if (text.isBlank()) {
        throw new IllegalStateException(
            "malformed comment-thread-words line for '" + language.code() + "': " + line);
      }
      switch (line.substring(0, tab)) {
        case "quote" -> ends.add(" " + text);
        case "speech" -> speech.add(" " + text);
        case "action" -> actions.add(text);
        case "month", "weekday" -> dateNames.add(text);
        default -> throw new IllegalStateException(
            "malformed comment-thread-words line for '" + language.code() + "' (unknown kind): " + line);
      }
    }
    this.quoteEnds = List.copyOf(ends);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    int start = threadStart(lines);
    int blog = blogThreadStart(lines);
    if (blog >= 0 && (start < 0 || blog < start)) {
      start = blog;
    }
    if (start < 0) {
      return lines;
    }
    List<Line> out = new ArrayList<>(lines.subList(0, start));
    for (Line line : lines.subList(start, lines.size())) {
      audit.removed(AUDIT_ID, line);
    }
    return out;
  }

  /** The index of the thread's first line, or -1. */
  private int threadStart(List<Line> lines) {
    Set<String> quoted = new HashSet<>();
    for (Line line : lines) {
      String handle = quotedHandle(line.text().strip());
      if (handle != null) {
        quoted.add(handle);
      }
    }
    if (quoted.isEmpty()) {
      return -1;
    }
    // From the end: headers and non-blank lines from each line on.
    int headers = 0;
    int nonBlank = 0;
    int start = -1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String text = lines.get(i).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (quoted.contains(text) || quotedHandle(text) != null) {
        headers++;
        if (headers >= MIN_HEADERS && (long) headers * MAX_LINES_PER_HEADER >= nonBlank) {
          start = i;
        }
      }
    }
    return start;
  }

  /**
   * The index of the first marker of the first blog thread that prose precedes, or -1: markers (comment
   * headers and lines of links) in a chain where at most {@value #MAX_MARKER_GAP} non-blank lines part
   * one from the next.
   */
  private int blogThreadStart(List<Line> lines) {
    long prose = 0;
    int first = -1;
    int count = 0;
    int gap = 0;
    long proseBeforeFirst = 0;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (isMarker(text)) {
        if (first < 0 || gap > MAX_MARKER_GAP) {
          first = i;
          count = 0;
          proseBeforeFirst = prose;
        }
        count++;
        gap = 0;
        if (count >= MIN_MARKERS && proseBeforeFirst > 0) {
          return first;
        }
      } else {
        gap++;
      }
      prose += TailCut.prose(text);
    }
    return -1;
  }

  /** Whether a stripped non-blank line is a comment's header or its line of links. */
  boolean isMarker(String text) {
    if (text.length() > MAX_MARKER) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(lower);
    while (word.find()) {
      words.add(word.group());
    }
    if (words.isEmpty()) {
      return false;
    }
    char last = lower.charAt(lower.length() - 1);
    if (words.size() <= MAX_ACTION_WORDS && actions.contains(words.get(0)) && ".!?".indexOf(last) < 0) {
      return true;
    }
    if (words.size() > MAX_HEADER_WORDS) {
      return false;
    }
    for (String verb : speech) {
      int at = lower.indexOf(verb);
      if (at > 0 && (at + verb.length() == lower.length() || lower.startsWith(" on ", at + verb.length()))) {
        return true;
      }
    }
    return (last != '.' || lower.endsWith("m.")) && last != '!' && last != '?'
        && TIME.matcher(lower).find() && (NUMERIC_DATE.matcher(lower).find() || hasDateName(words));
  }

  /** Whether one of {@code words} names a month or a weekday, in full or cut to at least three letters. */
  private boolean hasDateName(List<String> words) {
    for (String w : words) {
      if (w.length() >= 3) {
        for (String name : dateNames) {
          if (name.startsWith(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The handle of a quote header ("thestryker said:"), or null. */
  String quotedHandle(String text) {
    String end = null;
    for (String quoteEnd : quoteEnds) {
      if (text.endsWith(quoteEnd)) {
        end = quoteEnd;
        break;
      }
    }
    if (end == null) {
      return null;
    }
    String handle = text.substring(0, text.length() - end.length());
    if (handle.length() < 2 || handle.length() > MAX_HANDLE) {
      return null;
    }
    for (int i = 0; i < handle.length(); i++) {
      if (Character.isWhitespace(handle.charAt(i))) {
        return null;
      }
    }
    return handle;
  }
}
