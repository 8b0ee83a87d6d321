package vn.plantrack.plan.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.documents.DocumentText;
import vn.plantrack.plan.repository.PlanImportRepository;
import vn.plantrack.platform.jobs.Instance;
import vn.plantrack.platform.jobs.JobLeases;
import vn.plantrack.platform.jobs.LeasedJobs;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.CallerContext;

/**
 * Long imports as jobs: the import is READING (with its stage and percentage) while a worker reads
 * it as the caller who sent it, then DRAFT with its result, or FAILED with the problem a direct
 * import would have answered. Two workers and twenty waiting jobs at most; beyond that the caller
 * is told to come back (503 with Retry-After), nothing is queued unboundedly.
 *
 * <p>With several instances on one database, a job belongs to the instance reading it, which renews
 * its lease ({@link JobLeases}); any instance fails the jobs whose lease expired (their instance
 * died: the document is not kept, so it is imported again), never a live one's. Stopping, an
 * instance takes no new job and lets the running ones finish within the drain timeout; what is left
 * then is failed at once rather than left to expire.
 */
@ApplicationScoped
public class PlanImportJobs implements LeasedJobs {
  private static final Logger LOG = Logger.getLogger(PlanImportJobs.class);
  private static final PlanImport.Failure LOST =
      new PlanImport.Failure(
          503,
          "Interrupted",
          "the plan-service instance reading this document stopped: import it again",
          List.of());

  private final PlanImports imports;
  private final PlanImportRepository records;
  private final CallerContext callers;
  private final Instance instance;
  private final JobLeases leases;
  private final ExecutorService workers =
      new ThreadPoolExecutor(
          2,
          2,
          60,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(20),
          runnable -> {
            Thread thread = new Thread(runnable, "plan-import-job");
            thread.setDaemon(true);
            return thread;
          });

  public PlanImportJobs(
      PlanImports imports,
      PlanImportRepository records,
      CallerContext callers,
      Instance instance,
      JobLeases leases) {
    this.imports = imports;
    this.records = records;
    this.callers = callers;
    this.instance = instance;
    this.leases = leases;
  }

  /** Starts reading a document; the returned import is READING. */
  public PlanImport submit(
      String text, String format, String number, String province, SecurityIdentity identity) {
    return submit(() -> DocumentText.plain(format, text), format, number, province, identity);
  }

  /**
   * Starts reading a file; {@code document} converts it (Word, PDF, OCR of scans) on the worker,
   * outside any transaction; its problems (415, 413, 422) end the job FAILED with them.
   */
  public PlanImport submit(
      Supplier<DocumentText> document,
      String format,
      String number,
      String province,
      SecurityIdentity identity) {
    PlanImport job = imports.startJob(format, province, instance.id());
    UUID id = job.id;
    CallerContext.Captured caller = callers.capture(identity);
    try {
      workers.execute(() -> callers.run(caller, () -> run(id, document, number)));
    } catch (RejectedExecutionException e) {
      imports.failJob(
          id,
          new PlanImport.Failure(503, "Busy", "too many imports at once: try again", List.of()));
      throw ProblemException.busy("too many imports are being read: try again in a minute", 60);
    }
    return job;
  }

  private void run(UUID id, Supplier<DocumentText> document, String number) {
    try {
      imports.progress(id, "CONVERTING", 2);
      DocumentText text = document.get();
      imports.runJob(id, text, number, (stage, percent) -> imports.progress(id, stage, percent));
    } catch (ProblemException e) {
      imports.failJob(
          id, new PlanImport.Failure(e.status(), e.title(), e.getMessage(), e.errors()));
    } catch (RuntimeException | Error e) {
      // The job's boundary: whatever went wrong, the import must not stay READING.
      LOG.errorf(e, "plan import job %s failed", id);
      imports.failJob(
          id,
          new PlanImport.Failure(
              500, "Internal error", "the document could not be read: see the logs", List.of()));
    }
  }

  @Override
  public String what() {
    return "plan import job(s)";
  }

  @Override
  public void renewLeases(String owner, Instant now) {
    records.renewLeases(owner, now);
  }

  @Override
  public long failExpired(Instant expiredBefore, Instant now) {
    return records.failExpired(expiredBefore, LOST);
  }

  @Override
  public long failOwned(String owner, Instant now) {
    return records.failOwned(owner, LOST);
  }

  void stop(@Observes ShutdownEvent stopped) {
    workers.shutdown();
    try {
      if (workers.awaitTermination(leases.drainTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow(); // what is left is failed by JobHeartbeat
  }
}
