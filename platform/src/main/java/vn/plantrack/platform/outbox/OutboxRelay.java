package vn.plantrack.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in id order, keyed by aggregate id, with {@code acks=all} and
 * idempotence on.
 *
 * <p>Why a plain producer and not a messaging emitter: the relay must know, record by record and in
 * order, which rows the broker acknowledged, and must stop at the first failure so that a later
 * event of an aggregate never overtakes an earlier one. Only one relay runs at a time per database
 * (a transaction-scoped advisory lock), so two service instances cannot interleave. When Kafka is
 * down the rows simply wait; the service keeps serving.
 *
 * <p>Tracing: a row written inside a trace is sent under a producer span, child of the stored
 * context ({@code publish <topic>}, ended when the broker answers), whose W3C context travels as
 * the record's {@code traceparent} (and {@code tracestate}) headers. The consumer's spans then
 * belong to the trace of the request that made the change, however late the relay sends it.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final String LOCK =
      "select pg_try_advisory_xact_lock(hashtext('plantrack.outbox.relay'))";
  private static final TextMapGetter<Map<String, String>> STORED =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private final EntityManager entityManager;
  private final OutboxConfig config;
  private final Map<String, Object> kafkaConfig;
  private final Counter published;
  private final Counter failures;
  private final Tracer tracer;
  private final AtomicLong lastPending = new AtomicLong();

  /** When the oldest unsent row was written (epoch milliseconds), 0 when none waits. */
  private final AtomicLong oldestPendingAt = new AtomicLong();

  private Producer<String, String> producer;

  public OutboxRelay(
      EntityManager entityManager,
      OutboxConfig config,
      MeterRegistry registry,
      OpenTelemetry openTelemetry,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    this.entityManager = entityManager;
    this.tracer = openTelemetry.getTracer("vn.plantrack.platform.outbox");
    this.config = config;
    this.kafkaConfig = kafkaConfig;
    this.published = registry.counter("plantrack.outbox.published");
    this.failures = registry.counter("plantrack.outbox.failures");
    Gauge.builder("plantrack.outbox.pending", lastPending, AtomicLong::get)
        .description("Outbox rows not yet acknowledged by Kafka, as of the last relay run")
        .register(registry);
    Gauge.builder("plantrack.outbox.stuck", oldestPendingAt, OutboxRelay::ageSeconds)
        .baseUnit("seconds")
        .description(
            "Age of the oldest outbox row Kafka has not acknowledged (0: none waits); alert when it"
                + " keeps growing: the broker is away, or a row keeps failing and holds its aggregate")
        .register(registry);
  }

  @Scheduled(
      every = "${plantrack.outbox.poll-interval:1s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledRelay() {
    if (config.relayEnabled()) {
      relayPending();
    }
  }

  /**
   * Relays everything pending now. Returns how many rows Kafka acknowledged; stops early (leaving
   * the rest for the next run) when the broker does not acknowledge everything.
   */
  public int relayPending() {
    int total = 0;
    while (true) {
      int sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
      if (sent <= 0) {
        return total;
      }
      // A short batch may still leave later events of the same aggregates: go on until nothing is
      // pending.
      total += sent;
    }
  }

  /**
   * Returns the number of rows acknowledged, 0 when idle or locked elsewhere, -1 after a failure.
   */
  int relayBatch() {
    Boolean locked = (Boolean) entityManager.createNativeQuery(LOCK).getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    // The oldest pending event of each aggregate: a batch never holds two events of one aggregate,
    // so a failed
    // send can never let a later version of that aggregate overtake an earlier one.
    @SuppressWarnings("unchecked")
    List<OutboxEvent> batch =
        entityManager
            .createNativeQuery(
                "select * from outbox_event where id in (select min(id) from outbox_event"
                    + " where published_at is null group by aggregate_id order by min(id) limit :limit)"
                    + " order by id",
                OutboxEvent.class)
            .setParameter("limit", config.batchSize())
            .getResultList();
    if (batch.isEmpty()) {
      lastPending.set(0);
      oldestPendingAt.set(0);
      return 0;
    }
    List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
    List<Span> spans = new ArrayList<>(batch.size());
    for (OutboxEvent event : batch) {
      Span span = publishSpan(event);
      spans.add(span);
      try {
        acks.add(producer().send(toRecord(event, span)));
      } catch (RuntimeException e) {
        acks.add(CompletableFuture.failedFuture(e));
      }
    }
    // Each record's outcome is its own: an acknowledged record is marked published even when
    // another
    // aggregate's record failed, so the relay never sends an acknowledged event twice.
    int acknowledged = 0;
    long deadline = System.nanoTime() + config.sendTimeout().toNanos();
    for (int i = 0; i < batch.size(); i++) {
      OutboxEvent event = batch.get(i);
      event.attempts++;
      try {
        acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        event.publishedAt = Instant.now();
        event.lastError = null;
        acknowledged++;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        event.lastError = "interrupted";
      } catch (Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        event.lastError = cause.getClass().getSimpleName() + ": " + cause.getMessage();
      } finally {
        if (event.lastError != null) {
          spans.get(i).setStatus(StatusCode.ERROR, event.lastError);
        }
        spans.get(i).end();
      }
    }
    published.increment(acknowledged);
    if (acknowledged < batch.size()) {
      failures.increment(batch.size() - acknowledged);
      LOG.warnf(
          "Kafka did not acknowledge %d of %d outbox event(s); they wait for the next attempt",
          batch.size() - acknowledged, batch.size());
    }
    countPending();
    return acknowledged == batch.size() ? acknowledged : -1;
  }

  /** How many rows wait, and since when the oldest of them does. */
  private void countPending() {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "select count(*), min(created_at) from outbox_event where published_at is null")
                .getSingleResult();
    lastPending.set(((Number) row[0]).longValue());
    oldestPendingAt.set(row[1] == null ? 0 : toInstant(row[1]).toEpochMilli());
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }

  private static double ageSeconds(AtomicLong since) {
    long at = since.get();
    return at == 0 ? 0 : Math.max(0, System.currentTimeMillis() - at) / 1000.0;
  }

  /** Deletes relayed rows older than the retention; pending rows are never deleted. */
  @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purgeRelayed() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createQuery("delete from OutboxEvent e where e.publishedAt < :before")
                    .setParameter("before", Instant.now().minus(config.retention()))
                    .executeUpdate());
  }

  /**
   * A producer span in the trace that wrote the row, or the invalid span (no headers) for a row
   * written outside any trace.
   */
  private Span publishSpan(OutboxEvent event) {
    if (event.traceparent == null) {
      return Span.getInvalid();
    }
    Map<String, String> stored = new HashMap<>(2);
    stored.put(OutboxEvent.TRACEPARENT, event.traceparent);
    if (event.tracestate != null) {
      stored.put(OutboxEvent.TRACESTATE, event.tracestate);
    }
    Context parent =
        W3CTraceContextPropagator.getInstance().extract(Context.root(), stored, STORED);
    if (!Span.fromContext(parent).getSpanContext().isValid()) {
      return Span.getInvalid();
    }
    return tracer
        .spanBuilder("publish " + event.topic)
        .setParent(parent)
        .setSpanKind(SpanKind.PRODUCER)
        .setAttribute("messaging.system", "kafka")
        .setAttribute("messaging.operation.type", "send")
        .setAttribute("messaging.destination.name", event.topic)
        .setAttribute("messaging.message.id", event.eventId.toString())
        .setAttribute("messaging.kafka.message.key", event.aggregateId)
        .setAttribute("cloudevents.event_type", event.eventType)
        .startSpan();
  }

  private ProducerRecord<String, String> toRecord(OutboxEvent event, Span span) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(event.topic, event.aggregateId, event.payload);
    record
        .headers()
        .add(
            "content-type",
            "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
    if (span.getSpanContext().isValid()) {
      W3CTraceContextPropagator.getInstance()
          .inject(Context.root().with(span), record.headers(), OutboxRelay::setHeader);
    }
    return record;
  }

  private static void setHeader(Headers headers, String key, String value) {
    headers.remove(key).add(key, value.getBytes(StandardCharsets.UTF_8));
  }

  private synchronized Producer<String, String> producer() {
    if (producer == null) {
      // The service's kafka.* settings: bootstrap servers and its SASL principal, as the consumers.
      Properties props = new Properties();
      props.putAll(kafkaConfig);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().replace('/', '_') + "-outbox");
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
      props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
      // The relay's wait (send-timeout) outlasts the producer's own delivery timeout, so every send
      // ends in a
      // definite success or failure before the relay moves on: no record is left in flight behind
      // our back.
      props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
      props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
      props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
      props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }

  @PreDestroy
  synchronized void close() {
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(5));
    }
  }
}
