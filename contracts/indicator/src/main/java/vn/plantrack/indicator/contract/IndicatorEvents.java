package vn.plantrack.indicator.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What indicator-service publishes on {@code plantrack.indicators} (see its docs/events.md); stable
 * type strings, the indicator as it is after the change. One event per change, each with the
 * indicator's next {@code version} (strictly increasing per indicator). The events carry every fact
 * {@link EvaluationRule} needs to evaluate the indicator as of any date: the targets, direction and
 * baseline ({@link IndicatorChanged}), every revision of every value with the day it was recorded
 * ({@link MeasurementRecorded}), and every judgement with its day ({@link Judged}). {@link
 * EvaluationChanged} only announces what today's evaluation became; a reader evaluates a date
 * itself.
 */
public final class IndicatorEvents {
  public static final String TOPIC = "plantrack.indicators";
  public static final String CREATED = "plantrack.indicator.created.v1";
  public static final String UPDATED = "plantrack.indicator.updated.v1";
  public static final String MEASUREMENT_RECORDED = "plantrack.indicator.measurement-recorded.v1";
  public static final String JUDGED = "plantrack.indicator.judged.v1";
  public static final String EVALUATION_CHANGED = "plantrack.indicator.evaluation-changed.v1";

  private IndicatorEvents() {}

  /**
   * A milestone target: its text and reading ({@link TargetReading}; {@code kind} a {@link
   * TargetKind}); {@code rising} for "… và tăng dần".
   */
  public record TargetData(
      int year,
      String text,
      String kind,
      String operator,
      BigDecimal min,
      BigDecimal max,
      String unit,
      boolean rising) {

    /** The reading {@link EvaluationRule} compares values with. */
    public TargetReading reading() {
      return new TargetReading(
          text, TargetKind.valueOf(kind), operator, min, max, unit, rising, false, null);
    }
  }

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
      LocalDate createdOn,
      long version) {}

  /**
   * A value recorded or corrected ({@code revision} > 1, with the value it replaced), at {@code
   * recordedAt}, on {@code recordedOn} (its day in Asia/Ho_Chi_Minh).
   */
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
      Instant recordedAt,
      LocalDate recordedOn,
      long version) {

    /** The value as {@link EvaluationRule} reads it (a text value is never compared). */
    public EvaluationRule.Value asValue() {
      MeasurementPeriod p =
          MeasurementPeriod.parse(period)
              .orElseThrow(() -> new IllegalArgumentException("period " + period));
      EvaluationRule.Value v =
          value instanceof Boolean flag
              ? EvaluationRule.Value.of(p, flag)
              : value instanceof Number number
                  ? EvaluationRule.Value.of(p, new BigDecimal(number.toString()))
                  : new EvaluationRule.Value(p, null, null, 1, null);
      return v.recorded(revision, recordedOn);
    }
  }

  /**
   * A coordinator judged a qualitative (or unread) target of a milestone year: {@code result} MET
   * or NOT_MET with the reason, at {@code judgedAt}, on {@code judgedOn} (Asia/Ho_Chi_Minh); {@code
   * previousResult} is the judgement it replaced, if any.
   */
  public record Judged(
      UUID id,
      String province,
      UUID planId,
      String code,
      int year,
      String result,
      String reason,
      String previousResult,
      Instant judgedAt,
      LocalDate judgedOn,
      long version) {

    /** The judgement as {@link EvaluationRule} reads it. */
    public EvaluationRule.Judgement asJudgement() {
      return new EvaluationRule.Judgement(year, Evaluation.valueOf(result), reason, judgedOn);
    }
  }

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
