package vn.plantrack.reporting.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read model's lag behind the owners, as metrics per topic: {@code
 * plantrack_reporting_read_model_lag_seconds} (how long after it happened the newest event was
 * applied) and {@code plantrack_reporting_read_model_age_seconds} (how old the newest event applied
 * is: grows when an owner is quiet, or when the consumer is stuck). Refreshed every 10 seconds.
 */
@ApplicationScoped
public class ReadModelLag {
  private static final List<String> TOPICS =
      List.of(
          "plantrack.organizations", "plantrack.plans", "plantrack.tasks", "plantrack.indicators");

  private final EntityManager entityManager;
  private final Map<String, double[]> values = new ConcurrentHashMap<>();

  public ReadModelLag(EntityManager entityManager, MeterRegistry registry) {
    this.entityManager = entityManager;
    for (String topic : TOPICS) {
      double[] v = values.computeIfAbsent(topic, t -> new double[] {Double.NaN, Double.NaN});
      Gauge.builder("plantrack.reporting.read_model.lag", v, a -> a[0])
          .tag("topic", topic)
          .baseUnit("seconds")
          .description("seconds between an event and its application to the read model")
          .register(registry);
      Gauge.builder("plantrack.reporting.read_model.age", v, a -> a[1])
          .tag("topic", topic)
          .baseUnit("seconds")
          .description("age of the newest event applied to the read model")
          .register(registry);
    }
  }

  @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @SuppressWarnings("unchecked")
  public void refresh() {
    List<Object[]> rows =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    entityManager
                        .createNativeQuery(
                            "select topic, extract(epoch from applied_at - event_time),"
                                + " extract(epoch from now() - event_time) from read_model_position")
                        .getResultList());
    for (Object[] r : rows) {
      double[] v = values.get((String) r[0]);
      if (v != null) {
        v[0] = ((Number) r[1]).doubleValue();
        v[1] = ((Number) r[2]).doubleValue();
      }
    }
  }

  /** The current values, topic → [lag, age] (for the API and tests). */
  public Map<String, double[]> current() {
    refresh();
    return Map.copyOf(values);
  }
}
