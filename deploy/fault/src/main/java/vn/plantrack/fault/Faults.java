package vn.plantrack.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The faults, injected one after the other while the workload runs; each is healed with the stack's
 * own commands (deploy/local/up starts what is not running) before the next.
 */
final class Faults {
  /** One injected fault: what, when it began, when the stack was whole again. */
  record Fault(String what, Instant began, Instant healed, String note) {
    long seconds() {
      return Duration.between(began, healed).toSeconds();
    }
  }

  /** The order faults are drawn in (the long form goes round it twice). */
  static final List<String> CYCLE =
      List.of(
          "kill -9 task-service-2",
          "kill -9 postgres",
          "kill -9 kafka",
          "SIGSTOP reporting-service-2",
          "cut task-service-2 ↔ postgres",
          "kill -9 plan-service",
          "kill -9 indicator-service-2",
          "kill -9 reporting-service",
          "kill -9 task-service",
          "kill -9 plan-service-2",
          "kill -9 indicator-service",
          "kill -9 reporting-service-2");

  private final Stack stack;
  private final TcpProxy dbProxy;
  private final Duration stopFor;
  private final Duration cutFor;
  private final java.util.function.Supplier<String> brokerDownProbe;
  final List<Fault> done = new ArrayList<>();

  Faults(
      Stack stack,
      TcpProxy dbProxy,
      Duration stopFor,
      Duration cutFor,
      java.util.function.Supplier<String> brokerDownProbe) {
    this.stack = stack;
    this.brokerDownProbe = brokerDownProbe;
    this.dbProxy = dbProxy;
    this.stopFor = stopFor;
    this.cutFor = cutFor;
  }

  void inject(String what) throws Exception {
    Instant began = Instant.now();
    String note = "";
    if (what.startsWith("kill -9 ")) {
      String part = what.substring("kill -9 ".length());
      switch (part) {
        case "postgres" -> {
          // The server and its launcher die at once; up starts both again on the same data.
          stack.signal("KILL", "postmaster");
          stack.signal("KILL", "postgres");
        }
        case "kafka" -> {
          stack.signal("KILL", "kafka-broker");
          stack.signal("KILL", "kafka");
        }
        default -> stack.signal("KILL", part);
      }
      Api.sleep(3000);
      if (part.equals("kafka")) {
        note = brokerDownProbe.get();
      }
      stack.up();
      if (part.equals("postgres")) {
        note = "back after " + awaitListening(stack.postgres()) + " s";
      }
    } else if (what.startsWith("SIGSTOP ")) {
      String part = what.substring("SIGSTOP ".length());
      stack.signal("STOP", part);
      Api.sleep(stopFor.toMillis());
      stack.signal("CONT", part);
      note = "stopped " + stopFor.toSeconds() + " s (consumer session timeout 45 s)";
    } else if (what.startsWith("cut ")) {
      dbProxy.cut();
      Api.sleep(cutFor.toMillis());
      dbProxy.heal();
      note = "silent " + cutFor.toSeconds() + " s, then reset";
    } else {
      throw new IllegalArgumentException(what);
    }
    done.add(new Fault(what, began, Instant.now(), note));
  }

  private static long awaitListening(java.net.InetSocketAddress address) {
    long started = System.nanoTime();
    while (!Stack.listening(address) && System.nanoTime() - started < 120_000_000_000L) {
      Api.sleep(500);
    }
    return (System.nanoTime() - started) / 1_000_000_000L;
  }
}
