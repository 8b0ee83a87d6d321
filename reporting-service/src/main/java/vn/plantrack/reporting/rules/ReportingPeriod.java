package vn.plantrack.reporting.rules;

import java.time.Instant;
import java.time.LocalDate;
import vn.plantrack.plan.contract.Frequency;

/**
 * One report that a rule asks for: which data it covers and until when it is on time. Built by
 * {@link ReportingCalendar}, which documents how each field is derived.
 *
 * @param id the API's period id, e.g. {@code 2025-Q2}
 * @param frequency the kind of the id (a twice-yearly rule yields {@link Frequency#SIX_MONTHS} and
 *     {@link Frequency#YEARLY} periods)
 * @param windowStart first day of the data window (the cut-off window), inclusive
 * @param windowEnd last day of the data window, inclusive
 * @param cumulativeFrom the day the report's figures accumulate from (the start of the reporting
 *     year) for 6-month, 9-month and yearly reports; {@code null} when the report covers only its
 *     window
 * @param dueAt the first instant at which a submission is late
 */
public record ReportingPeriod(
    String id,
    Frequency frequency,
    LocalDate windowStart,
    LocalDate windowEnd,
    LocalDate cumulativeFrom,
    Instant dueAt) {

  public ReportingPeriod {
    if (id == null || frequency == null || windowStart == null || windowEnd == null) {
      throw new IllegalArgumentException("id, frequency and window are required");
    }
    if (dueAt == null) {
      throw new IllegalArgumentException("dueAt is required");
    }
    if (ReportingPeriodId.parse(id).frequency() != frequency) {
      throw new IllegalArgumentException(id + " is not a " + frequency + " period");
    }
    if (windowEnd.isBefore(windowStart)) {
      throw new IllegalArgumentException("the window ends before it starts: " + id);
    }
    if (cumulativeFrom != null && cumulativeFrom.isAfter(windowStart)) {
      throw new IllegalArgumentException("cumulativeFrom is after the window start: " + id);
    }
  }

  /**
   * The last day, in Asia/Ho_Chi_Minh, on which a submission is on time: what a person reads as
   * "the deadline", one day before the "trước ngày N" of the document.
   */
  public LocalDate lastDayOnTime() {
    return dueAt.minusNanos(1).atZone(ReportingCalendar.ZONE).toLocalDate();
  }
}
