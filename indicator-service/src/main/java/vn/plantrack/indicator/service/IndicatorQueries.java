package vn.plantrack.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.indicator.repository.MeasurementRepository;
import vn.plantrack.platform.audit.AuditTrail;
import vn.plantrack.platform.paging.Page;
import vn.plantrack.platform.paging.PageRequest;
import vn.plantrack.platform.paging.TextSearch;

/**
 * The reads of indicators: one, a filtered page (the caller's province), values, history,
 * evaluation as of a date and a plan's summary; and the lookups the workbooks make once they have
 * checked the plan or listed the indicators.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorQueries {
  public static final Set<String> SORTABLE = IndicatorRepository.SORTABLE.keySet();

  private final IndicatorRepository indicators;
  private final MeasurementRepository measurements;
  private final IndicatorAccess access;
  private final IndicatorEvaluations evaluations;
  private final AuditTrail audit;

  public IndicatorQueries(
      IndicatorRepository indicators,
      MeasurementRepository measurements,
      IndicatorAccess access,
      IndicatorEvaluations evaluations,
      AuditTrail audit) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.access = access;
    this.evaluations = evaluations;
    this.audit = audit;
  }

  public Indicator get(UUID id) {
    return access.visible(id);
  }

  public Page<Indicator> list(IndicatorQuery query, PageRequest page) {
    var scope = access.listScope();
    if (scope.isEmpty()) {
      return Page.of(List.of(), page, 0);
    }
    IndicatorRepository.Filter filter =
        new IndicatorRepository.Filter(
            scope.get().province(),
            query.planId(),
            query.orgId(),
            query.role(),
            query.parentId(),
            TextSearch.likeText(query.q()));
    return Page.of(
        indicators.search(filter, page.sortField(), page.ascending(), page.offset(), page.size()),
        page,
        indicators.count(filter));
  }

  public Evaluated evaluation(UUID id, LocalDate asOf) {
    return evaluations.evaluate(access.visible(id), asOf == null ? Evaluator.today() : asOf);
  }

  public List<Measurement> measurements(UUID id) {
    return measurements.of(access.visible(id).id);
  }

  public Page<AuditTrail.Change> history(UUID id, PageRequest page) {
    access.visible(id);
    return audit.history(IndicatorRecorder.AUDIT_TYPE, id, page);
  }

  /**
   * A plan's indicators (group rows aside) counted by the evaluation of their current milestone,
   * per monitoring organization and overall ({@code key} "ALL").
   */
  public List<EvaluationSummaryRow> summary(UUID planId, LocalDate asOf) {
    KnownPlan plan = access.visiblePlan(planId);
    LocalDate date = asOf == null ? Evaluator.today() : asOf;
    List<Indicator> all = indicators.ofPlan(planId);
    List<UUID> ids = all.stream().map(i -> i.id).toList();
    Map<UUID, List<EvaluationRule.Value>> values = measurements.revisions(ids);
    Map<UUID, List<EvaluationRule.Judgement>> judgements = measurements.judgementRevisions(ids);
    Map<String, Map<Evaluation, Integer>> counts = new TreeMap<>();
    counts.put("ALL", new EnumMap<>(Evaluation.class));
    for (Indicator indicator : all) {
      if (indicator.targets.isEmpty()) {
        continue;
      }
      Optional<Evaluator.Milestone> current =
          Evaluator.current(
              Evaluator.evaluate(
                  indicator,
                  plan,
                  values.getOrDefault(indicator.id, List.of()),
                  judgements.getOrDefault(indicator.id, List.of()),
                  date),
              date);
      if (current.isEmpty()) {
        continue;
      }
      Evaluation evaluation = current.get().result().evaluation();
      counts.get("ALL").merge(evaluation, 1, Integer::sum);
      for (UUID org : new LinkedHashSet<>(indicator.monitoringOrgIds)) {
        counts
            .computeIfAbsent(org.toString(), k -> new EnumMap<>(Evaluation.class))
            .merge(evaluation, 1, Integer::sum);
      }
    }
    List<EvaluationSummaryRow> rows = new ArrayList<>();
    counts.forEach(
        (key, byEvaluation) -> {
          Map<Evaluation, Integer> full = new EnumMap<>(Evaluation.class);
          for (Evaluation e : Evaluation.values()) {
            full.put(e, byEvaluation.getOrDefault(e, 0));
          }
          rows.add(
              new EvaluationSummaryRow(
                  key, full, full.values().stream().mapToInt(Integer::intValue).sum()));
        });
    return rows;
  }

  // --- For the workbooks, which checked the plan (or listed the indicators) first
  // -----------------------------------------------------------------------------------------------

  /** Every indicator of a plan. */
  public List<Indicator> ofPlan(UUID planId) {
    return indicators.ofPlan(planId);
  }

  /** A plan's indicators' ids by code. */
  public Map<String, UUID> idsByCode(UUID planId) {
    return indicators.idsByCode(planId);
  }

  /** The codes of the indicators with these ids, by id. */
  public Map<UUID, String> codes(Collection<UUID> ids) {
    Map<UUID, String> codes = new HashMap<>();
    if (!ids.isEmpty()) {
      indicators.withIds(ids).forEach(i -> codes.put(i.id, i.code));
    }
    return codes;
  }

  /** The values of several indicators, oldest period first. */
  public Map<UUID, List<Measurement>> values(List<UUID> indicatorIds) {
    return measurements.of(indicatorIds);
  }

  /** The current revision of an indicator's value for a period, or null. */
  public Measurement value(UUID indicatorId, String period) {
    return measurements.find(indicatorId, period);
  }
}
