package dev.corpuskit.clean;

/**
 * A cleaning step failed unexpectedly on one document (a bug of the step): carries the step's id so
 * that the run can report the failure for that document and go on with the others.
 */
public final class StepFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String stepId;

  StepFailedException(String stepId, Throwable cause) {
    super("cleaning step " + stepId + " failed: " + cause, cause);
    this.stepId = stepId;
  }

  /** The id of the step that failed. */
  public String stepId() {
    return stepId;
  }
}
