package vn.plantrack.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * A real single-node Kafka (KRaft) broker running in its own JVM from the Kafka jars that the build
 * copies to {@code deploy/infra/target/kafka-libs}.
 *
 * <p>A separate process rather than an in-JVM test kit so that tests can stop and restart the
 * broker on the same port and log directory, exactly what an outage looks like to a service.
 *
 * <p>Secured as production is: clients authenticate with SASL/SCRAM-SHA-512 and may do only what
 * the access table ({@link KafkaAccess}) grants. The passwords ({@link KafkaCredentials}) are
 * generated into the broker's folder; the broker's and admin's SCRAM users are written when the
 * storage is formatted (so that they exist before the broker serves anyone), and the services'
 * users, the topics and the ACLs are set through the Admin API as admin after every start (so that
 * a changed table takes effect on the next start).
 */
public final class KafkaBroker implements AutoCloseable {
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

  private final int port;
  private final int controllerPort;
  private final Path directory;
  private final boolean ephemeral;
  private Process process;

  private KafkaBroker(int port, int controllerPort, Path directory, boolean ephemeral) {
    this.port = port;
    this.controllerPort = controllerPort;
    this.directory = directory;
    this.ephemeral = ephemeral;
  }

  /** A broker (not yet started) on the port, keeping its data under the directory. */
  public static KafkaBroker on(int port, int controllerPort, Path directory) {
    return new KafkaBroker(port, controllerPort, directory, false);
  }

  /** A started broker on free ports with a fresh temporary directory. */
  public static KafkaBroker startEphemeral() {
    try {
      int[] ports = Ports.free(2);
      return new KafkaBroker(ports[0], ports[1], Files.createTempDirectory("plantrack-kafka"), true)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** The passwords of this broker's principals (kept in its folder). */
  public KafkaCredentials credentials() {
    return KafkaCredentials.in(directory);
  }

  /** Bootstrap servers and SASL settings of a client connecting as the principal. */
  public Map<String, Object> clientProperties(String principal) {
    Map<String, Object> props = new HashMap<>(credentials().clientProperties(principal));
    props.put("bootstrap.servers", bootstrapServers());
    return props;
  }

  /** The broker process id, or -1 when it is not running. */
  public synchronized long pid() {
    return running() ? process.pid() : -1;
  }

  public synchronized boolean running() {
    return process != null && process.isAlive();
  }

  /**
   * Starts the broker (formatting its storage the first time) and waits until it serves requests.
   */
  public synchronized KafkaBroker start() {
    if (running()) {
      return this;
    }
    try {
      Files.createDirectories(directory);
      Path logDir = directory.resolve("data");
      if (Files.exists(logDir.resolve("meta.properties")) && !KafkaCredentials.existIn(directory)) {
        // Formatted before the broker had users (a local stack's folder from an earlier version):
        // its metadata has no admin to set the others up with, so it starts afresh.
        System.out.println("Kafka storage without SASL users: formatted afresh");
        deleteRecursively(logDir);
      }
      KafkaCredentials credentials = KafkaCredentials.in(directory);
      Path config = writeConfig(credentials);
      if (!Files.exists(logDir.resolve("meta.properties"))) {
        format(config, credentials);
      }
      Path log = directory.resolve("broker.log");
      Files.deleteIfExists(log);
      process =
          new ProcessBuilder(java("-Xmx512m", "kafka.Kafka", config.toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      awaitStarted(log);
      applyAccessTable(credentials);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("Kafka did not start on port " + port, e);
    }
  }

  /**
   * Formats the storage and applies the access table with the client listener on a spare port, then
   * stops: the next {@link #start()} serves with every user and ACL in place from its first moment.
   * For tests whose service is already trying to connect when they start the broker (a consumer
   * that got in before its ACLs existed would fail instead of waiting).
   */
  public KafkaBroker prepare() {
    int spareClientPort = Ports.free();
    while (spareClientPort == controllerPort || spareClientPort == port) {
      spareClientPort = Ports.free();
    }
    KafkaBroker spare = new KafkaBroker(spareClientPort, controllerPort, directory, false);
    spare.start();
    spare.stop();
    return this;
  }

  /**
   * Stops the broker gracefully (as an operator would); the data stays for the next {@link
   * #start()}.
   */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** Stops the broker; an ephemeral broker's data is deleted too. */
  @Override
  public void close() {
    stop();
    if (ephemeral) {
      deleteRecursively(directory);
    }
  }

  public static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Leftovers in the temp folder are harmless; the broker is stopped either way.
    }
  }

  /** Topics, the services' users and the ACLs, as admin (see {@link KafkaAccess#apply}). */
  private void applyAccessTable(KafkaCredentials credentials) {
    Map<String, Object> props = clientProperties(KafkaAccess.ADMIN);
    props.put("client.id", "plantrack-kafka-setup");
    props.put("default.api.timeout.ms", "30000");
    try (Admin admin = Admin.create(props)) {
      KafkaAccess table = KafkaAccess.table();
      table.apply(admin, credentials.passwords());
      for (KafkaAccess.Principal principal : table.principals()) {
        KafkaAccess.awaitAuthenticates(principal.name(), clientProperties(principal.name()));
      }
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  private Path writeConfig(KafkaCredentials credentials) throws IOException {
    String template = resource("/kafka/server.properties");
    String config =
        template
            .replace("@PORT@", Integer.toString(port))
            .replace("@CONTROLLER_PORT@", Integer.toString(controllerPort))
            .replace("@LOG_DIR@", directory.resolve("data").toString())
            .replace("@BROKER_PASSWORD@", credentials.password(KafkaAccess.BROKER));
    Path file = directory.resolve("server.properties");
    Files.deleteIfExists(file);
    Files.createFile(file);
    try {
      // It holds the broker's password.
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
    Files.writeString(file, config, StandardCharsets.UTF_8);
    Files.writeString(
        directory.resolve("log4j2.properties"),
        resource("/kafka/log4j2.properties"),
        StandardCharsets.UTF_8);
    return file;
  }

  private void format(Path config, KafkaCredentials credentials) throws IOException {
    // Base64url can start with '-', which the tool's argument parser reads as an option (1 run in
    // 64 failed that way): draw again, as Kafka's own Uuid.randomUuid() does.
    String clusterId;
    do {
      byte[] bytes = new byte[16];
      new SecureRandom().nextBytes(bytes);
      clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } while (clusterId.startsWith("-"));
    Path log = directory.resolve("format.log");
    Process format =
        new ProcessBuilder(
                java(
                    "-Xmx256m",
                    "kafka.tools.StorageTool",
                    "format",
                    "-t",
                    clusterId,
                    "-c",
                    config.toString(),
                    "--add-scram",
                    scram(KafkaAccess.BROKER, credentials),
                    "--add-scram",
                    scram(KafkaAccess.ADMIN, credentials)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
        format.destroyForcibly();
        throw new IllegalStateException(
            "formatting Kafka storage failed: " + Files.readString(log, StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String scram(String principal, KafkaCredentials credentials) {
    return "SCRAM-SHA-512=[name="
        + principal
        + ",iterations="
        + KafkaAccess.SCRAM_ITERATIONS
        + ",password="
        + credentials.password(principal)
        + "]";
  }

  private void awaitStarted(Path log) throws IOException {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Kafka exited with " + process.exitValue() + ": " + tail(log));
      }
      if (Files.exists(log)
          && Files.readString(log, StandardCharsets.UTF_8).contains("Kafka Server started")
          && Ports.open(port)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        stop();
        throw new IllegalStateException(
            "Kafka did not start within " + STARTUP_TIMEOUT + ": " + tail(log));
      }
      Ports.sleep(100);
    }
  }

  private List<String> java(String heap, String mainClass, String... args) {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                javaBin,
                heap,
                "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"),
                "-cp",
                libs().resolve("*").toString(),
                mainClass));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Where the build put the Kafka jars: {@code -Dplantrack.kafka.libs}, else under the project
   * root.
   */
  static Path libs() {
    String explicit =
        System.getProperty("plantrack.kafka.libs", System.getenv("PLANTRACK_KAFKA_LIBS"));
    Path libs =
        explicit != null
            ? Path.of(explicit)
            : ProjectRoot.find().resolve("deploy/infra/target/kafka-libs");
    if (!Files.isDirectory(libs)) {
      throw new IllegalStateException(
          "Kafka jars not found at "
              + libs
              + ": build deploy/infra first (./mvnw -pl deploy/infra package)");
    }
    return libs;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = KafkaBroker.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String tail(Path log) {
    try {
      String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * The local stack's broker: {@code KafkaBroker <port> <controller-port> <dir>}. Runs until
   * killed; the shutdown hook stops the broker process.
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: KafkaBroker <port> <controller-port> <directory>");
      System.exit(2);
    }
    KafkaBroker broker =
        on(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2])).start();
    Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-stop"));
    // The stack's down script also stops the broker by this id if this launcher was killed hard.
    try {
      Files.writeString(Path.of(args[2]).resolve("broker.pid"), Long.toString(broker.pid()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("Kafka ready on " + broker.bootstrapServers());
    Thread.currentThread().join();
  }
}
