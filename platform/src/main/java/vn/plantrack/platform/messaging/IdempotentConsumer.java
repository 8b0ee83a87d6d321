package vn.plantrack.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 */
@ApplicationScoped
public class IdempotentConsumer {
  private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

  private final ObjectMapper mapper;
  private final ProcessedEvents processed;
  private final MeterRegistry registry;

  public IdempotentConsumer(
      ObjectMapper mapper, ProcessedEvents processed, MeterRegistry registry) {
    this.mapper = mapper;
    this.processed = processed;
    this.registry = registry;
  }

  /** Returns true when the effect ran, false for a duplicate delivery. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean apply(String consumer, String json, Consumer<InboundEvent> effect) {
    InboundEvent event;
    try {
      event = InboundEvent.parse(mapper, json);
    } catch (InboundEvent.PoisonEventException e) {
      counter(consumer, "poison").increment();
      LOG.warnf("%s: poison event sent to the dead-letter topic: %s", consumer, e.getMessage());
      throw e;
    }
    if (!processed.firstDelivery(consumer, event.id())) {
      counter(consumer, "duplicate").increment();
      return false;
    }
    try {
      effect.accept(event);
    } catch (RuntimeException e) {
      counter(consumer, "failed").increment();
      LOG.warnf(e, "%s: event %s (%s) could not be applied", consumer, event.id(), event.type());
      throw e;
    }
    counter(consumer, "applied").increment();
    return true;
  }

  private Counter counter(String consumer, String outcome) {
    return registry.counter("plantrack.events.consumed", "consumer", consumer, "outcome", outcome);
  }
}
