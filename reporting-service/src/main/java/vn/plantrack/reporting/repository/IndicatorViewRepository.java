package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.plantrack.reporting.IndicatorView;

@ApplicationScoped
public class IndicatorViewRepository implements PanacheRepositoryBase<IndicatorView, UUID> {

  /** The organizations that monitor an indicator of the plan. */
  @SuppressWarnings("unchecked")
  public List<UUID> monitorsOf(UUID planId) {
    return getEntityManager()
        .createNativeQuery(
            "select distinct unnest(monitoring_org_ids) from indicator_view where plan_id = ?1")
        .setParameter(1, planId)
        .getResultList();
  }
}
