package vn.plantrack.reporting.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What reporting-service publishes on {@code plantrack.reports}: unit reports as they change, the
 * reminders about them, and consolidated reports issued (examples:
 * reporting-service/docs/events.md).
 */
public final class ReportEvents {
  public static final String TOPIC = "plantrack.reports";
  public static final String SUBMITTED = "plantrack.report.submitted.v1";
  public static final String RETURNED = "plantrack.report.returned.v1";
  public static final String ACCEPTED = "plantrack.report.accepted.v1";
  public static final String DUE_SOON = "plantrack.report.due-soon.v1";
  public static final String OVERDUE = "plantrack.report.overdue.v1";
  public static final String CONSOLIDATED_ISSUED = "plantrack.consolidated-report.issued.v1";

  private ReportEvents() {}

  public record ReportChanged(
      UUID id,
      String province,
      UUID planId,
      String period,
      UUID orgId,
      String status,
      Instant submittedAt,
      Boolean onTime,
      String reason,
      Instant dueAt,
      long version) {}

  public record ConsolidatedIssued(
      UUID id,
      String province,
      UUID planId,
      String period,
      int number,
      LocalDate windowStart,
      LocalDate windowEnd,
      Map<String, Integer> timelinessTotals,
      int unitsExpected,
      int unitsReported,
      int unitsOnTime,
      long version) {}
}
