package vn.plantrack.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.jobs.Instance;
import vn.plantrack.platform.jobs.JobHeartbeat;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.reporting.ExportJob;
import vn.plantrack.reporting.repository.ExportJobRepository;

/**
 * Export jobs with several instances on one database: bounded (a full queue refuses with 503 and
 * Retry-After, nothing started), recovered (a job whose instance stopped renewing its lease is
 * failed, never left RUNNING; a live instance's is left alone), cleaned (finished jobs deleted
 * after the retention).
 */
@QuarkusTest
@RealInfrastructure
class ExportJobKeeperTest {
  @Inject ExportJobKeeper keeper;
  @Inject JobHeartbeat heartbeat;
  @Inject ExportJobRepository jobs;
  @Inject EntityManager entityManager;
  @Inject Instance instance;

  private final List<UUID> created = new ArrayList<>();

  @AfterEach
  void removeJobs() {
    QuarkusTransaction.requiringNew().run(() -> created.forEach(jobs::deleteById));
  }

  @Test
  void aFullQueueRefusesWith503AndRetryAfter() {
    UUID report = report();
    long active =
        QuarkusTransaction.requiringNew().call(() -> jobs.count("status in ('QUEUED', 'RUNNING')"));
    for (long i = active; i < 10; i++) {
      job(report, "QUEUED", "other-instance/live", Instant.now());
    }
    ExportJob next = new ExportJob();
    assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> keeper.admit(next)))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.retryAfterSeconds()).isPositive();
            });
  }

  @Test
  void aJobWhoseInstanceStoppedIsFailedAndALiveOnesIsNot() {
    UUID report = report();
    UUID live = job(report, "RUNNING", "other-instance/live", Instant.now());
    UUID lost =
        job(report, "RUNNING", "other-instance/dead", Instant.now().minus(Duration.ofMinutes(10)));
    UUID mine = job(report, "QUEUED", instance.id(), Instant.now().minusSeconds(50));

    heartbeat.beat(keeper);

    assertThat(find(live).status).isEqualTo("RUNNING");
    assertThat(find(mine).status).isEqualTo("QUEUED");
    assertThat(find(mine).heartbeatAt).isAfter(Instant.now().minusSeconds(10));
    ExportJob failed = find(lost);
    assertThat(failed.status).isEqualTo("FAILED");
    assertThat(failed.error).contains("start it again");
    assertThat(failed.finishedAt).isNotNull();
  }

  @Test
  void finishedJobsAreDeletedAfterTheRetention() {
    UUID report = report();
    UUID old = job(report, "DONE", null, null);
    UUID recent = job(report, "DONE", null, null);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              jobs.findById(old).finishedAt = Instant.now().minus(Duration.ofDays(8));
              jobs.findById(recent).finishedAt = Instant.now().minus(Duration.ofDays(1));
            });

    keeper.purge();

    assertThat(find(old)).isNull();
    assertThat(find(recent)).isNotNull();
  }

  private ExportJob find(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> jobs.findById(id));
  }

  private UUID job(UUID report, String status, String owner, Instant heartbeat) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              ExportJob job = new ExportJob();
              job.id = UUID.randomUUID();
              job.province = "KT";
              job.reportId = report;
              job.format = "XLSX";
              job.status = status;
              job.owner = owner;
              job.heartbeatAt = heartbeat;
              job.createdAt = Instant.now();
              job.createdBy = "kt.coordinator";
              jobs.persist(job);
              created.add(job.id);
              return job.id;
            });
  }

  /** A consolidated report for the jobs to belong to. */
  private UUID report() {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "insert into consolidated_report (id, province, plan_id, period, status,"
                            + " number, content, built_at, created_at, created_by, updated_at,"
                            + " updated_by) values (:id, 'KT', :plan, '2025', 'DRAFT', 1,"
                            + " cast('{}' as jsonb), now(), now(), 'test', now(), 'test')")
                    .setParameter("id", id)
                    .setParameter("plan", UUID.randomUUID())
                    .executeUpdate());
    return id;
  }
}
