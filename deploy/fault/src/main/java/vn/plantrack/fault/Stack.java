package vn.plantrack.fault;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The stack under test, started and restarted with its own commands (deploy/local/up and down, two
 * instances of everything) in a run folder of its own; processes are found by the PID files up
 * writes. The TCP proxy's address is given to task-service's second instance for its database.
 */
final class Stack {
  static final List<String> SERVICES = List.of("plan", "task", "indicator", "reporting");

  final Path root;
  final Path run;
  final int base;
  final int dbProxyPort;

  /** deploy/local/up's PLANTRACK_JIT: c1 (fast start) or full (C2, for long runs). */
  private final String jit;

  Stack(Path root, Path run, int base, String jit) {
    this.root = root;
    this.run = run;
    this.base = base;
    this.jit = jit;
    this.dbProxyPort = base + 433;
  }

  List<String> gateways() {
    return List.of("http://127.0.0.1:" + (base + 80), "http://127.0.0.1:" + (base + 90));
  }

  String keycloak() {
    return "http://localhost:" + (base + 180);
  }

  String kafka() {
    return "127.0.0.1:" + (base + 92);
  }

  /**
   * The broker's folder, where it keeps its principals' passwords (deploy/infra KafkaCredentials).
   */
  Path kafkaDir() {
    return run.resolve("kafka");
  }

  InetSocketAddress postgres() {
    return new InetSocketAddress("127.0.0.1", base + 432);
  }

  /** Every service instance's process name, as up names them (task-service, task-service-2…). */
  static List<String> instances() {
    List<String> names = new ArrayList<>();
    for (String s : SERVICES) {
      names.add(s + "-service");
      names.add(s + "-service-2");
    }
    return names;
  }

  /** deploy/local/up, without demo data. */
  void up() throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>();
    env.put("PLANTRACK_PORT_BASE", Integer.toString(base));
    env.put("PLANTRACK_RUN_DIR", run.toString());
    env.put("PLANTRACK_NO_BUILD", "true");
    env.put("PLANTRACK_INSTANCES", "2");
    env.put("PLANTRACK_NO_DEMO", "true");
    env.put("PLANTRACK_JIT", jit);
    env.put("PLANTRACK_DB_ADDRESS_TASK_2", "127.0.0.1:" + dbProxyPort);
    // The suite judges faults, not the edge's limits: its few users make many calls.
    env.put("PLANTRACK_GATEWAY_CLIENT_RATE_PER_SECOND", "2000");
    env.put("PLANTRACK_GATEWAY_CLIENT_BURST", "4000");
    env.put("PLANTRACK_GATEWAY_USER_RATE_PER_SECOND", "1000");
    env.put("PLANTRACK_GATEWAY_USER_BURST", "2000");
    // up is safe to run again: on a slow machine a part may outlast its wait, and is still
    // starting.
    for (int attempt = 1; ; attempt++) {
      try {
        script("up", env, 900);
        return;
      } catch (IllegalStateException e) {
        if (attempt == 3) {
          throw e;
        }
        FaultRun.say("deploy/local/up failed (attempt " + attempt + "), running it again");
      }
    }
  }

  /**
   * The organization directory (what the workload's tasks name), loaded as up's demo step does,
   * without the demo plans.
   */
  void loadDirectory() throws IOException, InterruptedException {
    Path infra = root.resolve("deploy/infra/target");
    String classpath =
        infra.resolve("infra-1.0.0-SNAPSHOT.jar")
            + ":"
            + Files.readString(infra.resolve("launcher.classpath")).trim();
    Process process =
        new ProcessBuilder(
                "java",
                "-cp",
                classpath,
                "vn.plantrack.infra.StackCli",
                "load-directory",
                gateways().get(0),
                keycloak(),
                root.resolve("plan-service/src/main/resources/directory").toString())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(run.resolve("fault-directory.log").toFile()))
            .start();
    if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("the directory did not load, see fault-directory.log");
    }
  }

  void down() throws IOException, InterruptedException {
    script("down", Map.of("PLANTRACK_RUN_DIR", run.toString()), 300);
  }

  private void script(String name, Map<String, String> env, int seconds)
      throws IOException, InterruptedException {
    Files.createDirectories(run);
    ProcessBuilder builder =
        new ProcessBuilder(root.resolve("deploy/local/" + name).toString())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(run.resolve("fault-" + name + ".log").toFile()));
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("deploy/local/" + name + " took over " + seconds + " s");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "deploy/local/"
              + name
              + " failed ("
              + process.exitValue()
              + "), see "
              + run.resolve("fault-" + name + ".log"));
    }
  }

  /** The PID of a part up started (pids/<name>.pid), or of a child recorded in a data folder. */
  long pid(String name) throws IOException {
    Path file =
        switch (name) {
          case "postmaster" -> run.resolve("postgres/postmaster.pid");
          case "kafka-broker" -> run.resolve("kafka/broker.pid");
          default -> run.resolve("pids/" + name + ".pid");
        };
    return Long.parseLong(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).trim());
  }

  void signal(String signal, String name) throws IOException, InterruptedException {
    long pid = pid(name);
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
    kill.waitFor(10, TimeUnit.SECONDS);
  }

  /** Whether something listens on the port (the part is back). */
  static boolean listening(InetSocketAddress address) {
    try (Socket socket = new Socket()) {
      socket.connect(address, 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
