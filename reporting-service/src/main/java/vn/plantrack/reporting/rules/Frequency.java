package vn.plantrack.reporting.rules;

/**
 * How often a plan asks for a report ("báo cáo tuần, tháng, quý, 6 tháng, 9 tháng, năm", "định kỳ
 * 06 tháng, hằng năm", "đột xuất"). Stored by name, so the constants are never renamed.
 *
 * <p>A {@link ReportingRule} has one of these; a {@link ReportingPeriod} has the kind of its own
 * id, so a {@link #TWICE_YEARLY} rule yields {@link #SIX_MONTHS} and {@link #YEARLY} periods.
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
  AD_HOC
}
