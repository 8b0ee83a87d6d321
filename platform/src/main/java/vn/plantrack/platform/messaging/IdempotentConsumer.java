package vn.plantrack.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.plantrack.platform.security.Caller;

/**
 * The one way a service applies an incoming event. A consumer bean (started with the application,
 * {@code @Startup}) declares each of its channels once, with the name its processed events are
 * recorded under and the effect, and its channel method returns the channel's {@link
 * Channel#consume}:
 *
 * <pre>
 * this.tasks = consumer.channel("tasks", "reporting.tasks", readModel::applyTask);
 * ...
 * &#64;Incoming("tasks")
 * public Uni&lt;Void&gt; onTask(String event) {
 *   return tasks.consume(event);
 * }
 * </pre>
 *
 * <p>The declared channels are what the dead-letter replay applies a record through ({@link
 * #channelReading}): the same effect, once, in the same way.
 *
 * <p>Each attempt parses strictly, skips an event this consumer already applied and applies the
 * effect in a transaction of its own, so the processed-event id commits with the effect or not at
 * all. When an attempt fails, {@link Failures} decides:
 *
 * <ul>
 *   <li>transient (the database is away or busy, a lock or version race): the attempt is repeated
 *       with exponential back-off ({@code plantrack.messaging.retry.*}) until it passes. The
 *       channel takes the next record only once this one is done, so a partition's order holds and
 *       nothing is skipped; while it waits no thread is held (the delay is a timer) and the
 *       connector pauses fetching once its small buffer is full. Never dead-lettered;
 *   <li>poison (unparseable, unknown type, failing validation, a domain rule refuses it): failed
 *       with a {@link DeadLetterException} whose message is the reason, which the channel's {@code
 *       failure-strategy=dead-letter-queue} writes to the dead-letter topic (header {@code
 *       dead-letter-reason}); consumption goes on;
 *   <li>anything else: tried {@code plantrack.messaging.retry.unknown-attempts} times with the same
 *       back-off, then dead-lettered like poison.
 * </ul>
 *
 * <p>Metrics: {@code plantrack_events_consumed_total{consumer, outcome}} with outcome {@code
 * applied}, {@code duplicate}, {@code retried} (a failed attempt that will be repeated) and {@code
 * dead-lettered}; {@code plantrack_events_waiting{consumer}} is the number of events waiting for a
 * retry (1 while the database is away).
 *
 * <p>Tracing: each attempt runs in a span {@code process <consumer>}, child of the context current
 * when the channel handed the record over — the connector's receive span, itself the child of the
 * record's {@code traceparent} header (the producing transaction's trace, see the outbox relay).
 * The span is current while the effect runs, so the events the effect writes continue the trace.
 */
@ApplicationScoped
public class IdempotentConsumer {
  private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

  /** What one attempt did. */
  public enum Outcome {
    APPLIED,
    DUPLICATE
  }

  private final ObjectMapper mapper;
  private final ProcessedEvents processed;
  private final DeadLetterTopic deadLetters;
  private final RejectedParts rejected;
  private final org.eclipse.microprofile.config.Config config;
  private final Map<String, Channel> channels = new ConcurrentHashMap<>();
  private final MeterRegistry registry;
  private final Tracer tracer;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final int unknownAttempts;
  private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

  public IdempotentConsumer(
      ObjectMapper mapper,
      ProcessedEvents processed,
      DeadLetterTopic deadLetters,
      RejectedParts rejected,
      org.eclipse.microprofile.config.Config config,
      MeterRegistry registry,
      OpenTelemetry openTelemetry,
      @ConfigProperty(name = "plantrack.messaging.retry.initial-delay", defaultValue = "PT0.5S")
          Duration initialDelay,
      @ConfigProperty(name = "plantrack.messaging.retry.max-delay", defaultValue = "PT15S")
          Duration maxDelay,
      @ConfigProperty(name = "plantrack.messaging.retry.unknown-attempts", defaultValue = "5")
          int unknownAttempts) {
    this.mapper = mapper;
    this.processed = processed;
    this.deadLetters = deadLetters;
    this.rejected = rejected;
    this.config = config;
    this.registry = registry;
    this.tracer = openTelemetry.getTracer("vn.plantrack.platform.messaging");
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
    this.unknownAttempts = unknownAttempts;
  }

  /**
   * Declares a channel: {@code channel} as in {@code @Incoming} and the configuration, {@code
   * consumer} the name its processed events are recorded under.
   */
  public Channel channel(String channel, String consumer, Consumer<InboundEvent> effect) {
    Channel declared = new Channel(channel, consumer, effect);
    channels.put(channel, declared);
    return declared;
  }

  /** The declared channel reading a topic. */
  public Optional<Channel> channelReading(String topic) {
    return channels.values().stream().filter(c -> topic.equals(c.topic())).findFirst();
  }

  /** A declared channel of the service. */
  public final class Channel {
    private final String channel;
    private final String consumer;
    private final Consumer<InboundEvent> effect;

    private Channel(String channel, String consumer, Consumer<InboundEvent> effect) {
      this.channel = channel;
      this.consumer = consumer;
      this.effect = effect;
    }

    public String consumer() {
      return consumer;
    }

    /** The topic the channel reads ({@code mp.messaging.incoming.<channel>.topic}). */
    public String topic() {
      return config
          .getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class)
          .orElse(channel);
    }

    /**
     * Applies the event (see the class comment): completes when it was applied or was a duplicate,
     * fails with a {@link DeadLetterException} when it belongs on the dead-letter topic.
     */
    public Uni<Void> consume(String json) {
      return withRetries(this, json, Context.current(), 1);
    }

    /**
     * One attempt, now, on the caller's thread (the dead-letter replay): its outcome, or the
     * failure as thrown.
     */
    public Outcome applyOnce(String json) {
      return applyInNewTransaction(this, json, Context.current());
    }
  }

  private Uni<Void> withRetries(Channel channel, String json, Context trace, int attempt) {
    String consumer = channel.consumer;
    return attempt(channel, json, trace)
        .invoke(outcome -> stopWaiting(consumer, attempt))
        .replaceWithVoid()
        .onFailure()
        .recoverWithUni(
            failure -> {
              Failures.Kind kind = Failures.classify(failure);
              if (kind == Failures.Kind.POISON
                  || (kind == Failures.Kind.UNKNOWN && attempt >= unknownAttempts)) {
                stopWaiting(consumer, attempt);
                return Uni.createFrom().failure(deadLetter(consumer, kind, attempt, failure));
              }
              Duration delay = delay(attempt);
              if (attempt == 1) {
                waiting(consumer).incrementAndGet();
              }
              counter(consumer, "retried").increment();
              LOG.warnf(
                  "%s: %s failure on attempt %d, retrying in %d ms: %s",
                  consumer, kind, attempt, delay.toMillis(), rootMessage(failure));
              return Uni.createFrom()
                  .voidItem()
                  .onItem()
                  .delayIt()
                  .by(delay)
                  .chain(() -> withRetries(channel, json, trace, attempt + 1));
            });
  }

  /** One attempt on a worker thread, in its own transaction and request context. */
  private Uni<Outcome> attempt(Channel channel, String json, Context trace) {
    return Uni.createFrom()
        .item(() -> applyInNewTransaction(channel, json, trace))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  private Outcome applyInNewTransaction(Channel channel, String json, Context trace) {
    String consumer = channel.consumer;
    ManagedContext requestContext = Arc.container().requestContext();
    boolean activated = !requestContext.isActive();
    if (activated) {
      requestContext.activate();
      // The event's effect is the system's work, not some identity the context resolves to.
      Arc.container().instance(Caller.class).get().actAsSystem();
    }
    Span span =
        tracer
            .spanBuilder("process " + consumer)
            .setParent(trace)
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute("messaging.operation.type", "process")
            .setAttribute("plantrack.consumer", consumer)
            .startSpan();
    try (Scope scope = span.makeCurrent()) {
      Outcome outcome =
          QuarkusTransaction.requiringNew().call(() -> applyOnce(channel, json, span));
      span.setAttribute("plantrack.outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
      counter(consumer, outcome == Outcome.APPLIED ? "applied" : "duplicate").increment();
      return outcome;
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getMessage());
      span.recordException(e);
      throw e;
    } finally {
      span.end();
      if (activated) {
        requestContext.terminate();
      }
    }
  }

  private Outcome applyOnce(Channel channel, String json, Span span) {
    String consumer = channel.consumer;
    InboundEvent event = TopicOwners.check(channel.topic(), InboundEvent.parse(mapper, json));
    span.setAttribute("cloudevents.event_id", event.id());
    span.setAttribute("cloudevents.event_type", event.type());
    span.setAttribute("cloudevents.event_source", event.source());
    span.setAttribute("cloudevents.event_subject", event.subject());
    if (!processed.firstDelivery(consumer, event.id())) {
      return Outcome.DUPLICATE;
    }
    rejected.clear();
    channel.effect.accept(event);
    if (!rejected.parts().isEmpty()) {
      deadLetterParts(channel, json, event, rejected);
    }
    return Outcome.APPLIED;
  }

  /**
   * The parts the effect left out go to the dead-letter topic before the rest commits (a broker
   * failure is transient: the whole attempt is repeated), as the event under a derived id, so that
   * a replay is no duplicate and applies what is still missing.
   */
  private void deadLetterParts(
      Channel channel, String json, InboundEvent event, RejectedParts rejected) {
    String reason = channel.consumer + ": rejected parts: " + rejected.describe();
    LOG.warnf("%s: event %s applied without some parts: %s", channel.consumer, event.id(), reason);
    try {
      com.fasterxml.jackson.databind.node.ObjectNode copy =
          (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
      copy.put("id", event.id() + "/rejected");
      deadLetters.write(
          event.subject(),
          mapper.writeValueAsString(copy),
          Map.of(
              DeadLetterTopic.REASON, reason,
              DeadLetterTopic.SOURCE_TOPIC, channel.topic(),
              DeadLetterTopic.EXCEPTION, RejectedParts.class.getName()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    counter(channel.consumer, "dead-lettered").increment();
  }

  private DeadLetterException deadLetter(
      String consumer, Failures.Kind kind, int attempts, Throwable failure) {
    counter(consumer, "dead-lettered").increment();
    String reason =
        kind == Failures.Kind.POISON
            ? consumer + ": poison: " + rootMessage(failure)
            : consumer + ": failed " + attempts + " times: " + rootMessage(failure);
    LOG.warnf(failure, "%s: event sent to the dead-letter topic (%s)", consumer, reason);
    return new DeadLetterException(reason, failure);
  }

  /** 0.5 s, 1 s, 2 s, … up to the maximum, each with up to a fifth less at random. */
  Duration delay(int attempt) {
    long base = initialDelay.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, maxDelay.toMillis());
    long jitter =
        (long) (capped * 0.2 * java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    return Duration.ofMillis(capped - jitter);
  }

  private void stopWaiting(String consumer, int attempt) {
    if (attempt > 1) {
      waiting(consumer).decrementAndGet();
    }
  }

  private AtomicInteger waiting(String consumer) {
    return waiting.computeIfAbsent(
        consumer,
        c ->
            registry.gauge(
                "plantrack.events.waiting",
                java.util.List.of(io.micrometer.core.instrument.Tag.of("consumer", c)),
                new AtomicInteger()));
  }

  static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      if (root instanceof InboundEvent.PoisonEventException
          || root instanceof vn.plantrack.platform.problem.ProblemException) {
        break;
      }
      root = root.getCause();
    }
    String message = root.getMessage();
    if (root instanceof vn.plantrack.platform.problem.ProblemException p) {
      message =
          p.title()
              + (p.getMessage() == null ? "" : ": " + p.getMessage())
              + (p.errors().isEmpty() ? "" : " " + p.errors());
    }
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private Counter counter(String consumer, String outcome) {
    return registry.counter("plantrack.events.consumed", "consumer", consumer, "outcome", outcome);
  }

  /**
   * An event that belongs on the dead-letter topic; its message (the consumer, why, and the root
   * cause) is the record's {@code dead-letter-reason}.
   */
  public static class DeadLetterException extends RuntimeException {
    public DeadLetterException(String reason, Throwable cause) {
      super(reason, cause);
    }
  }
}
