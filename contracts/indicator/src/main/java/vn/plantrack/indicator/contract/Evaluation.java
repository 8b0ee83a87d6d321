package vn.plantrack.indicator.contract;

/**
 * Where an indicator stands against one milestone target, as of a date. Declared from worst to
 * best, so a group row takes the worst of its children.
 */
public enum Evaluation {
  /** The milestone year has a value and it misses the target. */
  NOT_MET,
  /** Before the milestone year: the latest value is behind the trajectory to the target. */
  AT_RISK,
  /** A qualitative (or unread) target that a coordinator has not judged yet. */
  NEEDS_JUDGEMENT,
  /** No value that counts for this milestone has been recorded. */
  NO_DATA,
  /** Before the milestone year: the latest value is on (or ahead of) the trajectory. */
  ON_TRACK,
  /** The milestone year has a value and it meets the target. */
  MET
}
