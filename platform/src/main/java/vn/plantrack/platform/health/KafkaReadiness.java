package vn.plantrack.platform.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the broker answers, said without taking the service out of the load balancer: writes go
 * on into the outbox while Kafka is away (the relay delivers them when it is back), so readiness
 * stays UP and its {@code kafka} check carries {@code broker: UP|DOWN} (with the error). The gauge
 * {@code plantrack_broker_available} (1 or 0) says the same to alerting; it is refreshed every few
 * seconds ({@code plantrack.broker.probe-interval}), not at scrape time.
 *
 * <p>The Kafka connector's own readiness checks are switched off for the same reason (platform's
 * {@code health-readiness-enabled=false}): they would report every consumer channel DOWN while the
 * broker is away.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {
  private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final String bootstrapServers;
  private final Map<String, Object> kafkaConfig;
  private Admin admin;
  private long checkedAt;
  private volatile Probe last;

  /** One answer of the broker (or its absence). */
  record Probe(boolean available, int nodes, String error) {}

  public KafkaReadiness(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      MeterRegistry registry) {
    this.bootstrapServers = bootstrapServers;
    this.kafkaConfig = kafkaConfig;
    Gauge.builder("plantrack.broker.available", this, KafkaReadiness::availableNow)
        .description(
            "1 while the Kafka broker answers, 0 while it is away (events wait in the outbox)")
        .register(registry);
  }

  @Override
  public HealthCheckResponse call() {
    Probe probe = probe();
    var builder =
        HealthCheckResponse.named("kafka")
            .up()
            .withData("broker", probe.available() ? "UP" : "DOWN")
            .withData("bootstrap", bootstrapServers);
    if (probe.available()) {
      builder.withData("nodes", probe.nodes());
    } else {
      builder.withData("error", probe.error());
    }
    return builder.build();
  }

  private double availableNow() {
    Probe probe = last;
    return probe != null && probe.available() ? 1 : 0;
  }

  @Scheduled(
      every = "${plantrack.broker.probe-interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void refresh() {
    probe();
  }

  /** The last probe if it is fresh (2 s), otherwise a new one (2 s at most). */
  synchronized Probe probe() {
    if (last != null && System.nanoTime() - checkedAt < FRESH_NANOS) {
      return last;
    }
    Probe probe;
    try {
      int nodes =
          admin()
              .describeCluster(new DescribeClusterOptions().timeoutMs(1500))
              .nodes()
              .get(2, TimeUnit.SECONDS)
              .size();
      probe = new Probe(true, nodes, null);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      probe = new Probe(false, 0, e.getClass().getSimpleName());
    }
    last = probe;
    checkedAt = System.nanoTime();
    return probe;
  }

  private Admin admin() {
    if (admin == null) {
      Properties props = new Properties();
      props.putAll(kafkaConfig); // the service's SASL principal
      props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "1500");
      props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
      props.put(AdminClientConfig.CLIENT_ID_CONFIG, "plantrack-readiness");
      admin = Admin.create(props);
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close(java.time.Duration.ofSeconds(2));
    }
  }
}
