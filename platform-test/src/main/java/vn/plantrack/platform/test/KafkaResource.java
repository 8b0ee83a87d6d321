package vn.plantrack.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import vn.plantrack.infra.KafkaBroker;
import vn.plantrack.infra.KafkaCredentials;

/**
 * A real Kafka broker (its own JVM, SASL and ACLs as in production) for a service's tests. The
 * service connects as its own principal ({@code plantrack.kafka.username}): the platform's test
 * profile takes its password from {@link #PASSWORD_PREFIX}{@code <principal>}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {
  /** Prefix of the properties holding each principal's password (admin's for TopicReader). */
  public static final String PASSWORD_PREFIX = "plantrack.test.kafka.password.";

  private KafkaBroker broker;

  @Override
  public Map<String, String> start() {
    broker = KafkaBroker.startEphemeral();
    return config(broker.bootstrapServers(), broker.credentials());
  }

  static Map<String, String> config(String bootstrapServers, KafkaCredentials credentials) {
    Map<String, String> config = new HashMap<>();
    config.put("kafka.bootstrap.servers", bootstrapServers);
    credentials
        .passwords()
        .forEach((principal, password) -> config.put(PASSWORD_PREFIX + principal, password));
    return config;
  }

  @Override
  public void stop() {
    if (broker != null) {
      broker.close();
    }
  }
}
