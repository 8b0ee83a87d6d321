package vn.plantrack.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.plantrack.directory.KnownPlan;

@ApplicationScoped
public class KnownPlanRepository implements PanacheRepositoryBase<KnownPlan, UUID> {

  /** The plans with these ids (an unknown id is left out). */
  public List<KnownPlan> byIds(Collection<UUID> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }
}
