package vn.plantrack.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The read model's position per topic ({@code read_model_position}): how far behind it is. */
@ApplicationScoped
public class ReadModelPositionRepository {
  private final EntityManager entityManager;

  public ReadModelPositionRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Per topic: seconds between the newest event applied and its application (lag), and the age of
   * that event now.
   */
  public record Lag(String topic, double lagSeconds, double ageSeconds) {}

  @SuppressWarnings("unchecked")
  public List<Lag> lags() {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select topic, extract(epoch from applied_at - event_time),"
                    + " extract(epoch from now() - event_time) from read_model_position")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Lag(
                    (String) r[0], ((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue()))
        .toList();
  }
}
