package vn.plantrack.indicator.contract;

/** Which way an indicator should move. Ranks are lower-is-better: 45th beats 50th. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  /** The value should sit inside the target's range ("10-15 %"). */
  WITHIN_RANGE,
  /** A level to keep ("duy trì 100 %"): judged like higher-is-better against the level. */
  MAINTAINED;

  /** The direction a target implies when the plan does not say: ranks and ceilings go down. */
  public static Direction impliedBy(TargetKind kind) {
    return switch (kind) {
      case RANK, AT_MOST, LESS_THAN -> LOWER_IS_BETTER;
      case RANGE -> WITHIN_RANGE;
      default -> HIGHER_IS_BETTER;
    };
  }
}
