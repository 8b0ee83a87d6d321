package vn.plantrack.plan.reading.header;

/**
 * How often a report is due: "tuần", "tháng", "quý", "6 tháng", "9 tháng", "năm", twice a year on
 * two dates, or once within some days of an event ("đột xuất", "trong vòng 5 ngày kể từ …"), as the
 * reader names it; the published name is {@link vn.plantrack.plan.contract.Frequency}'s ({@link
 * #planFrequency}).
 */
public enum FrequencyAsRead {
  WEEKLY,
  MONTHLY,
  QUARTERLY,
  HALF_YEARLY,
  NINE_MONTHS,
  YEARLY,
  TWICE_YEARLY,
  AD_HOC;

  /** The name a plan's stored reporting rule uses (it calls the 6-month report SIX_MONTHS). */
  public String planFrequency() {
    return this == HALF_YEARLY ? "SIX_MONTHS" : name();
  }
}
