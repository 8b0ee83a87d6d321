package vn.plantrack.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.platform.web.RequestIds;

/**
 * Writes an event into the outbox in the caller's transaction: the event exists if and only if the
 * change it announces committed. The {@link OutboxRelay} publishes it afterwards; a crash in
 * between loses nothing.
 *
 * <p>Events are CloudEvents 1.0 in structured JSON: {@code id} (for de-duplication), {@code
 * source}, {@code type} (stable strings like {@code plantrack.task.status-changed.v1}, never Java
 * class names), {@code subject} (the aggregate id, also the Kafka key), {@code time}, the {@code
 * province} extension, and {@code data}, which always carries the aggregate's {@code version} so
 * consumers can drop stale events.
 *
 * <p>The W3C trace context of the writing transaction (the request's span, or the consumer's) is
 * stored with the row, and the relay sends it on as the record's {@code traceparent} and {@code
 * tracestate} headers: the event's consumers continue that trace (API.md, Tracing). It is not part
 * of the CloudEvent itself.
 */
@ApplicationScoped
public class Outbox {
  private final EntityManager entityManager;
  private final ObjectMapper mapper;
  private final OutboxConfig config;

  public Outbox(EntityManager entityManager, ObjectMapper mapper, OutboxConfig config) {
    this.entityManager = entityManager;
    this.mapper = mapper;
    this.config = config;
  }

  /**
   * Records an event to publish on {@code topic} once the current transaction commits.
   *
   * @param subject the aggregate id: the Kafka key, so one aggregate's events stay in order
   * @param version the aggregate's version after the change
   * @return the event id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID publish(
      String topic, String type, Object subject, String province, long version, Object data) {
    JsonNode tree = mapper.valueToTree(data);
    ObjectNode dataNode =
        tree instanceof ObjectNode object ? object : mapper.createObjectNode().set("value", tree);
    if (!dataNode.has("version")) {
      dataNode.put("version", version);
    }
    UUID eventId = UUID.randomUUID();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    ObjectNode envelope = mapper.createObjectNode();
    envelope.put("specversion", "1.0");
    envelope.put("id", eventId.toString());
    envelope.put("source", config.source());
    envelope.put("type", type);
    envelope.put("subject", subject.toString());
    envelope.put("time", now.toString());
    envelope.put("datacontenttype", "application/json");
    if (province != null) {
      envelope.put("province", province);
    }
    String requestId = RequestIds.current();
    if (requestId != null) {
      envelope.put("requestid", requestId);
    }
    envelope.set("data", dataNode);

    OutboxEvent row = new OutboxEvent();
    row.eventId = eventId;
    row.topic = topic;
    row.eventType = type;
    row.aggregateId = subject.toString();
    row.province = province;
    row.payload = envelope.toString();
    row.createdAt = now;
    // Nothing is written when no span is current (e.g. a scheduled job): the event starts a trace.
    Map<String, String> trace = new HashMap<>(2);
    W3CTraceContextPropagator.getInstance().inject(Context.current(), trace, Map::put);
    row.traceparent = trace.get(OutboxEvent.TRACEPARENT);
    row.tracestate = trace.get(OutboxEvent.TRACESTATE);
    entityManager.persist(row);
    return eventId;
  }
}
