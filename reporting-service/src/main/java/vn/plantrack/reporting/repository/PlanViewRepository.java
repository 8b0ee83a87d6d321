package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.plantrack.reporting.PlanView;

@ApplicationScoped
public class PlanViewRepository implements PanacheRepositoryBase<PlanView, UUID> {

  /** The plans in force: issued. */
  public List<PlanView> issued() {
    return list("status", "ISSUED");
  }
}
