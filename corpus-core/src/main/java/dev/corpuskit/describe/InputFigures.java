package dev.corpuskit.describe;

/**
 * The size of a corpus before and after cleaning and the share cleaning removed, as the build's
 * {@code summary.json} states them; each is null when it does not, and the card then says "not stated".
 *
 * @param documentsIn the documents read, or null
 * @param documentsOut the documents written, or null
 * @param bytesIn the bytes read, or null
 * @param bytesOut the bytes written, or null
 * @param wordsIn the words read, or null
 * @param wordsOut the words written, or null
 * @param removedShare the share of the text cleaning removed, 0 to 1, or null
 */
public record InputFigures(Long documentsIn, Long documentsOut, Long bytesIn, Long bytesOut, Long wordsIn,
    Long wordsOut, Double removedShare) {

  public InputFigures {
    if (removedShare != null && !(removedShare >= 0 && removedShare <= 1)) {
      removedShare = null; // not a share: not stated rather than a wrong figure
    }
  }

  /** Nothing stated. */
  public static InputFigures none() {
    return new InputFigures(null, null, null, null, null, null, null);
  }
}
