package vn.plantrack.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The one way a service applies an incoming event: parse strictly, skip an event this consumer
 * already applied, apply the effect — all in the caller's transaction, so the processed-event id
 * commits with the effect or not at all. A poison event (or an effect that throws) is counted and
 * rethrown; the channel's {@code failure-strategy=dead-letter-queue} then moves it to the
 * dead-letter topic and consumption goes on.
 *
 * <p>Tracing: the work runs in a span {@code process <consumer>}, child of the current context —
 * for a Kafka record, the connector's receive span, itself the child of the record's {@code
 * traceparent} header (the producing transaction's trace, see the outbox relay). The span is
 * current while the effect runs, so the events the effect writes continue the same trace.
 */
@ApplicationScoped
public class IdempotentConsumer {
  private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

  private final ObjectMapper mapper;
  private final ProcessedEvents processed;
  private final MeterRegistry registry;
  private final Tracer tracer;

  public IdempotentConsumer(
      ObjectMapper mapper,
      ProcessedEvents processed,
      MeterRegistry registry,
      OpenTelemetry openTelemetry) {
    this.mapper = mapper;
    this.processed = processed;
    this.registry = registry;
    this.tracer = openTelemetry.getTracer("vn.plantrack.platform.messaging");
  }

  /** Returns true when the effect ran, false for a duplicate delivery. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(String consumer, String json, Consumer<InboundEvent> effect) {
    Span span =
        tracer
            .spanBuilder("process " + consumer)
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute("messaging.operation.type", "process")
            .setAttribute("plantrack.consumer", consumer)
            .startSpan();
    try (Scope scope = span.makeCurrent()) {
      String outcome = applyOnce(consumer, json, effect, span);
      span.setAttribute("plantrack.outcome", outcome);
      return outcome.equals("applied");
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getMessage());
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }

  private String applyOnce(String consumer, String json, Consumer<InboundEvent> effect, Span span) {
    InboundEvent event;
    try {
      event = InboundEvent.parse(mapper, json);
    } catch (InboundEvent.PoisonEventException e) {
      counter(consumer, "poison").increment();
      span.setAttribute("plantrack.outcome", "poison");
      LOG.warnf("%s: poison event sent to the dead-letter topic: %s", consumer, e.getMessage());
      throw e;
    }
    span.setAttribute("cloudevents.event_id", event.id());
    span.setAttribute("cloudevents.event_type", event.type());
    span.setAttribute("cloudevents.event_source", event.source());
    span.setAttribute("cloudevents.event_subject", event.subject());
    if (!processed.firstDelivery(consumer, event.id())) {
      counter(consumer, "duplicate").increment();
      return "duplicate";
    }
    try {
      effect.accept(event);
    } catch (RuntimeException e) {
      counter(consumer, "failed").increment();
      span.setAttribute("plantrack.outcome", "failed");
      LOG.warnf(e, "%s: event %s (%s) could not be applied", consumer, event.id(), event.type());
      throw e;
    }
    counter(consumer, "applied").increment();
    return "applied";
  }

  private Counter counter(String consumer, String outcome) {
    return registry.counter("plantrack.events.consumed", "consumer", consumer, "outcome", outcome);
  }
}
