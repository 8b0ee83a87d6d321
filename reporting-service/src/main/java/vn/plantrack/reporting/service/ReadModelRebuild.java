package vn.plantrack.reporting.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.plantrack.indicator.contract.IndicatorEvents;
import vn.plantrack.plan.contract.OrganizationEvents;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.jobs.Instance;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.platform.messaging.TopicOwners;
import vn.plantrack.platform.problem.ProblemException;
import vn.plantrack.platform.security.Caller;
import vn.plantrack.reporting.ReadModelRebuildJob;
import vn.plantrack.reporting.ReadModelRebuildJob.TopicProgress;
import vn.plantrack.reporting.repository.ReadModelRebuildRepository;
import vn.plantrack.reporting.repository.ReadModelSchemas;
import vn.plantrack.task.contract.TaskEvents;

/**
 * Rebuilds the read model without ever destroying it, as a job: a fresh read model is built aside
 * ({@link ReadModelSchemas}) from the owners' topics, read from their first offset, while the live
 * one keeps serving reads and being fed by the live consumers; once it has caught up, one short
 * transaction switches the tables, and what arrived during the switch is applied from the offsets
 * the rebuild reached (applying is by version, so reading an event twice changes nothing). A
 * failure or a crash before the switch leaves the live model as it was; the next rebuild drops what
 * this one left. One runs at a time across instances ({@link ReadModelRebuildRepository}); {@link
 * ReadModelRebuildKeeper} keeps its lease. Reports, consolidated reports and export jobs are
 * reporting's own data and are never touched.
 */
@ApplicationScoped
public class ReadModelRebuild {
  private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

  /** Catching up stops once less than this is left to read: the rest is read after the switch. */
  private static final long CLOSE_ENOUGH = 1_000;

  private static final int CATCH_UP_ROUNDS = 5;
  private static final int SWITCH_ATTEMPTS = 3;

  private final ReadModelService readModel;
  private final ReadModelSchemas schemas;
  private final ReadModelRebuildRepository jobs;
  private final Instance instance;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final Map<String, Object> kafkaConfig;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));
  private volatile boolean stopping;

  public ReadModelRebuild(
      ReadModelService readModel,
      ReadModelSchemas schemas,
      ReadModelRebuildRepository jobs,
      Instance instance,
      Caller caller,
      ObjectMapper mapper,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    this.readModel = readModel;
    this.schemas = schemas;
    this.jobs = jobs;
    this.instance = instance;
    this.caller = caller;
    this.mapper = mapper;
    this.kafkaConfig = kafkaConfig;
  }

  /** Starts a rebuild on this instance; 409 while one runs (here or on another instance). */
  public ReadModelRebuildJob start() {
    if (stopping) {
      throw ProblemException.busy("this instance is stopping: try again in a minute", 30);
    }
    UUID id = UUID.randomUUID();
    boolean started =
        QuarkusTransaction.requiringNew()
            .call(() -> jobs.startIfNoneRuns(id, instance.id(), caller.username(), Instant.now()));
    if (!started) {
      throw ProblemException.conflict("a rebuild of the read model is running: follow it");
    }
    executor.execute(() -> run(id));
    return job(id);
  }

  @Transactional
  public ReadModelRebuildJob job(UUID id) {
    ReadModelRebuildJob job = jobs.findById(id);
    if (job == null) {
      throw ProblemException.notFound("read model rebuild", id);
    }
    return job;
  }

  /** Lets the running job stop at its next step (the instance is stopping). */
  void stop() {
    stopping = true;
    executor.shutdown();
  }

  boolean awaitStopped(java.time.Duration timeout) throws InterruptedException {
    return executor.awaitTermination(
        timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /** Why a job stopped before its end, without anything being wrong with the data. */
  static final class Abandoned extends RuntimeException {
    Abandoned(String message) {
      super(message);
    }
  }

  void run(UUID id) {
    String aside = ReadModelSchemas.asideOf(id);
    String retired = ReadModelSchemas.retiredOf(id);
    Map<String, Function<InboundEvent, Boolean>> topics = new LinkedHashMap<>();
    topics.put(OrganizationEvents.TOPIC, readModel::applyOrganizationEvent);
    topics.put(PlanEvents.TOPIC, readModel::applyPlan);
    topics.put(TaskEvents.TOPIC, readModel::applyTask);
    topics.put(IndicatorEvents.TOPIC, readModel::applyIndicator);
    List<Replay> replays = new ArrayList<>();
    try {
      String live = QuarkusTransaction.requiringNew().call(schemas::live);
      QuarkusTransaction.requiringNew().run(() -> schemas.createAside(aside));
      topics.forEach((t, apply) -> replays.add(new Replay(new TopicCursor(t, kafkaConfig), apply)));
      // Everything the topics hold now, into the fresh model.
      phase(id, "REPLAYING", replays);
      for (Replay r : replays) {
        r.cursor.aimAtEnd();
        r.readAll(id, replays, aside, live);
      }
      // What arrived meanwhile, until little is left: the switch waits for nothing long.
      phase(id, "CATCHING_UP", replays);
      for (int round = 0; round < CATCH_UP_ROUNDS; round++) {
        long left = 0;
        for (Replay r : replays) {
          r.cursor.aimAtEnd();
          left += r.cursor.remaining();
          r.readAll(id, replays, aside, live);
        }
        if (left < CLOSE_ENOUGH) {
          break;
        }
      }
      phase(id, "SWITCHING", replays);
      switchTo(id, aside, retired, live, replays);
      LOG.infof("read model rebuild %s: switched to the rebuilt read model", id);
      QuarkusTransaction.requiringNew().run(() -> schemas.drop(retired));
      // What the live consumers applied to the old tables while the fresh ones caught up.
      phase(id, "TAIL", replays);
      for (Replay r : replays) {
        r.cursor.aimAtEnd();
        r.readAll(id, replays, null, live);
      }
      finish(id, "DONE", null, replays);
      LOG.infof("read model rebuilt: %s", progress(replays));
    } catch (RuntimeException e) {
      LOG.errorf(e, "read model rebuild %s failed; the live read model is unchanged", id);
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      try {
        QuarkusTransaction.requiringNew().run(() -> schemas.drop(aside));
      } catch (RuntimeException dropFailed) {
        LOG.warnf("could not drop %s (the next rebuild will): %s", aside, dropFailed.getMessage());
      }
      finish(id, "FAILED", error, replays);
    } finally {
      replays.forEach(r -> r.cursor.close());
    }
  }

  /**
   * The switch, tried again (after catching up once more) when the tables' locks were not had in
   * time: a long read or a deadlock with one gives way to it, never the other way round for long.
   */
  private void switchTo(UUID id, String aside, String retired, String live, List<Replay> replays) {
    for (int attempt = 1; ; attempt++) {
      try {
        QuarkusTransaction.requiringNew()
            .run(
                () -> {
                  ReadModelRebuildJob job = jobs.lock(id);
                  if (!"RUNNING".equals(job.status) || !instance.id().equals(job.owner)) {
                    throw new Abandoned("the job was failed meanwhile: " + job.error);
                  }
                  schemas.switchTo(aside, retired);
                });
        return;
      } catch (Abandoned e) {
        throw e;
      } catch (RuntimeException e) {
        if (attempt == SWITCH_ATTEMPTS) {
          throw e;
        }
        LOG.warnf("read model rebuild %s: switch attempt %d failed (%s)", id, attempt, e);
        for (Replay r : replays) {
          r.cursor.aimAtEnd();
          r.readAll(id, replays, aside, live);
        }
      }
    }
  }

  private void phase(UUID id, String phase, List<Replay> replays) {
    update(id, phase, replays);
  }

  private void finish(UUID id, String status, String error, List<Replay> replays) {
    QuarkusTransaction.requiringNew()
        .run(() -> jobs.finish(id, status, error, progress(replays), Instant.now()));
  }

  /** Records the progress; stops the job when it is no longer RUNNING here (failed meanwhile). */
  private void update(UUID id, String phase, List<Replay> replays) {
    boolean running =
        QuarkusTransaction.requiringNew()
            .call(() -> jobs.progress(id, instance.id(), progress(replays), phase));
    if (!running) {
      throw new Abandoned(
          "the job was failed meanwhile: "
              + QuarkusTransaction.requiringNew().call(() -> jobs.findById(id).error));
    }
    if (stopping) {
      throw new Abandoned("the instance stopped: start the rebuild again");
    }
  }

  private static List<TopicProgress> progress(List<Replay> replays) {
    return replays.stream().map(Replay::progress).toList();
  }

  /** One topic's replay: its cursor and what it applied. */
  private final class Replay {
    final TopicCursor cursor;
    final Function<InboundEvent, Boolean> apply;
    long applied;
    long skipped;
    long poison;

    Replay(TopicCursor cursor, Function<InboundEvent, Boolean> apply) {
      this.cursor = cursor;
      this.apply = apply;
    }

    TopicProgress progress() {
      return new TopicProgress(
          cursor.topic(), cursor.reached(), cursor.end(), applied, skipped, poison);
    }

    /**
     * Reads to the end aimed at, applying each poll's events in one transaction and recording how
     * far it got: into {@code aside} (its schema first on the search_path), or the live model when
     * null.
     */
    void readAll(UUID id, List<Replay> all, String aside, String live) {
      while (cursor.remaining() > 0) {
        List<InboundEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : cursor.next()) {
          try {
            events.add(
                TopicOwners.check(cursor.topic(), InboundEvent.parse(mapper, record.value())));
          } catch (InboundEvent.PoisonEventException e) {
            poison++;
          }
        }
        applyAll(events, aside, live);
        update(id, null, all);
      }
      update(id, null, all);
    }

    /**
     * The events in one transaction; when one of them fails (poison, most likely), none of them
     * stays and each is applied again in its own transaction, the poison passed over.
     */
    private void applyAll(List<InboundEvent> events, String aside, String live) {
      if (events.isEmpty()) {
        return;
      }
      try {
        long changed =
            QuarkusTransaction.requiringNew()
                .call(
                    () -> {
                      if (aside != null) {
                        schemas.writeAside(aside, live);
                      }
                      long n = 0;
                      for (InboundEvent event : events) {
                        n += apply.apply(event) ? 1 : 0;
                      }
                      return n;
                    });
        applied += changed;
        skipped += events.size() - changed;
      } catch (RuntimeException batchFailed) {
        events.forEach(event -> applyOne(event, aside, live));
      }
    }

    private void applyOne(InboundEvent event, String aside, String live) {
      try {
        boolean changed =
            QuarkusTransaction.requiringNew()
                .call(
                    () -> {
                      if (aside != null) {
                        schemas.writeAside(aside, live);
                      }
                      return apply.apply(event);
                    });
        if (changed) {
          applied++;
        } else {
          skipped++;
        }
      } catch (InboundEvent.PoisonEventException e) {
        poison++;
      }
    }
  }
}
