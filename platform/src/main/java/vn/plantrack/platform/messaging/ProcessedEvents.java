package vn.plantrack.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotent consumer: records that a consumer applied an event, in the same transaction as the
 * effect. A redelivered or replayed event is recognised and skipped; if the effect rolls back, so
 * does the record.
 */
@ApplicationScoped
public class ProcessedEvents {
  private final EntityManager entityManager;

  public ProcessedEvents(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** True the first time {@code consumer} sees {@code eventId}; false for every later delivery. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(String consumer, String eventId) {
    int inserted =
        entityManager
            .createNativeQuery(
                "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
            .setParameter(1, consumer)
            .setParameter(2, eventId)
            .executeUpdate();
    return inserted == 1;
  }
}
