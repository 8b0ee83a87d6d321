package vn.plantrack.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The fault suite (issue 15): starts the stack with two instances of everything and a TCP proxy the
 * suite controls in front of task-service-2's database, runs the workload from several clients
 * through both gateways while faults are injected, lets the system settle, checks, prints a summary
 * (also written to deploy/fault/target/fault-report.md) and stops the stack. Exit 0 only when
 * nothing was lost, doubled or invented, every dead letter was poison the suite sent, the events
 * are whole and the read models converged within 30 s.
 *
 * <p>{@code FaultRun [--short|--long] [--ops N] [--faults N] [--clients N] [--minutes N] [--keep]
 * [--reuse]} (--reuse: keep what a previous run with --keep left running, data included; --minutes:
 * end the workload after that long even below N operations, once every fault was injected, and
 * check what was done: the report says the form was cut short).
 */
public final class FaultRun {
  private FaultRun() {}

  public static void main(String[] args) throws Exception {
    boolean longForm = List.of(args).contains("--long");
    int ops = option(args, "--ops", longForm ? 100_000 : 2_000);
    int faultCount = option(args, "--faults", longForm ? 24 : 6);
    int clients = option(args, "--clients", 8);
    int minutes = option(args, "--minutes", Integer.MAX_VALUE);
    boolean keep = List.of(args).contains("--keep");
    Path root = Path.of(System.getProperty("plantrack.root", ".")).toAbsolutePath().normalize();
    Stack stack =
        new Stack(
            root,
            root.resolve("deploy/fault/target/stack"),
            option(args, "--base", 38000),
            // Hours of traffic: the JIT production runs (C2) pays for its compilations many times
            // over.
            longForm ? "full" : "c1");
    int exit;
    try (TcpProxy dbProxy = new TcpProxy(stack.dbProxyPort, stack.postgres())) {
      if (List.of(args).contains("--reuse")) {
        say("reusing what runs in " + stack.run + " (up starts what is missing)");
      } else {
        say("stopping what a previous run left, starting afresh (two instances of everything)");
        stack.down();
        for (String part : List.of("postgres", "kafka", "logs", "pids")) {
          delete(stack.run.resolve(part));
        }
      }
      Instant started = Instant.now();
      stack.up();
      stack.loadDirectory();
      say("stack up in " + Duration.between(started, Instant.now()).toSeconds() + " s");
      exit = run(stack, dbProxy, ops, faultCount, clients, longForm, minutes);
    } finally {
      if (!keep) {
        say("stopping the stack");
        stack.down();
      }
    }
    System.exit(exit);
  }

  private static int run(
      Stack stack,
      TcpProxy dbProxy,
      int target,
      int faultCount,
      int clients,
      boolean longForm,
      int minutes)
      throws Exception {
    Api api = new Api(stack.gateways(), stack.keycloak());
    Ledger ledger = new Ledger();
    Workload workload = new Workload(api, ledger);
    workload.prepare();
    Topics topics = new Topics(stack.kafka(), stack.kafkaDir());
    topics.poison(List.of("plantrack.tasks", "plantrack.plans"), 3, workload.run);
    say(
        "workload: "
            + clients
            + " clients, at least "
            + target
            + " operations, "
            + faultCount
            + " faults");

    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger clientErrors = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread t =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    workload.step();
                  } catch (RuntimeException e) {
                    if (clientErrors.incrementAndGet() <= 5) {
                      say("client error: " + e);
                    }
                    Api.sleep(1000);
                  }
                }
              },
              "client-" + i);
      t.start();
      threads.add(t);
    }
    Faults faults =
        new Faults(
            stack,
            dbProxy,
            Duration.ofSeconds(50),
            Duration.ofSeconds(longForm ? 30 : 20),
            workload::probe);
    Instant began = Instant.now();
    Api.sleep(15_000);
    for (int i = 0; i < faultCount; i++) {
      String what = Faults.CYCLE.get(i % Faults.CYCLE.size());
      say(
          "fault "
              + (i + 1)
              + "/"
              + faultCount
              + ": "
              + what
              + " ("
              + ledger.ops.size()
              + " operations so far)");
      faults.inject(what);
      Api.sleep(longForm ? 30_000 : 10_000);
    }
    Instant timeBox = minutes == Integer.MAX_VALUE ? Instant.MAX : began.plusSeconds(60L * minutes);
    while (ledger.ops.size() < target && Instant.now().isBefore(timeBox)) {
      Api.sleep(2000);
    }
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    Instant workloadEnd = Instant.now();
    Instant lastFault =
        faults.done.stream().map(Faults.Fault::healed).max(Comparator.naturalOrder()).orElse(began);
    say(
        "workload done: "
            + ledger.ops.size()
            + " operations in "
            + Duration.between(began, workloadEnd).toSeconds()
            + " s; settling");

    Checker checker = new Checker(api, workload, topics);
    Instant settleFrom = workloadEnd.isAfter(lastFault) ? workloadEnd : lastFault;
    List<String> differences = checker.differences();
    while (!differences.isEmpty()
        && Duration.between(settleFrom, Instant.now()).toSeconds() < 180) {
      Api.sleep(3000);
      differences = checker.differences();
    }
    long converged = Duration.between(settleFrom, Instant.now()).toSeconds();
    say("checking effects, topics and dead letters");
    checker.effects();
    checker.topics();
    checker.deadLetters();

    String report =
        Summary.render(
            (longForm ? "long" : "short")
                + (ledger.ops.size() < target
                    ? " (cut short at " + minutes + " minutes: below its " + target + " operations)"
                    : ""),
            ledger,
            faults.done,
            checker,
            differences,
            converged,
            Duration.between(began, workloadEnd),
            clientErrors.get());
    System.out.println(report);
    Path file = stack.root.resolve("deploy/fault/target/fault-report.md");
    Files.writeString(file, report, StandardCharsets.UTF_8);
    say("report written to " + file);
    boolean clean =
        checker.lost.isEmpty()
            && checker.doubled.isEmpty()
            && checker.phantom.isEmpty()
            && checker.events.isEmpty()
            && checker.deadLetters.isEmpty()
            && differences.isEmpty()
            && converged <= 30;
    return clean ? 0 : 1;
  }

  private static int option(String[] args, String name, int otherwise) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return otherwise;
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static void say(String message) {
    System.out.println("[fault] " + message);
    System.out.flush();
  }
}
