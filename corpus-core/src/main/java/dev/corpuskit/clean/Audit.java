package dev.corpuskit.clean;

import dev.corpuskit.audit.Change;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the changes the cleaning steps make to one document, and the corpus lines its cleaning
 * consulted. A change of a blank line that leaves it blank or removes it (collapsing blank lines,
 * emptying a line of spaces, ending a blank line with LF) is not recorded: it changes no visible text,
 * and on a real corpus it was a quarter of the entries. The cleaned text still loses those lines.
 */
public final class Audit {

  private final List<Change> changes = new ArrayList<>();
  private long[] corpusLines = new long[0];
  private int corpusLineCount;

  /** Records that {@code step} changed {@code line} to {@code after}. */
  public void changed(String step, Line line, String after) {
    add(new Change(step, line.number(), line.text(), after));
  }

  /**
   * Records that {@code step} changed {@code line}, showing it as {@code shownBefore} rather than as it
   * was: for a change whose old text must not reach the audit (personal data). {@code charsRemoved} is
   * counted on the real texts.
   */
  public void changedRedacted(String step, Line line, String shownBefore, String after, int charsRemoved) {
    add(new Change(step, line.number(), shownBefore, after, charsRemoved));
  }

  /** Records that {@code step} removed {@code line}. */
  public void removed(String step, Line line) {
    add(new Change(step, line.number(), line.text(), null));
  }

  /** Records {@code change} as it is, unless it only changes or removes a blank line. */
  void add(Change change) {
    if (!(Line.isBlank(change.before()) && (change.isRemoval() || Line.isBlank(change.after())))) {
      changes.add(change);
    }
  }

  /**
   * Records that a step decided on a line by what the whole corpus holds: the line's {@link RepeatedLines#keyOf key}.
   * A cached cleaned form stays valid while every such line is judged alike.
   */
  public void consultedCorpus(long lineKey) {
    if (corpusLineCount == corpusLines.length) {
      corpusLines = Arrays.copyOf(corpusLines, Math.max(16, corpusLineCount * 2));
    }
    corpusLines[corpusLineCount++] = lineKey;
  }

  /** The changes so far, in the order they were made. */
  public List<Change> changes() {
    return List.copyOf(changes);
  }

  /**
   * The changes so far ordered by line, those of one line in the order they were made (step order):
   * what a reader compares with the document, line by line.
   */
  public List<Change> changesByLine() {
    List<Change> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparingInt(Change::line)); // a stable sort
    return List.copyOf(sorted);
  }

  /** The line keys passed to {@link #consultedCorpus}, in order. */
  public long[] corpusLines() {
    return Arrays.copyOf(corpusLines, corpusLineCount);
  }
}
