package dev.corpuskit.bench.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One extractor's outputs and scores.
 *
 * @param extractor the extractor's name
 * @param outputs the text of each page, in page order; {@code null} where the extraction failed
 * @param tuning the score on the tuning part
 * @param heldOut the score on the held-out part
 * @param tuningCounts empty and failed pages of the tuning part
 * @param heldOutCounts empty and failed pages of the held-out part
 * @param docsPerSecond the median speed over the passes
 */
public record Result(String extractor, List<String> outputs, ShingleScore tuning, ShingleScore heldOut,
    Counts tuningCounts, Counts heldOutCounts, double docsPerSecond) {

  /**
   * Pages without text, per part.
   *
   * @param empty pages whose output is there but holds no text (only white space)
   * @param failed pages without output: the extractor threw, timed out or its process died
   */
  public record Counts(int empty, int failed) {}

  /** Scores {@code outputs} against the gold of {@code pages}; a failed page scores as empty output. */
  static Result of(String extractor, List<Page> pages, List<String> outputs, double docsPerSecond) {
    ShingleScore tuning = new ShingleScore();
    ShingleScore heldOut = new ShingleScore();
    int[] empty = new int[2];
    int[] failed = new int[2];
    for (int i = 0; i < pages.size(); i++) {
      boolean tune = pages.get(i).isTuning();
      String out = outputs.get(i);
      (tune ? tuning : heldOut).add(pages.get(i).gold(), out == null ? "" : out);
      int part = tune ? 0 : 1;
      if (out == null) {
        failed[part]++;
      } else if (isBlank(out)) {
        empty[part]++;
      }
    }
    return new Result(extractor, Collections.unmodifiableList(new ArrayList<>(outputs)), tuning, heldOut,
        new Counts(empty[0], failed[0]), new Counts(empty[1], failed[1]), docsPerSecond);
  }

  /** Whether {@code text} holds only white space, U+00A0 and the other space separators included. */
  static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
