package vn.plantrack.plan.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.PlanImport;
import vn.plantrack.plan.repository.PlanImportRepository;
import vn.plantrack.platform.jobs.Instance;
import vn.plantrack.platform.jobs.JobHeartbeat;
import vn.plantrack.platform.test.RealInfrastructure;

/**
 * Two plan-service instances on one database: an instance fails only the import jobs whose lease
 * expired (their instance stopped renewing it), never another live instance's, and renews its own;
 * stopping, it fails the jobs it still runs.
 */
@QuarkusTest
@RealInfrastructure
class PlanImportJobLeaseTest {
  @Inject PlanImportJobs jobs;
  @Inject PlanImportRepository imports;
  @Inject Instance instance;
  @Inject JobHeartbeat heartbeat;

  @Test
  void onlyJobsWhoseInstanceStoppedRenewingAreFailed() {
    Instant now = Instant.now();
    UUID othersLive = reading("other-instance/live", now.minusSeconds(5));
    UUID othersDead = reading("other-instance/dead", now.minus(Duration.ofMinutes(10)));
    UUID beforeLeases = reading(null, null);
    UUID mine = reading(instance.id(), now.minus(Duration.ofSeconds(50)));

    long failed = heartbeat.beat(jobs);

    assertThat(failed).isGreaterThanOrEqualTo(2);
    assertThat(status(othersLive)).as("another live instance's job").isEqualTo(PlanImport.READING);
    assertThat(status(othersDead)).isEqualTo(PlanImport.FAILED);
    assertThat(status(beforeLeases)).isEqualTo(PlanImport.FAILED);
    assertThat(status(mine)).isEqualTo(PlanImport.READING);
    PlanImport renewed = QuarkusTransaction.requiringNew().call(() -> imports.findById(mine));
    assertThat(renewed.heartbeatAt).isAfterOrEqualTo(now);
    PlanImport dead = QuarkusTransaction.requiringNew().call(() -> imports.findById(othersDead));
    assertThat(dead.failure.status()).isEqualTo(503);
    assertThat(dead.failure.detail()).contains("import it again");
  }

  /** A stopping instance fails the jobs it still runs, and only its own. */
  @Test
  void atShutdownTheJobsThisInstanceStillRunsAreFailed() {
    Instant now = Instant.now();
    UUID mine = reading(instance.id(), now);
    UUID othersLive = reading("other-instance/live-at-shutdown", now);

    assertThat(heartbeat.failLeftBehind(jobs)).isGreaterThanOrEqualTo(1);

    assertThat(status(mine)).isEqualTo(PlanImport.FAILED);
    assertThat(status(othersLive)).as("another live instance's job").isEqualTo(PlanImport.READING);
    PlanImport failed = QuarkusTransaction.requiringNew().call(() -> imports.findById(mine));
    assertThat(failed.failure.detail()).contains("import it again");
  }

  private UUID reading(String owner, Instant heartbeat) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              PlanImport job = new PlanImport();
              job.id = UUID.randomUUID();
              job.province = "KT";
              job.status = PlanImport.READING;
              job.stage = "READING_DOCUMENT";
              job.progress = 10;
              job.owner = owner;
              job.heartbeatAt = heartbeat;
              job.createdAt = Instant.now();
              job.createdBy = "kt.coordinator";
              imports.persist(job);
              return job.id;
            });
  }

  private String status(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> imports.findById(id).status);
  }
}
