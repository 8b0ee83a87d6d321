package vn.plantrack.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.indicator.Judgement;
import vn.plantrack.indicator.Measurement;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.contract.MeasurementPeriod;

@ApplicationScoped
public class MeasurementRepository implements PanacheRepositoryBase<Measurement, UUID> {

  public Measurement find(UUID indicatorId, String period) {
    return find("indicatorId = ?1 and period = ?2", indicatorId, period).firstResult();
  }

  /** An indicator's values, oldest period first. */
  public List<Measurement> of(UUID indicatorId) {
    return list("indicatorId = ?1 order by periodEnd, period", indicatorId);
  }

  /** Whether any value is recorded for the indicator. */
  public boolean hasValues(UUID indicatorId) {
    return count("indicatorId = ?1", indicatorId) > 0;
  }

  /** The values of several indicators at once (one query for a plan's summary). */
  public Map<UUID, List<Measurement>> of(List<UUID> indicatorIds) {
    Map<UUID, List<Measurement>> byIndicator = new HashMap<>();
    if (!indicatorIds.isEmpty()) {
      list("indicatorId in ?1 order by periodEnd, period", indicatorIds)
          .forEach(m -> byIndicator.computeIfAbsent(m.indicatorId, k -> new ArrayList<>()).add(m));
    }
    return byIndicator;
  }

  public Judgement judgement(UUID indicatorId, int year) {
    return getEntityManager().find(Judgement.class, new Judgement.Key(indicatorId, year));
  }

  public void persistJudgement(Judgement judgement) {
    getEntityManager().persist(judgement);
  }

  /** Judgements of several indicators: indicator → year → judgement. */
  public Map<UUID, Map<Integer, Judgement>> judgements(List<UUID> indicatorIds) {
    Map<UUID, Map<Integer, Judgement>> result = new HashMap<>();
    if (!indicatorIds.isEmpty()) {
      getEntityManager()
          .createQuery("from Judgement where indicatorId in ?1", Judgement.class)
          .setParameter(1, indicatorIds)
          .getResultList()
          .forEach(j -> result.computeIfAbsent(j.indicatorId, k -> new HashMap<>()).put(j.year, j));
    }
    return result;
  }

  /** Keeps the value's revision as recorded (every revision stays: evaluations as of a date). */
  public void keepRevision(Measurement m) {
    getEntityManager()
        .createNativeQuery(
            "insert into measurement_revision (indicator_id, period, revision, period_end,"
                + " number_value, boolean_value, text_value, recorded_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, m.indicatorId)
        .setParameter(2, m.period)
        .setParameter(3, m.revision)
        .setParameter(4, m.periodEnd)
        .setParameter(5, m.numberValue)
        .setParameter(6, m.booleanValue)
        .setParameter(7, m.textValue)
        .setParameter(8, m.recordedAt)
        .executeUpdate();
  }

  /** Keeps the judgement as made (every judgement stays: evaluations as of a date). */
  public void keepRevision(Judgement j) {
    getEntityManager()
        .createNativeQuery(
            "insert into judgement_revision (indicator_id, year, judged_at, result, reason)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, j.indicatorId)
        .setParameter(2, j.year)
        .setParameter(3, j.judgedAt)
        .setParameter(4, j.result.name())
        .setParameter(5, j.reason)
        .executeUpdate();
  }

  /**
   * Every revision of the indicators' numeric and yes/no values as the evaluation rule reads them,
   * each with the day it was recorded (Asia/Ho_Chi_Minh): indicator → revisions.
   */
  @SuppressWarnings("unchecked")
  public Map<UUID, List<EvaluationRule.Value>> revisions(List<UUID> indicatorIds) {
    Map<UUID, List<EvaluationRule.Value>> byIndicator = new HashMap<>();
    if (indicatorIds.isEmpty()) {
      return byIndicator;
    }
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select indicator_id, period, revision, number_value, boolean_value,"
                    + " cast(recorded_at at time zone 'Asia/Ho_Chi_Minh' as date)"
                    + " from measurement_revision where indicator_id = any(?1)"
                    + " and (number_value is not null or boolean_value is not null)"
                    + " order by period_end, period, revision")
            .setParameter(1, indicatorIds.toArray(new UUID[0]))
            .getResultList();
    for (Object[] r : rows) {
      MeasurementPeriod period = MeasurementPeriod.parse((String) r[1]).orElseThrow();
      EvaluationRule.Value value =
          r[3] != null
              ? EvaluationRule.Value.of(period, (BigDecimal) r[3])
              : EvaluationRule.Value.of(period, (Boolean) r[4]);
      byIndicator
          .computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
          .add(value.recorded(((Number) r[2]).intValue(), day(r[5])));
    }
    return byIndicator;
  }

  /**
   * Every judgement of the indicators, in the order they were made, each with its day
   * (Asia/Ho_Chi_Minh): indicator → judgements.
   */
  @SuppressWarnings("unchecked")
  public Map<UUID, List<EvaluationRule.Judgement>> judgementRevisions(List<UUID> indicatorIds) {
    Map<UUID, List<EvaluationRule.Judgement>> byIndicator = new HashMap<>();
    if (indicatorIds.isEmpty()) {
      return byIndicator;
    }
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select indicator_id, year, result, reason,"
                    + " cast(judged_at at time zone 'Asia/Ho_Chi_Minh' as date)"
                    + " from judgement_revision where indicator_id = any(?1) order by judged_at")
            .setParameter(1, indicatorIds.toArray(new UUID[0]))
            .getResultList();
    for (Object[] r : rows) {
      byIndicator
          .computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
          .add(
              new EvaluationRule.Judgement(
                  ((Number) r[1]).intValue(),
                  Evaluation.valueOf((String) r[2]),
                  (String) r[3],
                  day(r[4])));
    }
    return byIndicator;
  }

  private static LocalDate day(Object column) {
    return column instanceof LocalDate d ? d : ((java.sql.Date) column).toLocalDate();
  }
}
