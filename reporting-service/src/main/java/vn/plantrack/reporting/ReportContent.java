package vn.plantrack.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The figures of a unit's report as of its window's end: its tasks (with status, timeliness and
 * latest progress) and its indicators (with the value recorded by then and the evaluation).
 */
public record ReportContent(
    LocalDate asOf,
    Map<String, Integer> timeliness,
    List<TaskLine> tasks,
    List<IndicatorLine> indicators) {

  public record TaskLine(
      UUID id,
      String code,
      String title,
      String deadlineText,
      String status,
      int progressPercent,
      String timeliness,
      String latestNote) {}

  public record IndicatorLine(
      UUID id,
      String code,
      String name,
      String unit,
      Integer milestone,
      String target,
      String period,
      String value,
      String evaluation,
      BigDecimal targetMin) {}
}
