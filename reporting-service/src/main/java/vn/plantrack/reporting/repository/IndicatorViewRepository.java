package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.contract.IndicatorEvents;
import vn.plantrack.reporting.IndicatorView;

/**
 * The read model's indicators (indicator_view) and the judgements of their qualitative targets
 * (indicator_judgement_view, one row per event).
 */
@ApplicationScoped
public class IndicatorViewRepository implements PanacheRepositoryBase<IndicatorView, UUID> {

  /** A plan's indicators, read only (a report reads thousands and changes none). */
  public List<IndicatorView> ofPlan(UUID planId) {
    return find("planId", planId).withHint(HibernateHints.HINT_READ_ONLY, true).list();
  }

  /** The organizations that monitor an indicator of the plan. */
  @SuppressWarnings("unchecked")
  public List<UUID> monitorsOf(UUID planId) {
    return getEntityManager()
        .createNativeQuery(
            "select distinct unnest(monitoring_org_ids) from indicator_view where plan_id = ?1")
        .setParameter(1, planId)
        .getResultList();
  }

  /** Keeps a judgement once (its event's version is its key); true when it was new. */
  public boolean addJudgement(IndicatorEvents.Judged judged, long version) {
    return getEntityManager()
            .createNativeQuery(
                "insert into indicator_judgement_view"
                    + " (indicator_id, version, year, result, reason, judged_on)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
            .setParameter(1, judged.id())
            .setParameter(2, version)
            .setParameter(3, judged.year())
            .setParameter(4, judged.result())
            .setParameter(5, judged.reason() == null ? "" : judged.reason())
            .setParameter(6, judged.judgedOn())
            .executeUpdate()
        > 0;
  }

  /** Every judgement of the indicators in the order they were made: indicator → judgements. */
  @SuppressWarnings("unchecked")
  public Map<UUID, List<EvaluationRule.Judgement>> judgementsOf(List<UUID> indicatorIds) {
    Map<UUID, List<EvaluationRule.Judgement>> byIndicator = new HashMap<>();
    if (indicatorIds.isEmpty()) {
      return byIndicator;
    }
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select indicator_id, year, result, reason, judged_on from indicator_judgement_view"
                    + " where indicator_id = any(?1) order by version")
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
                  r[4] == null
                      ? null
                      : r[4] instanceof LocalDate d ? d : ((java.sql.Date) r[4]).toLocalDate()));
    }
    return byIndicator;
  }
}
