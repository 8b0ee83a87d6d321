package vn.plantrack.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.plantrack.reporting.ReadModelRebuildJob;

/** The read model's rebuild jobs; one RUNNING at most, across instances (V7's unique index). */
@ApplicationScoped
public class ReadModelRebuildRepository
    implements PanacheRepositoryBase<ReadModelRebuildJob, UUID> {
  private static final String RUNNING = "status = 'RUNNING'";

  /**
   * Records a new RUNNING job owned by {@code owner}, unless one runs already (on this instance or
   * another): false then, and nothing is written.
   */
  public boolean startIfNoneRuns(UUID id, String owner, String by, Instant now) {
    return getEntityManager()
            .createNativeQuery(
                "insert into read_model_rebuild"
                    + " (id, status, phase, topics, owner, heartbeat_at, started_at, started_by)"
                    + " values (?1, 'RUNNING', 'STARTING', '[]', ?2, ?3, ?3, ?4)"
                    + " on conflict do nothing")
            .setParameter(1, id)
            .setParameter(2, owner)
            .setParameter(3, now)
            .setParameter(4, by)
            .executeUpdate()
        == 1;
  }

  /**
   * Records a running job's progress (and phase, when not null), only while it is RUNNING on {@code
   * owner}: false when it was failed meanwhile (its instance taken for dead).
   */
  public boolean progress(
      UUID id, String owner, List<ReadModelRebuildJob.TopicProgress> topics, String phase) {
    return update(
            "topics = ?1, phase = coalesce(?2, phase) where id = ?3 and owner = ?4 and " + RUNNING,
            topics,
            phase,
            id,
            owner)
        == 1;
  }

  /** Ends a running job (DONE or FAILED with the error); one failed meanwhile keeps its error. */
  public void finish(
      UUID id,
      String status,
      String error,
      List<ReadModelRebuildJob.TopicProgress> topics,
      Instant now) {
    if (update(
            "status = ?1, error = ?2, finishedAt = ?3, topics = ?4 where id = ?5 and " + RUNNING,
            status,
            error,
            now,
            topics,
            id)
        == 0) {
      update("topics = ?1 where id = ?2", topics, id);
    }
  }

  /** The job, locked until the transaction ends (the switch holds it: nobody fails it then). */
  public ReadModelRebuildJob lock(UUID id) {
    return findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
  }

  /** Renews the lease of the job {@code owner} runs. */
  public long renewLeases(String owner, Instant now) {
    return update("heartbeatAt = ?1 where owner = ?2 and " + RUNNING, now, owner);
  }

  /**
   * The running job whose lease was last renewed before {@code before} (its instance stopped), or,
   * with {@code owner}, that instance's own: FAILED with {@code error}.
   */
  public long failLost(Instant before, String owner, String error, Instant now) {
    return update(
        "status = 'FAILED', error = ?1, finishedAt = ?2 where "
            + RUNNING
            + " and (heartbeatAt is null or heartbeatAt < ?3 or owner = ?4)",
        error,
        now,
        before,
        owner);
  }
}
