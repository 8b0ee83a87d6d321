package vn.plantrack.indicator.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.Judgement;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.contract.IndicatorEvents;

/**
 * An indicator as its history and its events show it: the audited fields (a snapshot compared field
 * by field) and the documented event records (docs/events.md). Plain functions of the entity.
 */
final class IndicatorMapping {
  private IndicatorMapping() {}

  /** The fields whose changes the history shows, in the order it shows them. */
  static Map<String, Object> snapshot(Indicator i) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("code", i.code);
    fields.put("parentId", i.parentId);
    fields.put("name", i.name);
    fields.put("unit", i.unit);
    fields.put("direction", i.direction);
    fields.put("counting", i.counting);
    fields.put("leadOrgIds", List.copyOf(i.leadOrgIds));
    fields.put("responsibleOrgIds", List.copyOf(i.responsibleOrgIds));
    fields.put("monitoringOrgIds", List.copyOf(i.monitoringOrgIds));
    fields.put("baselineValue", i.baselineValue);
    fields.put("baselineText", i.baselineText);
    fields.put("baselineYear", i.baselineYear);
    fields.put(
        "targets",
        i.targets.stream().map(t -> t.year() + ": " + t.text() + " (" + t.kind() + ")").toList());
    return fields;
  }

  /** {@code indicator.created} and {@code indicator.updated}: the indicator after the change. */
  static IndicatorEvents.IndicatorChanged changed(Indicator i, String note) {
    return new IndicatorEvents.IndicatorChanged(
        i.id,
        i.province,
        i.planId,
        i.code,
        i.parentId,
        i.name,
        i.unit,
        i.direction.name(),
        i.counting.name(),
        i.valueType == null ? null : i.valueType.name(),
        List.copyOf(i.leadOrgIds),
        List.copyOf(i.responsibleOrgIds),
        List.copyOf(i.monitoringOrgIds),
        i.baselineValue,
        i.baselineYear,
        i.targets.stream()
            .map(
                t ->
                    new IndicatorEvents.TargetData(
                        t.year(),
                        t.text(),
                        t.kind(),
                        t.operator(),
                        t.min(),
                        t.max(),
                        t.unit(),
                        t.rising()))
            .toList(),
        note,
        Evaluator.createdOn(i),
        i.version);
  }

  /** {@code indicator.measurement-recorded}: the value, and the one it replaced if any. */
  static IndicatorEvents.MeasurementRecorded measurementRecorded(
      Indicator i, Measurement m, Object previous) {
    return new IndicatorEvents.MeasurementRecorded(
        i.id,
        i.province,
        i.planId,
        i.code,
        m.period,
        m.periodEnd,
        m.value(),
        previous,
        m.revision,
        m.source,
        m.orgId,
        m.recordedAt,
        m.recordedAt.atZone(Evaluator.ZONE).toLocalDate(),
        i.version);
  }

  /** {@code indicator.judged}: the milestone year's judgement, and the one it replaced if any. */
  static IndicatorEvents.Judged judged(Indicator i, Judgement j, String previousResult) {
    return new IndicatorEvents.Judged(
        i.id,
        i.province,
        i.planId,
        i.code,
        j.year,
        j.result.name(),
        j.reason,
        previousResult,
        j.judgedAt,
        j.judgedAt.atZone(Evaluator.ZONE).toLocalDate(),
        i.version);
  }

  /** {@code indicator.evaluation-changed}: milestone year → evaluation, before and after. */
  static IndicatorEvents.EvaluationChanged evaluationChanged(
      Indicator i, LocalDate asOf, Map<String, String> previous, Map<String, String> current) {
    return new IndicatorEvents.EvaluationChanged(
        i.id, i.province, i.planId, i.code, asOf, previous, current, i.version);
  }
}
