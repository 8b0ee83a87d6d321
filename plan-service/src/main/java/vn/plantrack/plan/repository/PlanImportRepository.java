package vn.plantrack.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.plantrack.plan.PlanImport;

@ApplicationScoped
public class PlanImportRepository implements PanacheRepositoryBase<PlanImport, UUID> {
  /** The plan's latest import that was read (DRAFT or CONFIRMED), if it came from a document. */
  public java.util.Optional<PlanImport> latestRead(UUID planId) {
    return find("planId = ?1 and status in ('DRAFT', 'CONFIRMED') order by createdAt desc", planId)
        .firstResultOptional();
  }
}
