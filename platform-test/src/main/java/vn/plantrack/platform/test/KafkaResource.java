package vn.plantrack.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.plantrack.infra.KafkaBroker;

/** A real Kafka broker (its own JVM) for a service's tests. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {
  private KafkaBroker broker;

  @Override
  public Map<String, String> start() {
    broker = KafkaBroker.startEphemeral();
    return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
  }

  @Override
  public void stop() {
    if (broker != null) {
      broker.close();
    }
  }
}
