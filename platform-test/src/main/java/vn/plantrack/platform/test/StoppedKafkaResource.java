package vn.plantrack.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import vn.plantrack.infra.KafkaBroker;
import vn.plantrack.infra.Ports;

/**
 * Reserves a Kafka address without starting a broker there, so that a test can start, stop and
 * restart the broker itself ({@code KafkaBroker.on(port, controllerPort, dir)}) and watch the
 * service ride out the outage. The test must stop the broker it started.
 */
public class StoppedKafkaResource implements QuarkusTestResourceLifecycleManager {
  public static final String CONTROLLER_PORT = "plantrack.test.kafka.controller-port";
  public static final String DIRECTORY = "plantrack.test.kafka.dir";

  @Override
  public Map<String, String> start() {
    try {
      int port = Ports.free();
      return Map.of(
          "kafka.bootstrap.servers",
          "127.0.0.1:" + port,
          CONTROLLER_PORT,
          Integer.toString(Ports.free()),
          DIRECTORY,
          Files.createTempDirectory("plantrack-kafka-outage").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test stops its broker; the reserved directory is removed here. */
  @Override
  public void stop() {
    directory.ifPresent(KafkaBroker::deleteRecursively);
  }

  private java.util.Optional<java.nio.file.Path> directory = java.util.Optional.empty();
}
