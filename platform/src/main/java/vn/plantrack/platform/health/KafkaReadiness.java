package vn.plantrack.platform.health;

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
 * Readiness says whether the broker answers. A service with Kafka down still serves requests
 * (events wait in the outbox), but operators and the gateway must see that events are not flowing.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {
  private static final long CACHE_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final String bootstrapServers;
  private final Map<String, Object> kafkaConfig;
  private Admin admin;
  private long checkedAt;
  private HealthCheckResponse last;

  public KafkaReadiness(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    this.bootstrapServers = bootstrapServers;
    this.kafkaConfig = kafkaConfig;
  }

  @Override
  public synchronized HealthCheckResponse call() {
    if (last != null && System.nanoTime() - checkedAt < CACHE_NANOS) {
      return last;
    }
    try {
      int nodes =
          admin()
              .describeCluster(new DescribeClusterOptions().timeoutMs(1500))
              .nodes()
              .get(2, TimeUnit.SECONDS)
              .size();
      last =
          HealthCheckResponse.named("kafka")
              .up()
              .withData("bootstrap", bootstrapServers)
              .withData("nodes", nodes)
              .build();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      last =
          HealthCheckResponse.named("kafka")
              .down()
              .withData("bootstrap", bootstrapServers)
              .withData("error", e.getClass().getSimpleName())
              .build();
    }
    checkedAt = System.nanoTime();
    return last;
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
