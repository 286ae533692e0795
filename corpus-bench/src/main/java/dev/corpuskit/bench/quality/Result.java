package dev.corpuskit.bench.quality;

import java.util.List;

/**
 * One extractor's outputs and scores.
 *
 * @param extractor the extractor's name
 * @param outputs the text of each page, in page order
 * @param tuning the score on the tuning part (ids 0-b)
 * @param heldOut the score on the held-out part (ids c-f)
 * @param docsPerSecond the median speed over the passes
 */
public record Result(String extractor, List<String> outputs, ShingleScore tuning, ShingleScore heldOut,
    double docsPerSecond) {

  /** Scores {@code outputs} against the gold of {@code pages}. */
  static Result of(String extractor, List<Page> pages, List<String> outputs, double docsPerSecond) {
    ShingleScore tuning = new ShingleScore();
    ShingleScore heldOut = new ShingleScore();
    for (int i = 0; i < pages.size(); i++) {
      (pages.get(i).isTuning() ? tuning : heldOut).add(pages.get(i).gold(), outputs.get(i));
    }
    return new Result(extractor, List.copyOf(outputs), tuning, heldOut, docsPerSecond);
  }
}
