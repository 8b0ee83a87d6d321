package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import vn.plantrack.reporting.IndicatorView;

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
}
