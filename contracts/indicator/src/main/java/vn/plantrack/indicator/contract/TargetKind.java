package vn.plantrack.indicator.contract;

/** What a target expression asks for (see {@link TargetReading} for the bounds each one uses). */
public enum TargetKind {
  /** "≥ 25", "tối thiểu 25", "3% và tăng dần": min, inclusive. */
  AT_LEAST,
  /** "> 60", "trên 60": min, exclusive. */
  GREATER_THAN,
  /** "≤ 55", "tối đa 5": max, inclusive. */
  AT_MOST,
  /** "< 5", "dưới 5": max, exclusive. */
  LESS_THAN,
  /** A bare number ("100", "90 %"): min = max; the indicator's direction says how to compare. */
  EXACT,
  /** "10-15", "80-90%", "từ 10 đến 15": min and max. */
  RANGE,
  /** "Có", "Đạt", "Hoàn thành", "Yes" (min = max = 1) or "Không" (0). */
  BOOLEAN,
  /**
   * A place: "45 các tỉnh, thành" or "≤ 55" in a rank unit ("Thứ bậc"), "Top 10", "nhóm 30 tỉnh dẫn
   * đầu": max, place N or better; lower is better.
   */
  RANK,
  /** A sentence without any number ("đạt mức trung bình chung của cả nước"): judged by a person. */
  QUALITATIVE,
  /** Looks numeric but cannot be read unambiguously: flagged for review, never guessed. */
  UNRECOGNIZED
}
