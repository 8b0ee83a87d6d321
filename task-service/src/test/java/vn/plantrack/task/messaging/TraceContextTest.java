package vn.plantrack.task.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

/**
 * W3C trace context through the outbox and Kafka (API.md, Tracing): a write's event reaches Kafka
 * in the trace of the request that made it, and a consumed event is processed in the trace its
 * record carries, on to the events its effect writes.
 */
@QuarkusTest
@RealInfrastructure
@TestSecurity(user = "kt.coordinator", roles = "coordinator")
@OidcSecurity(claims = @Claim(key = "province", value = "KT"))
class TraceContextTest {
  private static final String TRACEPARENT = "00-[0-9a-f]{32}-[0-9a-f]{16}-01";
  private static final UUID PLAN = UUID.randomUUID();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Inject InMemorySpanExporter spans;
  @Inject EntityManager entityManager;
  @Inject KnownPlanRepository plans;
  @Inject KnownOrganizationRepository organizations;

  @BeforeEach
  void plan() {
    spans.reset();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (plans.findById(PLAN) == null) {
                KnownPlan p = new KnownPlan();
                p.id = PLAN;
                p.province = "KT";
                p.number = "7/KH-TRACE";
                p.status = "ISSUED";
                p.sections = new ArrayList<>(List.of("I"));
                p.version = 1;
                plans.persist(p);
              }
            });
  }

  @Test
  void aWritesEventReachesKafkaInTheCallersTrace() {
    String traceId = hex(16);
    String callerSpan = hex(8);
    String task =
        create(organization(), "00-" + traceId + "-" + callerSpan + "-01", "rojo=00f067aa0ba902b7");

    // The outbox row holds the context of the transaction that wrote it: the service's span.
    Object[] row =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Object[])
                        entityManager
                            .createNativeQuery(
                                "select traceparent, tracestate from outbox_event"
                                    + " where aggregate_id = ?1 and event_type = ?2")
                            .setParameter(1, task)
                            .setParameter(2, "plantrack.task.created.v1")
                            .getSingleResult());
    String stored = (String) row[0];
    assertThat(stored).matches(TRACEPARENT);
    assertThat(stored.split("-")[1]).isEqualTo(traceId);
    assertThat(stored.split("-")[2]).isNotEqualTo(callerSpan);
    assertThat(row[1]).isEqualTo("rojo=00f067aa0ba902b7");
    SpanData server = ancestor(finished(stored.split("-")[2]), SpanKind.SERVER);
    assertThat(server.getParentSpanId()).isEqualTo(callerSpan);

    // The record carries it on under the relay's producer span, a child of the stored span.
    ConsumerRecord<String, String> record = published(task, "plantrack.task.created.v1");
    String header = header(record, "traceparent");
    assertThat(header).matches(TRACEPARENT);
    assertThat(header.split("-")[1]).isEqualTo(traceId);
    assertThat(header(record, "tracestate")).isEqualTo("rojo=00f067aa0ba902b7");
    SpanData producer = finished(header.split("-")[2]);
    assertThat(producer.getKind()).isEqualTo(SpanKind.PRODUCER);
    assertThat(producer.getName()).isEqualTo("publish plantrack.tasks");
    assertThat(producer.getParentSpanId()).isEqualTo(stored.split("-")[2]);
  }

  @Test
  void aConsumedEventIsProcessedInTheTraceItsRecordCarriesAndItsEffectsEventsContinueIt()
      throws Exception {
    UUID merged = organization();
    String task = create(merged, null, null);
    String traceId = hex(16);
    String producerSpan = hex(8);
    ObjectNode event = TaskEventsTest.example("organization.merged.v1.json");
    String eventId = UUID.randomUUID().toString();
    event.put("id", eventId).put("subject", merged.toString());
    ((ObjectNode) event.get("data")).put("id", merged.toString()).put("version", 2);
    ((ObjectNode) event.get("data")).putArray("successorIds").add(UUID.randomUUID().toString());
    ProducerRecord<String, String> record =
        new ProducerRecord<>("plantrack.organizations", merged.toString(), event.toString());
    record
        .headers()
        .add(
            "traceparent",
            ("00-" + traceId + "-" + producerSpan + "-01").getBytes(StandardCharsets.UTF_8));
    send(record);

    // The consumer's processing span is in the record's trace, below the connector's receive span.
    SpanData process =
        awaitSpan(
            s ->
                s.getName().equals("process task.organizations")
                    && eventId.equals(
                        s.getAttributes()
                            .get(
                                io.opentelemetry.api.common.AttributeKey.stringKey(
                                    "cloudevents.event_id"))));
    assertThat(process.getTraceId()).isEqualTo(traceId);
    assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
    SpanData receive = finished(process.getParentSpanId());
    assertThat(receive.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(receive.getParentSpanId()).isEqualTo(producerSpan);
    assertThat(receive.getParentSpanContext().isRemote()).isTrue();

    // The effect (the open task moves to the successor) announces itself in the same trace.
    String header = header(published(task, "plantrack.task.reassigned.v1"), "traceparent");
    assertThat(header.split("-")[1]).isEqualTo(traceId);
    assertThat(finished(header.split("-")[2]).getParentSpanId()).isEqualTo(process.getSpanId());
  }

  /** A Kon Tum department known to task-service. */
  private UUID organization() {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              KnownOrganization o = new KnownOrganization();
              o.id = id;
              o.province = "KT";
              o.code = "KT.TRACE-" + id.toString().substring(0, 8);
              o.name = o.code;
              o.type = "DEPARTMENT";
              o.memberTypes = new ArrayList<>();
              o.version = 1;
              organizations.persist(o);
            });
    return id;
  }

  private static String create(UUID lead, String traceparent, String tracestate) {
    var request =
        given()
            .contentType(ContentType.JSON)
            .body(
                """
                {"planId": "%s", "sectionCode": "I", "code": "%d", "title": "Nhiệm vụ theo dõi",
                 "leadOrgIds": ["%s"], "cooperatingOrgIds": [], "expectedOutput": "Kế hoạch",
                 "expectedOutputType": "PLAN", "deadlineText": "Quý IV/2030"}
                """
                    .formatted(PLAN, ThreadLocalRandom.current().nextInt(1, 1_000_000), lead));
    if (traceparent != null) {
      request.header("traceparent", traceparent).header("tracestate", tracestate);
    }
    return request.post("/api/v1/tasks").then().statusCode(201).extract().path("id");
  }

  private ConsumerRecord<String, String> published(String key, String type) {
    List<ConsumerRecord<String, String>> records =
        TopicReader.await(
            kafka,
            "plantrack.tasks",
            r -> key.equals(r.key()) && r.value().contains("\"" + type + "\""),
            1,
            Duration.ofSeconds(20));
    assertThat(records).as(type).hasSize(1);
    return records.get(0);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as(name + " header").isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  private void send(ProducerRecord<String, String> record) throws Exception {
    // As the broker's admin: only plan-service may write the topic (deploy/infra kafka/access.txt).
    Properties props = TopicReader.asAdmin(kafka);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      producer.send(record).get();
    }
  }

  /** The nearest span of that kind, this one included, walking up through parents. */
  private SpanData ancestor(SpanData span, SpanKind kind) {
    SpanData current = span;
    while (current.getKind() != kind) {
      assertThat(current.getParentSpanContext().isValid())
          .as("a %s span above %s", kind, span.getName())
          .isTrue();
      current = finished(current.getParentSpanId());
    }
    return current;
  }

  private SpanData finished(String spanId) {
    return awaitSpan(s -> s.getSpanId().equals(spanId));
  }

  /** Spans are exported in batches: wait a little for one. */
  private SpanData awaitSpan(java.util.function.Predicate<SpanData> wanted) {
    List<Optional<SpanData>> found = new ArrayList<>(List.of(Optional.empty()));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              found.set(0, spans.getFinishedSpanItems().stream().filter(wanted).findFirst());
              return found.get(0).isPresent();
            });
    return found.get(0).get();
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    random[0] |= 1; // never all zeros (an invalid id)
    return HexFormat.of().formatHex(random);
  }
}
