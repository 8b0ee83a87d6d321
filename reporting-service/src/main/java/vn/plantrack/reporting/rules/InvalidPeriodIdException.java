package vn.plantrack.reporting.rules;

/**
 * A period id that is malformed or that the plan's rule never produces. Its own type so the REST
 * layer can answer 400 with the field name without catching every {@link IllegalArgumentException}.
 */
public class InvalidPeriodIdException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String periodId;

  public InvalidPeriodIdException(String periodId, String message) {
    super(message);
    this.periodId = periodId;
  }

  /** The id as the caller sent it. */
  public String periodId() {
    return periodId;
  }
}
