package vn.plantrack.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * One heartbeat of a service's job table ({@link JobLeases}): in its own transaction, this instance
 * renews the leases of the jobs it runs, and the jobs whose lease expired (their instance stopped)
 * are failed. Each service keeps its schedule and its table; the heartbeat is the same.
 */
@ApplicationScoped
public class JobHeartbeat {
  private static final Logger LOG = Logger.getLogger(JobHeartbeat.class);

  /** Fails a service's jobs whose lease was last renewed before {@code expiredBefore}; how many. */
  @FunctionalInterface
  public interface FailExpired {
    long fail(Instant expiredBefore, Instant now);
  }

  private final Instance instance;
  private final JobLeases leases;

  public JobHeartbeat(Instance instance, JobLeases leases) {
    this.instance = instance;
    this.leases = leases;
  }

  /**
   * Renews this instance's leases ({@code renew}: owner, now) and fails the jobs of stopped
   * instances; how many it failed. {@code what}: the jobs, for the log ("plan import job(s)").
   */
  public long beat(String what, BiConsumer<String, Instant> renew, FailExpired failExpired) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Instant now = Instant.now();
              renew.accept(instance.id(), now);
              long failed = failExpired.fail(now.minus(leases.lease()), now);
              if (failed > 0) {
                LOG.warnf(
                    "%d %s of a stopped instance marked FAILED (lease expired)", failed, what);
              }
              return failed;
            });
  }
}
