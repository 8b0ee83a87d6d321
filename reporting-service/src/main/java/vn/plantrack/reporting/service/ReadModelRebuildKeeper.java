package vn.plantrack.reporting.service;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import vn.plantrack.platform.jobs.JobLeases;
import vn.plantrack.platform.jobs.LeasedJobs;
import vn.plantrack.reporting.repository.ReadModelRebuildRepository;

/**
 * Keeps the read model's rebuild owned, with several instances on one database (as {@link
 * ExportJobKeeper} does export jobs): the instance running it renews its lease; a rebuild whose
 * instance died is failed by another one (its aside schema is dropped by the next rebuild), so a
 * crash never blocks rebuilds for good; a stopping instance stops its rebuild at the next step,
 * before the switch or after it, never within it.
 */
@ApplicationScoped
public class ReadModelRebuildKeeper implements LeasedJobs {
  static final String LOST =
      "the reporting-service instance running this rebuild stopped: start it again";

  private final ReadModelRebuildRepository jobs;
  private final ReadModelRebuild rebuild;
  private final JobLeases leases;

  public ReadModelRebuildKeeper(
      ReadModelRebuildRepository jobs, ReadModelRebuild rebuild, JobLeases leases) {
    this.jobs = jobs;
    this.rebuild = rebuild;
    this.leases = leases;
  }

  @Override
  public String what() {
    return "read model rebuild(s)";
  }

  @Override
  public void renewLeases(String owner, Instant now) {
    jobs.renewLeases(owner, now);
  }

  @Override
  public long failExpired(Instant expiredBefore, Instant now) {
    return jobs.failLost(expiredBefore, null, LOST, now);
  }

  void stop(@Observes ShutdownEvent stopped) {
    rebuild.stop();
    try {
      rebuild.awaitStopped(leases.drainTimeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // what is left is failed by JobHeartbeat
  }

  @Override
  public long failOwned(String owner, Instant now) {
    return jobs.failLost(Instant.EPOCH, owner, LOST, now);
  }
}
