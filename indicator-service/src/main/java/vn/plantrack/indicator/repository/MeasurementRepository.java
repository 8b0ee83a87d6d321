package vn.plantrack.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.indicator.Judgement;
import vn.plantrack.indicator.Measurement;

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
}
