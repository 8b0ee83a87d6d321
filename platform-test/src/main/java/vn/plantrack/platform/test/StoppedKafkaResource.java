package vn.plantrack.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.plantrack.infra.KafkaBroker;
import vn.plantrack.infra.Ports;

/**
 * Reserves a Kafka address without a broker serving there, so that a test can start, stop and
 * restart the broker itself ({@code KafkaBroker.on(port, controllerPort, dir)}) and watch the
 * service ride out the outage. The test must stop the broker it started.
 *
 * <p>The folder is prepared (storage formatted, users and ACLs set, on a spare port): the broker
 * the test starts admits the service's consumers from its first moment.
 */
public class StoppedKafkaResource implements QuarkusTestResourceLifecycleManager {
  public static final String CONTROLLER_PORT = "plantrack.test.kafka.controller-port";
  public static final String DIRECTORY = "plantrack.test.kafka.dir";

  private Optional<Path> directory = Optional.empty();

  @Override
  public Map<String, String> start() {
    try {
      int[] ports = Ports.free(2);
      int port = ports[0];
      int controllerPort = ports[1];
      Path dir = Files.createTempDirectory("plantrack-kafka-outage");
      directory = Optional.of(dir);
      KafkaBroker broker = KafkaBroker.on(port, controllerPort, dir).prepare();
      Map<String, String> config =
          new HashMap<>(KafkaResource.config("127.0.0.1:" + port, broker.credentials()));
      config.put(CONTROLLER_PORT, Integer.toString(controllerPort));
      config.put(DIRECTORY, dir.toString());
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test stops its broker; the reserved directory is removed here. */
  @Override
  public void stop() {
    directory.ifPresent(KafkaBroker::deleteRecursively);
  }
}
