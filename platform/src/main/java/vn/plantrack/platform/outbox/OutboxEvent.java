package vn.plantrack.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event waiting in (or already relayed from) the outbox. {@code payload} is the whole
 * CloudEvent; {@code traceparent} and {@code tracestate} are the W3C trace context of the
 * transaction that wrote it (null outside a trace), sent on as Kafka headers of the same names.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
  public static final String TRACEPARENT = "traceparent";
  public static final String TRACESTATE = "tracestate";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "event_id", nullable = false, unique = true)
  public UUID eventId;

  @Column(nullable = false)
  public String topic;

  @Column(name = "event_type", nullable = false)
  public String eventType;

  @Column(name = "aggregate_id", nullable = false)
  public String aggregateId;

  public String province;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String payload;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "last_error")
  public String lastError;

  public String traceparent;

  public String tracestate;
}
