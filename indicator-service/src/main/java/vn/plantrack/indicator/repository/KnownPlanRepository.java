package vn.plantrack.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.plantrack.indicator.KnownPlan;

@ApplicationScoped
public class KnownPlanRepository implements PanacheRepositoryBase<KnownPlan, UUID> {

  /** The plans with these ids (those known here). */
  public List<KnownPlan> withIds(Collection<UUID> ids) {
    return list("id in ?1", ids);
  }
}
