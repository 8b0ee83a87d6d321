package vn.plantrack.indicator.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What indicator-service publishes on {@code plantrack.indicators} (see docs/events.md); stable
 * type strings, the indicator as it is after the change.
 */
public final class IndicatorEvents {
  public static final String TOPIC = "plantrack.indicators";
  public static final String CREATED = "plantrack.indicator.created.v1";
  public static final String UPDATED = "plantrack.indicator.updated.v1";
  public static final String MEASUREMENT_RECORDED = "plantrack.indicator.measurement-recorded.v1";
  public static final String EVALUATION_CHANGED = "plantrack.indicator.evaluation-changed.v1";

  private IndicatorEvents() {}

  public record TargetData(
      int year,
      String text,
      String kind,
      String operator,
      BigDecimal min,
      BigDecimal max,
      String unit) {}

  public record IndicatorChanged(
      UUID id,
      String province,
      UUID planId,
      String code,
      UUID parentId,
      String name,
      String unit,
      String direction,
      String counting,
      String valueType,
      List<UUID> leadOrgIds,
      List<UUID> responsibleOrgIds,
      List<UUID> monitoringOrgIds,
      BigDecimal baselineValue,
      Integer baselineYear,
      List<TargetData> targets,
      String note,
      long version) {}

  /** A value recorded or corrected ({@code revision} > 1, with the value it replaced). */
  public record MeasurementRecorded(
      UUID id,
      String province,
      UUID planId,
      String code,
      String period,
      LocalDate periodEnd,
      Object value,
      Object previousValue,
      int revision,
      String source,
      UUID orgId,
      long version) {}

  /** Milestone year → evaluation, before and after; sent only when something changed. */
  public record EvaluationChanged(
      UUID id,
      String province,
      UUID planId,
      String code,
      LocalDate asOf,
      Map<String, String> previous,
      Map<String, String> current,
      long version) {}
}
