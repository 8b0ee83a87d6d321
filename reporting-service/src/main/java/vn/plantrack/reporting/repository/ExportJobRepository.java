package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import vn.plantrack.reporting.ExportJob;

@ApplicationScoped
public class ExportJobRepository implements PanacheRepositoryBase<ExportJob, UUID> {
  private static final String ACTIVE = "status in ('QUEUED', 'RUNNING')";

  /**
   * Jobs queued or running on any instance, counted while holding the transaction's lock on
   * starting exports: two starts at once cannot both take the last place.
   */
  public long countActiveLocked() {
    getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(hashtext('plantrack.export.start'))")
        .getSingleResult();
    return count(ACTIVE);
  }

  /** Renews the lease of the jobs {@code owner} runs. */
  public long renewLeases(String owner, Instant now) {
    return update("heartbeatAt = ?1 where owner = ?2 and " + ACTIVE, now, owner);
  }

  /** Jobs {@code owner} still has queued or running. */
  public long countActiveOf(String owner) {
    return count("owner = ?1 and " + ACTIVE, owner);
  }

  /**
   * Jobs whose lease was last renewed before {@code before} (their instance stopped), or, with
   * {@code owner}, that instance's own: FAILED with {@code error}.
   */
  public long failLost(Instant before, String owner, String error, Instant now) {
    return update(
        "status = 'FAILED', error = ?1, finishedAt = ?2 where "
            + ACTIVE
            + " and (heartbeatAt is null or heartbeatAt < ?3 or owner = ?4)",
        error,
        now,
        before,
        owner);
  }

  /** Deletes finished jobs (and their files) older than {@code before}; returns how many. */
  public long deleteFinishedBefore(Instant before) {
    return delete("finishedAt < ?1", before);
  }
}
