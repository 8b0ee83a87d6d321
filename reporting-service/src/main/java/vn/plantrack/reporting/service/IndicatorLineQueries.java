package vn.plantrack.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.contract.EvaluationAsOf;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.contract.IndicatorEvents;
import vn.plantrack.indicator.contract.MeasurementPeriod;
import vn.plantrack.indicator.contract.TargetKind;
import vn.plantrack.reporting.IndicatorView;
import vn.plantrack.reporting.MeasurementView;
import vn.plantrack.reporting.PlanView;
import vn.plantrack.reporting.ReportContent;
import vn.plantrack.reporting.repository.IndicatorViewRepository;
import vn.plantrack.reporting.repository.MeasurementViewRepository;
import vn.plantrack.reporting.repository.PlanViewRepository;

/**
 * A plan's indicator lines as of a date, evaluated here with indicator-service's own rule
 * (indicator-contract's {@link EvaluationRule}) from the facts its events carried: each line shows
 * the milestone a reader looks at then ({@link EvaluationAsOf#currentMilestone}), the value that
 * stood at the end of the date (the latest period ended by then, its latest revision recorded by
 * then) and the evaluation as of the date. A value recorded or corrected, or a judgement made,
 * after the date does not count: a report for an earlier period keeps the earlier evaluation. A
 * group row without a target of its own has no milestone and no evaluation.
 */
@ApplicationScoped
public class IndicatorLineQueries {
  private final IndicatorViewRepository indicators;
  private final MeasurementViewRepository measurements;
  private final PlanViewRepository plans;

  public IndicatorLineQueries(
      IndicatorViewRepository indicators,
      MeasurementViewRepository measurements,
      PlanViewRepository plans) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.plans = plans;
  }

  /** The lines (in no particular order) and who monitors each indicator. */
  public record Lines(List<ReportContent.IndicatorLine> lines, Map<UUID, List<UUID>> monitors) {}

  public Lines of(UUID planId, LocalDate asOf) {
    List<IndicatorView> all = indicators.ofPlan(planId);
    List<UUID> ids = all.stream().map(i -> i.id).toList();
    Map<UUID, List<MeasurementView>> revisions = new HashMap<>();
    measurements
        .revisionsOf(ids)
        .forEach(m -> revisions.computeIfAbsent(m.indicatorId, k -> new ArrayList<>()).add(m));
    Map<UUID, List<EvaluationRule.Judgement>> judgements = indicators.judgementsOf(ids);
    PlanView plan = plans.findById(planId);
    List<ReportContent.IndicatorLine> lines = new ArrayList<>();
    Map<UUID, List<UUID>> monitors = new HashMap<>();
    for (IndicatorView i : all) {
      lines.add(
          line(
              i,
              plan == null ? null : plan.issuedOn,
              revisions.getOrDefault(i.id, List.of()),
              judgements.getOrDefault(i.id, List.of()),
              asOf));
      monitors.put(i.id, List.copyOf(i.monitoringOrgIds));
    }
    return new Lines(lines, monitors);
  }

  private static ReportContent.IndicatorLine line(
      IndicatorView i,
      LocalDate planIssuedOn,
      List<MeasurementView> rows,
      List<EvaluationRule.Judgement> judgements,
      LocalDate asOf) {
    Map<EvaluationRule.Value, MeasurementView> byValue = new HashMap<>();
    List<EvaluationRule.Value> values = new ArrayList<>();
    for (MeasurementView m : rows) {
      Optional<MeasurementPeriod> period = MeasurementPeriod.parse(m.period);
      if (period.isEmpty()) {
        continue;
      }
      EvaluationRule.Value v =
          new EvaluationRule.Value(
              period.get(), m.numberValue, m.booleanValue, m.revision, m.recordedOn);
      values.add(v);
      byValue.put(v, m);
    }
    List<EvaluationRule.Value> standing = EvaluationAsOf.valuesAsOf(values, asOf);
    MeasurementView latest =
        standing.isEmpty() ? null : byValue.get(standing.get(standing.size() - 1));
    Map<Integer, IndicatorEvents.TargetData> byYear = new HashMap<>();
    i.targets.forEach(t -> byYear.put(t.year(), t));
    IndicatorEvents.TargetData target =
        EvaluationAsOf.currentMilestone(byYear.keySet(), asOf).map(byYear::get).orElse(null);
    String evaluation = null;
    if (target != null) {
      EvaluationRule.Facts facts =
          new EvaluationRule.Facts(
              direction(i),
              i.baselineValue,
              i.baselineYear,
              EvaluationRule.Facts.horizonStart(planIssuedOn, i.createdOn));
      evaluation =
          EvaluationRule.evaluate(facts, target.year(), target.reading(), values, judgements, asOf)
              .evaluation()
              .name();
    }
    return new ReportContent.IndicatorLine(
        i.id,
        i.code,
        i.name,
        i.unit,
        target == null ? null : target.year(),
        target == null ? null : target.text(),
        latest == null ? null : latest.period,
        latest == null ? null : latest.value,
        evaluation,
        target == null ? null : target.min());
  }

  /**
   * The indicator's direction; a row kept before events carried it takes the one its first target
   * implies, as indicator-service's default is.
   */
  private static Direction direction(IndicatorView i) {
    if (i.direction != null) {
      return Direction.valueOf(i.direction);
    }
    return i.targets.stream()
        .min(Comparator.comparingInt(IndicatorEvents.TargetData::year))
        .map(t -> Direction.impliedBy(TargetKind.valueOf(t.kind())))
        .orElse(Direction.HIGHER_IS_BETTER);
  }
}
