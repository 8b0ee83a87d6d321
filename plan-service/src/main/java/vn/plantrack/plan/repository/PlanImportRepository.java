package vn.plantrack.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

  /** Renews the lease of the jobs {@code owner} is reading; returns how many. */
  public long renewLeases(String owner, Instant now) {
    return update(
        "heartbeatAt = ?1 where owner = ?2 and status = ?3", now, owner, PlanImport.READING);
  }

  /**
   * Every job still READING whose lease was last renewed before {@code before} (its instance
   * stopped) becomes FAILED with {@code failure}; returns how many.
   */
  public long failExpired(Instant before, PlanImport.Failure failure) {
    return update(
        "status = ?1, stage = null, failure = ?2 where status = ?3"
            + " and (heartbeatAt is null or heartbeatAt < ?4)",
        PlanImport.FAILED,
        failure,
        PlanImport.READING,
        before);
  }

  /** Every job {@code owner} is still reading becomes FAILED with {@code failure}. */
  public long failOwned(String owner, PlanImport.Failure failure) {
    return update(
        "status = ?1, stage = null, failure = ?2 where status = ?3 and owner = ?4",
        PlanImport.FAILED,
        failure,
        PlanImport.READING,
        owner);
  }
}
