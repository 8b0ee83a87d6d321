package vn.plantrack.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a consolidated report says: per unit the tasks by timeliness class and whether (and when) it
 * reported, the indicators against their targets, the units' narratives, and the totals.
 */
public record ConsolidatedContent(
    String planNumber,
    String planTitle,
    String province,
    String period,
    LocalDate windowStart,
    LocalDate windowEnd,
    LocalDate asOf,
    Instant dueAt,
    Map<String, Integer> timelinessTotals,
    Map<String, Integer> evaluationTotals,
    int unitsExpected,
    int unitsReported,
    int unitsOnTime,
    List<Unit> units,
    List<ReportContent.TaskLine> tasks,
    List<ReportContent.IndicatorLine> indicators) {

  public record Unit(
      UUID orgId,
      String orgName,
      Map<String, Integer> timeliness,
      int tasks,
      String reportStatus,
      Instant submittedAt,
      Boolean onTime,
      String results,
      String difficulties,
      String proposals) {}
}
