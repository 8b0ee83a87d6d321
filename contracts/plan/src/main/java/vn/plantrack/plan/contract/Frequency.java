package vn.plantrack.plan.contract;

/**
 * How often a plan asks for a report ("báo cáo tuần, tháng, quý, 6 tháng, 9 tháng, năm", "định kỳ
 * 06 tháng, hằng năm", "đột xuất"). Published by name in a plan's reporting rules, so the constants
 * are never renamed.
 */
public enum Frequency {
  /** Báo cáo tuần. */
  WEEKLY,
  /** Báo cáo tháng. */
  MONTHLY,
  /** Báo cáo quý. */
  QUARTERLY,
  /** Báo cáo 6 tháng (first half of the year, cumulative). */
  SIX_MONTHS,
  /** Báo cáo 9 tháng (cumulative). */
  NINE_MONTHS,
  /** Báo cáo năm (cumulative). */
  YEARLY,
  /** "Định kỳ 06 tháng, hằng năm": a 6-month and a yearly report, each with its own due day. */
  TWICE_YEARLY,
  /** Báo cáo đột xuất: one report, due a number of days after an event such as the plan's issue. */
  AD_HOC;

  /** The frequency of this name, or null when there is none. */
  public static Frequency of(String name) {
    for (Frequency f : values()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }
}
