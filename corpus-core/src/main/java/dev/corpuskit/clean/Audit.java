package dev.corpuskit.clean;

import java.util.ArrayList;
import java.util.List;

/** Collects the changes the cleaning steps make to one document. */
public final class Audit {

  private final List<Change> changes = new ArrayList<>();

  /** Records that {@code step} changed {@code line} to {@code after}. */
  public void changed(String step, Line line, String after) {
    changes.add(new Change(step, line.number(), line.text(), after));
  }

  /** Records that {@code step} removed {@code line}. */
  public void removed(String step, Line line) {
    changes.add(new Change(step, line.number(), line.text(), null));
  }

  /** Records {@code change} as it is. */
  void add(Change change) {
    changes.add(change);
  }

  /** The changes so far, in the order they were made. */
  public List<Change> changes() {
    return List.copyOf(changes);
  }
}
