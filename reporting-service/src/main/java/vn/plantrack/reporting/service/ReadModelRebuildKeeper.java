package vn.plantrack.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.plantrack.platform.jobs.Instance;
import vn.plantrack.platform.jobs.JobHeartbeat;
import vn.plantrack.platform.jobs.JobLeases;
import vn.plantrack.reporting.repository.ReadModelRebuildRepository;

/**
 * Keeps the read model's rebuild owned, with several instances on one database (as {@link
 * ExportJobKeeper} does export jobs): the instance running it renews its lease; a rebuild whose
 * instance died is failed by another one (its aside schema is dropped by the next rebuild), so a
 * crash never blocks rebuilds for good; a stopping instance stops its rebuild at the next step,
 * before the switch or after it, never within it.
 */
@ApplicationScoped
public class ReadModelRebuildKeeper {
  private static final Logger LOG = Logger.getLogger(ReadModelRebuildKeeper.class);
  static final String LOST =
      "the reporting-service instance running this rebuild stopped: start it again";

  private final ReadModelRebuildRepository jobs;
  private final ReadModelRebuild rebuild;
  private final Instance instance;
  private final JobLeases leases;
  private final JobHeartbeat heartbeat;

  public ReadModelRebuildKeeper(
      ReadModelRebuildRepository jobs,
      ReadModelRebuild rebuild,
      Instance instance,
      JobLeases leases,
      JobHeartbeat heartbeat) {
    this.jobs = jobs;
    this.rebuild = rebuild;
    this.instance = instance;
    this.leases = leases;
    this.heartbeat = heartbeat;
  }

  @Scheduled(
      every = "${plantrack.jobs.heartbeat:10s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledKeepLeases() {
    keepLeases();
  }

  /** Renews this instance's lease and fails a rebuild whose instance stopped renewing its own. */
  public long keepLeases() {
    return heartbeat.beat(
        "read model rebuild(s)",
        jobs::renewLeases,
        (expired, now) -> jobs.failLost(expired, null, LOST, now));
  }

  void started(@Observes StartupEvent started) {
    keepLeases();
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
