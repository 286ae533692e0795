package dev.corpuskit.audit;

/**
 * The changes one step made to one document that the audit counts without listing them: all of them
 * at the {@code counts} audit detail, those past the document's excerpt budget at {@code excerpt}.
 *
 * @param step the id of the step, with its detail (as {@link Change#step})
 * @param changes how many changes
 * @param linesRemoved how many of them removed their line
 * @param charsRemoved the characters they took, as {@link Change#charsRemoved} sums them
 */
public record StepCount(String step, int changes, int linesRemoved, long charsRemoved) {

  /** These counts and {@code change}'s. */
  public StepCount plus(Change change) {
    return new StepCount(step, changes + 1, linesRemoved + (change.isRemoval() ? 1 : 0),
        charsRemoved + change.charsRemoved());
  }
}
