package vn.plantrack.task.contract;

/**
 * How a deadline phrase reads. Dated kinds (DATE, MONTH, QUARTER, YEAR, RANGE) carry a due date;
 * the others do not, and UNRECOGNIZED is left for a person to fix.
 */
public enum DeadlineKind {
  DATE,
  MONTH,
  QUARTER,
  YEAR,
  RANGE,
  ONGOING,
  RECURRING,
  CONDITIONAL,
  UNRECOGNIZED;

  /** Whether a reading of this kind names one due date. */
  public boolean isDated() {
    return this == DATE || this == MONTH || this == QUARTER || this == YEAR || this == RANGE;
  }
}
