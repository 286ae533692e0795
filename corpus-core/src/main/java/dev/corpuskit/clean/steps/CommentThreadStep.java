package dev.corpuskit.clean.steps;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.lang.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 * and a date: a live report's times alone make none, and a date alone (an embedded post's, a
 * caption's) makes none either, unless the header is numbered ("3. Jane Doe - August 8, 2012").
 *
 * <p>A heading of the comment section that names the post ("46 Comments on \u201cTitle\u201d") cuts
 * the rest too when prose stands before it.
 *
 * <p>The words (what follows a handle in a quote header, "said:"; the verbs of a comment header;
 * the first words of a line of links; month and weekday names) are read from the resource
 * {@code dev/corpuskit/lang/<language>/comment-thread-words.tsv}; a language without it has no threads.
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

  /**
   * Kinds of marker: none; a line of links; "jane says:"; a header with a date and a time; a numbered
   * header ending in a date.
   */
  private static final int NONE = 0;
  private static final int ACTION = 1;
  private static final int SPEECH = 2;
  private static final int STAMPED = 3;
  private static final int NUMBERED_DATED = 4;
  private static final int KINDS = 5;

  /** The markers of a blog thread it has at least. */
  static final int MIN_MARKERS = 3;

  /** The markers of a blog thread followed by text of their own, at least. */
  static final int MIN_BODIES = 2;

  /** The characters of prose ({@link TailCut#prose}) before a blog thread, at least. */
  static final int MIN_PROSE_BEFORE = 150;

  /** The non-blank lines between one marker of a blog thread and the next, at most. */
  static final int MAX_MARKER_GAP = 10;

  /** The characters of a marker line, at most. */
  static final int MAX_MARKER = 120;

  /** The words between the count and the noun of a comment section's heading, at most. */
  static final int MAX_HEADING_GAP = 2;

  /** Characters that open a quoted title. */
  private static final String QUOTES = "\"'\u201c\u201e\u2018\u00ab";

  /** The words of a line of links, at most. */
  static final int MAX_ACTION_WORDS = 5;

  /** The characters of a numbered header without a time, at most. */
  static final int MAX_NUMBERED_HEADER = 100;

  /** The words before the verb of a comment header ("by jdoe (1234) writes:"), at most. */
  static final int MAX_SPEAKER_WORDS = 8;

  /** The words of a comment header, at most. */
  static final int MAX_HEADER_WORDS = 16;

  // RE2 patterns (linear time): a digit boundary is an explicit group, as RE2 has no look-around.
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Pattern TIME = Pattern.compile("(?:^|[^\\d:])\\d{1,2}:\\d{2}(?:$|[^\\d:])");
  private static final String NUMERIC_DATE = "(?:^|[^\\d.])\\d{1,2}(?:\\.\\d{1,2}\\.|/\\d{1,2}/|-\\d{1,2}-)\\d{2,4}";
  private static final String ISO_DATE = "(?:^|[^\\d-])\\d{4}-\\d{2}-\\d{2}";
  private static final Pattern DATE =
      Pattern.compile("(?:" + NUMERIC_DATE + "(?:$|[^\\d.])|" + ISO_DATE + "(?:$|[^\\d-]))");
  private static final Pattern DATE_AT_END = Pattern.compile("(?:" + NUMERIC_DATE + "|" + ISO_DATE + ")$");
  private static final Pattern NUMBERED = Pattern.compile("#?\\d{1,4}[.)] ");
  private static final Pattern DAY_OR_YEAR = Pattern.compile("\\d{1,2}(st|nd|rd|th)?|\\d{4}");

  /** What ends a quote header after the handle, each with the space before it (" said:"). */
  private final List<String> quoteEnds;

  /** The verbs of a comment header, with the space before them (" says:"). */
  private final List<String> speech = new ArrayList<>();

  /** The nouns of a comment section's heading ("comments", "responses"). */
  private final Set<String> commentNouns = new HashSet<>();

  /** Words that count in a comment section's heading besides digits ("one", "no"). */
  private final Set<String> countWords = new HashSet<>();

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
        case "section" -> commentNouns.add(text);
        case "count" -> countWords.add(text);
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
    for (int other : new int[] {blogThreadStart(lines), headingStart(lines)}) {
      if (other >= 0 && (start < 0 || other < start)) {
        start = other;
      }
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
   * The index of the first marker of the first blog thread, or -1. A thread is a chain of markers
   * (comment headers and lines of links), at most {@value #MAX_MARKER_GAP} non-blank lines apart. It
   * starts at the first marker of the chain from which on at least {@value #MIN_MARKERS} markers
   * follow, at least {@value #MIN_BODIES} of them with text of their own (the comments: datelines
   * stacked above an article have none between them), whose kind recurs later in the chain (a
   * byline above a short article is not a comment's header) and before which stand at least
   * {@value #MIN_PROSE_BEFORE} characters of prose (the article).
   */
  private int blogThreadStart(List<Line> lines) {
    List<Integer> at = new ArrayList<>();
    List<Integer> kinds = new ArrayList<>();
    List<Long> proseBefore = new ArrayList<>();
    long prose = 0;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text().strip();
      if (!text.isEmpty()) {
        at.add(i);
        kinds.add(markerKind(text));
        proseBefore.add(prose);
        prose += TailCut.prose(text);
      }
    }
    int n = at.size();
    List<Integer> chain = new ArrayList<>();
    for (int i = 0; i < n; ) {
      if (kinds.get(i) == NONE) {
        i++;
        continue;
      }
      // The chain's markers, by their index among the non-blank lines.
      chain.clear();
      int next = i;
      while (true) {
        chain.add(next);
        int end = next + 1;
        while (end < n && kinds.get(end) == NONE) {
          end++;
        }
        if (end >= n || end - next - 1 > MAX_MARKER_GAP) {
          break;
        }
        next = end;
      }
      int start = threadStart(chain, kinds, proseBefore, n);
      if (start >= 0) {
        return at.get(start);
      }
      i = next + 1;
    }
    return -1;
  }

  /** The first marker of {@code chain} that starts a thread (see {@link #blogThreadStart}), or -1. */
  private static int threadStart(List<Integer> chain, List<Integer> kinds, List<Long> proseBefore, int n) {
    int m = chain.size();
    // From the end: the markers with text of their own from each marker on, and the kinds seen after it.
    int[] bodies = new int[m + 1];
    boolean[] recurs = new boolean[m];
    int[] seen = new int[KINDS];
    for (int j = m - 1; j >= 0; j--) {
      int following = j + 1 < m ? chain.get(j + 1) : n;
      bodies[j] = bodies[j + 1] + (following - chain.get(j) > 1 ? 1 : 0);
      int kind = kinds.get(chain.get(j));
      recurs[j] = seen[kind] > 0;
      seen[kind]++;
    }
    for (int j = 0; j + MIN_MARKERS <= m; j++) {
      if (bodies[j] >= MIN_BODIES && recurs[j] && proseBefore.get(chain.get(j)) >= MIN_PROSE_BEFORE) {
        return chain.get(j);
      }
    }
    return -1;
  }

  /**
   * The index of the first heading of a comment section that names the post ("46 Comments on
   * \u201cTitle\u201d", "One thought on \u201cTitle\u201d") after at least {@value #MIN_PROSE_BEFORE}
   * characters of prose, or -1. The count alone ("3 Comments") also stands under headlines.
   */
  private int headingStart(List<Line> lines) {
    long prose = 0;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text().strip();
      if (prose >= MIN_PROSE_BEFORE && isSectionHeading(text)) {
        return i;
      }
      prose += TailCut.prose(text);
    }
    return -1;
  }

  /**
   * Whether a stripped line heads a comment section and names the post: a count (digits or a count
   * word), at most {@value #MAX_HEADING_GAP} words later a comment noun, then a quoted title.
   */
  boolean isSectionHeading(String text) {
    if (text.isEmpty() || text.length() > MAX_MARKER) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher word = WORD.matcher(lower);
    if (!word.find() || word.start() != 0
        || !(word.group().chars().allMatch(Character::isDigit) || countWords.contains(word.group()))) {
      return false;
    }
    for (int k = 0; k <= MAX_HEADING_GAP && word.find(); k++) {
      if (commentNouns.contains(word.group())) {
        for (int i = word.end(); i < lower.length(); i++) {
          if (QUOTES.indexOf(lower.charAt(i)) >= 0) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Whether a stripped non-blank line is a comment's header or its line of links. */
  boolean isMarker(String text) {
    return markerKind(text) != NONE;
  }

  /** The kind of marker a stripped non-blank line is, or {@link #NONE}. */
  private int markerKind(String text) {
    if (text.length() > MAX_MARKER) {
      return NONE;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(lower);
    while (word.find()) {
      words.add(word.group());
    }
    if (words.isEmpty()) {
      return NONE;
    }
    char last = lower.charAt(lower.length() - 1);
    if (words.size() <= MAX_ACTION_WORDS && actions.contains(words.get(0)) && ".!?".indexOf(last) < 0) {
      return ACTION;
    }
    if (words.size() > MAX_HEADER_WORDS) {
      return NONE;
    }
    for (String verb : speech) {
      int at = lower.indexOf(verb);
      int after = at + verb.length();
      if (at > 0 && (after == lower.length() || lower.startsWith(" on ", after))
          && wordsBefore(lower, at) <= MAX_SPEAKER_WORDS) {
        return SPEECH;
      }
    }
    if ((last == '.' && !lower.endsWith("m.")) || last == '!' || last == '?') {
      return NONE;
    }
    boolean numericDate = DATE.matcher(lower).find();
    if (TIME.matcher(lower).find() && (numericDate || hasDateName(words))) {
      return STAMPED;
    }
    return lower.length() <= MAX_NUMBERED_HEADER && NUMBERED.matcher(lower).lookingAt()
        && endsInDate(lower, words) ? NUMBERED_DATED : NONE;
  }

  /**
   * Whether a line ends in a date ("August 8, 2012", "07.08.12", "2012-10-09"): a numbered
   * comment's header does ("3. Jo Doe - August 8, 2012").
   */
  private boolean endsInDate(String lower, List<String> words) {
    if (DATE_AT_END.matcher(lower).find()) {
      return true;
    }
    int n = words.size();
    if (!lower.endsWith(words.get(n - 1)) || !DAY_OR_YEAR.matcher(words.get(n - 1)).matches()) {
      return false;
    }
    for (int k = Math.max(0, n - 3); k < n - 1; k++) {
      if (isDateName(words.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** How many words start before index {@code at} of {@code lower}. */
  private static int wordsBefore(String lower, int at) {
    Matcher word = WORD.matcher(lower.substring(0, at));
    int count = 0;
    while (word.find()) {
      count++;
    }
    return count;
  }

  /** Whether one of {@code words} names a month or a weekday, in full or cut to at least three letters. */
  private boolean hasDateName(List<String> words) {
    for (String w : words) {
      if (isDateName(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean isDateName(String word) {
    if (word.length() >= 3) {
      for (String name : dateNames) {
        if (name.startsWith(word)) {
          return true;
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
