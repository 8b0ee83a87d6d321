package vn.plantrack.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.plantrack.platform.jobs.Instance;
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
  private static final Logger LOG = Logger.getLogger(ReadModelRebuildKeeper.class);
  static final String LOST =
      "the reporting-service instance running this rebuild stopped: start it again";

  private final ReadModelRebuildRepository jobs;
  private final ReadModelRebuild rebuild;
  private final Instance instance;
  private final JobLeases leases;

  public ReadModelRebuildKeeper(
      ReadModelRebuildRepository jobs,
      ReadModelRebuild rebuild,
      Instance instance,
      JobLeases leases) {
    this.jobs = jobs;
    this.rebuild = rebuild;
    this.instance = instance;
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
    long failed =
        QuarkusTransaction.requiringNew()
            .call(() -> jobs.failLost(Instant.EPOCH, instance.id(), LOST, Instant.now()));
    if (failed > 0) {
      LOG.warnf("the read model rebuild still running at shutdown was marked FAILED");
    }
  }
}
