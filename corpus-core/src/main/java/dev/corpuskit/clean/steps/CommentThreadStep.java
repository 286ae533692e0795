package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a forum-style comment thread after the article. Forum software heads each comment with the
 * commenter's handle alone on a line ("bit_user") and a quoted reply with the handle and "said:"
 * ("thestryker said:"); the handle lines are known as such because the same handle is quoted. The thread
 * starts at the first such header from which on there are at least {@value #MIN_HEADERS} headers, making
 * at least one in {@value #MAX_LINES_PER_HEADER} of the non-blank lines to the end; everything from it
 * goes. A single quoted "said:" line in an article, or a few, spread over its prose, do not make a thread.
 * What follows a handle in a quote header ("said:") is read from the resource
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

  /** What ends a quote header after the handle, each with the space before it (" said:"). */
  private final List<String> quoteEnds;

  /** A step that reads quote headers in {@code language}. */
  public CommentThreadStep(Language language) {
    List<String> ends = new ArrayList<>();
    for (String line : Language.dataLines(language.code(), "comment-thread-words.tsv")) {
      int tab = line.indexOf('\t');
      if (tab < 0 || !line.substring(0, tab).equals("quote") || line.substring(tab + 1).isBlank()) {
        throw new IllegalStateException(
            "malformed comment-thread-words line for '" + language.code() + "': " + line);
      }
      ends.add(" " + line.substring(tab + 1));
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
