package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.indicator.repository.MeasurementRepository;

/**
 * Indicators evaluated as of a date (a group row from its children), and re-evaluated after every
 * write and nightly: a milestone whose evaluation differs from the one last announced is recorded
 * in {@code lastEvaluation} and announced, guarded by the row's version so that two instances
 * announce it once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IndicatorEvaluations {
  private final IndicatorRepository indicators;
  private final MeasurementRepository measurements;
  private final KnownPlanRepository plans;
  private final IndicatorRecorder recorder;

  public IndicatorEvaluations(
      IndicatorRepository indicators,
      MeasurementRepository measurements,
      KnownPlanRepository plans,
      IndicatorRecorder recorder) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.plans = plans;
    this.recorder = recorder;
  }

  /**
   * Every milestone as of the date, from the values and judgements as they stood at its end; a
   * group row's from its children's.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Evaluated evaluate(Indicator indicator, LocalDate asOf) {
    KnownPlan plan = plans.findById(indicator.planId);
    if (indicator.targets.isEmpty()) {
      List<Indicator> children = indicators.childrenOf(indicator.id);
      List<List<Evaluator.Milestone>> evaluated = new ArrayList<>();
      List<UUID> ids = children.stream().map(c -> c.id).toList();
      Map<UUID, List<EvaluationRule.Value>> values = measurements.revisions(ids);
      Map<UUID, List<EvaluationRule.Judgement>> judgements = measurements.judgementRevisions(ids);
      for (Indicator child : children) {
        evaluated.add(
            Evaluator.evaluate(
                child,
                plan,
                values.getOrDefault(child.id, List.of()),
                judgements.getOrDefault(child.id, List.of()),
                asOf));
      }
      return new Evaluated(indicator, asOf, Evaluator.summarize(evaluated));
    }
    List<UUID> own = List.of(indicator.id);
    return new Evaluated(
        indicator,
        asOf,
        Evaluator.evaluate(
            indicator,
            plan,
            measurements.revisions(own).getOrDefault(indicator.id, List.of()),
            measurements.judgementRevisions(own).getOrDefault(indicator.id, List.of()),
            asOf));
  }

  /** Milestone year → evaluation as of today, as a new indicator starts out having announced. */
  public Map<String, String> asOfToday(Indicator indicator) {
    return Evaluator.asMap(evaluate(indicator, Evaluator.today()).milestones());
  }

  /**
   * Evaluates the indicator as of a date and, when a milestone's evaluation differs from what was
   * last announced, records and announces the change. Returns whether it changed.
   */
  public boolean reevaluate(Indicator indicator, LocalDate asOf) {
    Map<String, String> current = Evaluator.asMap(evaluate(indicator, asOf).milestones());
    if (current.equals(indicator.lastEvaluation)) {
      return false;
    }
    Map<String, String> previous = indicator.lastEvaluation;
    indicator.lastEvaluation = current;
    indicators.incrementVersion(indicator);
    recorder.evaluationChanged(indicator, asOf, previous, current);
    return true;
  }

  /** Re-evaluates one indicator by id as of today (the nightly job, one transaction each). */
  public boolean reevaluate(UUID id) {
    Indicator indicator = indicators.findById(id);
    return indicator != null && reevaluate(indicator, Evaluator.today());
  }

  /** After a write to the indicator: it, then its group row, as of today. */
  public void afterWrite(Indicator indicator) {
    reevaluate(indicator, Evaluator.today());
    reevaluateParent(indicator);
  }

  /** A group row summarizes its children: one of them changed. */
  public void reevaluateParent(Indicator indicator) {
    if (indicator.parentId != null) {
      Indicator parent = indicators.findById(indicator.parentId);
      if (parent != null) {
        indicators.flush();
        reevaluate(parent, Evaluator.today());
      }
    }
  }
}
