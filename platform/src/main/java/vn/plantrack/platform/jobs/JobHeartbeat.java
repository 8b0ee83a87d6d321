package vn.plantrack.platform.jobs;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The heartbeat of every job table of a service ({@link LeasedJobs}): at start-up and every {@code
 * plantrack.jobs.heartbeat}, in its own transaction per table, this instance renews the leases of
 * the jobs it runs, and the jobs whose lease expired (their instance stopped) are failed; at
 * shutdown the jobs it still runs are failed. One schedule for all; each service keeps its table
 * and what "failed" means for it.
 */
@ApplicationScoped
public class JobHeartbeat {
  private static final Logger LOG = Logger.getLogger(JobHeartbeat.class);

  private final Instance instance;
  private final JobLeases leases;
  private final List<LeasedJobs> tables;

  public JobHeartbeat(Instance instance, JobLeases leases, @All List<LeasedJobs> tables) {
    this.instance = instance;
    this.leases = leases;
    this.tables = tables;
  }

  @Scheduled(
      every = "${plantrack.jobs.heartbeat:10s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    tables.forEach(this::beat);
  }

  void started(@Observes StartupEvent started) {
    tables.forEach(this::beat);
  }

  /**
   * After every table's keeper drained its own workers at shutdown (their observers run at the
   * default priority, before this one), the jobs this instance still runs are failed.
   */
  void stopping(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) ShutdownEvent stopping) {
    tables.forEach(this::failLeftBehind);
  }

  /** One heartbeat of one table; how many jobs of stopped instances it failed. */
  public long beat(LeasedJobs jobs) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Instant now = Instant.now();
              jobs.renewLeases(instance.id(), now);
              long failed = jobs.failExpired(now.minus(leases.lease()), now);
              if (failed > 0) {
                LOG.warnf(
                    "%d %s of a stopped instance marked FAILED (lease expired)",
                    failed, jobs.what());
              }
              return failed;
            });
  }

  /**
   * The jobs of one table this instance still runs, failed now (at shutdown) rather than when their
   * lease expires; how many.
   */
  public long failLeftBehind(LeasedJobs jobs) {
    long failed =
        QuarkusTransaction.requiringNew().call(() -> jobs.failOwned(instance.id(), Instant.now()));
    if (failed > 0) {
      LOG.warnf("%d %s still running at shutdown marked FAILED", failed, jobs.what());
    }
    return failed;
  }
}
