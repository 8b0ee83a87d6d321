package vn.plantrack.reporting.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.plantrack.reporting.repository.ReadModelPositionRepository;

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

  private final ReadModelPositionRepository positions;
  private final Map<String, double[]> values = new ConcurrentHashMap<>();

  public ReadModelLag(ReadModelPositionRepository positions, MeterRegistry registry) {
    this.positions = positions;
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
  public void refresh() {
    List<ReadModelPositionRepository.Lag> lags =
        QuarkusTransaction.requiringNew().call(positions::lags);
    for (ReadModelPositionRepository.Lag lag : lags) {
      double[] v = values.get(lag.topic());
      if (v != null) {
        v[0] = lag.lagSeconds();
        v[1] = lag.ageSeconds();
      }
    }
  }

  /** The current values, topic → [lag, age] (for the API and tests). */
  public Map<String, double[]> current() {
    refresh();
    return Map.copyOf(values);
  }
}
