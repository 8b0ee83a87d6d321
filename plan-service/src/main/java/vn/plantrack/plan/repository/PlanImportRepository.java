package vn.plantrack.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.plantrack.plan.PlanImport;

@ApplicationScoped
public class PlanImportRepository implements PanacheRepositoryBase<PlanImport, UUID> {
  /** The plan's latest import that was read (DRAFT or CONFIRMED), if it came from a document. */
  public Optional<PlanImport> latestRead(UUID planId) {
    return find("planId = ?1 and status in ('DRAFT', 'CONFIRMED') order by createdAt desc", planId)
        .firstResultOptional();
  }

  /** Sets the stage and percentage of a job that is still READING; false when it is not. */
  public boolean updateReadingProgress(UUID id, String stage, short percent) {
    return update(
            "stage = ?1, progress = ?2 where id = ?3 and status = ?4",
            stage,
            percent,
            id,
            PlanImport.READING)
        > 0;
  }

  /** Every job still READING becomes FAILED with {@code failure}; returns how many. */
  public long failAllReading(PlanImport.Failure failure) {
    return update(
        "status = ?1, stage = null, failure = ?2 where status = ?3",
        PlanImport.FAILED,
        failure,
        PlanImport.READING);
  }
}
