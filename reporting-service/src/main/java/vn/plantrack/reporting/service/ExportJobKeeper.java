package vn.plantrack.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.plantrack.platform.jobs.Instance;
import vn.plantrack.platform.jobs.JobLeases;
import vn.plantrack.platform.jobs.LeasedJobs;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.reporting.ExportJob;
import vn.plantrack.reporting.repository.ExportJobRepository;

/**
 * Keeps export jobs bounded, owned and cleaned, with several instances on one database: at most
 * {@code plantrack.reporting.exports.max-active} jobs queued or running in all (beyond: 503 with
 * Retry-After, nothing started); each job belongs to the instance running it, which renews its
 * lease ({@link JobLeases}); a job whose instance died is failed by another one ("start the export
 * again"), never left RUNNING; a stopping instance waits for its jobs within the drain timeout and
 * fails what is left; finished jobs and their files are deleted after {@code
 * plantrack.reporting.exports.retention}.
 */
@ApplicationScoped
public class ExportJobKeeper implements LeasedJobs {
  static final String LOST =
      "the reporting-service instance running this export stopped: start it again";

  private final ExportJobRepository jobs;
  private final Instance instance;
  private final JobLeases leases;
  private final int maxActive;
  private final Duration retention;

  public ExportJobKeeper(
      ExportJobRepository jobs,
      Instance instance,
      JobLeases leases,
      @ConfigProperty(name = "plantrack.reporting.exports.max-active", defaultValue = "10")
          int maxActive,
      @ConfigProperty(name = "plantrack.reporting.exports.retention", defaultValue = "7d")
          Duration retention) {
    this.jobs = jobs;
    this.instance = instance;
    this.leases = leases;
    this.maxActive = maxActive;
    this.retention = retention;
  }

  /** Takes a new job on this instance, or refuses it (503) when the queue is full. */
  @Transactional(Transactional.TxType.MANDATORY)
  void admit(ExportJob job) {
    if (jobs.countActiveLocked() >= maxActive) {
      throw ProblemException.busy(
          maxActive + " exports are queued or running: try again in a minute", 30);
    }
    job.owner = instance.id();
    job.heartbeatAt = Instant.now();
  }

  @Override
  public String what() {
    return "export job(s)";
  }

  @Override
  public void renewLeases(String owner, Instant now) {
    jobs.renewLeases(owner, now);
  }

  @Override
  public long failExpired(Instant expiredBefore, Instant now) {
    return jobs.failLost(expiredBefore, null, LOST, now);
  }

  /** Deletes finished jobs (and their files) older than the retention. */
  @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledPurge() {
    purge();
  }

  public long purge() {
    return QuarkusTransaction.requiringNew()
        .call(() -> jobs.deleteFinishedBefore(Instant.now().minus(retention)));
  }

  /** Waits for this instance's jobs within the drain timeout (JobHeartbeat fails what is left). */
  void stop(@Observes ShutdownEvent stopped) {
    long deadline = System.nanoTime() + leases.drainTimeout().toNanos();
    try {
      while (System.nanoTime() < deadline
          && QuarkusTransaction.requiringNew().call(() -> jobs.countActiveOf(instance.id())) > 0) {
        Thread.sleep(200);
      }
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
