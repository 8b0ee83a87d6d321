package vn.plantrack.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Records older than 24 h are no longer honoured; deleting them keeps the table small. */
@ApplicationScoped
public class IdempotencyPurge {
  private final EntityManager entityManager;

  public IdempotencyPurge(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purge() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createQuery("delete from IdempotencyRecord r where r.createdAt < :before")
                    .setParameter("before", Instant.now().minus(IdempotencyInterceptor.KEPT))
                    .executeUpdate());
  }
}
