package vn.plantrack.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.reporting.OrganizationView;
import vn.plantrack.reporting.repository.OrganizationViewRepository;

@QuarkusTest
@RealInfrastructure
class OrganizationEventsConsumerTest {
  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Inject OrganizationViewRepository views;
  @Inject EntityManager entityManager;

  /**
   * An event as plan-service documents it (plan-service/docs/events/organization.updated.v1.json),
   * with the id, subject, version and name this test needs.
   */
  static String event(String eventId, UUID orgId, long version, String name) {
    try {
      Path example =
          Path.of(System.getProperty("plantrack.root", "../"))
              .resolve("plan-service/docs/events/organization.updated.v1.json");
      ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(example));
      event.put("id", eventId);
      event.put("subject", orgId.toString());
      ObjectNode data = (ObjectNode) event.get("data");
      data.put("id", orgId.toString());
      data.put("name", name);
      data.put("version", version);
      return event.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject io.micrometer.core.instrument.MeterRegistry registry;

  @Test
  void duplicatesStaleEventsAndPoisonLeaveTheReadModelCorrect() {
    double deadLetteredBefore = deadLettered();
    UUID org = UUID.randomUUID();
    String first = UUID.randomUUID().toString();
    TopicReader.send(
        kafka, "plantrack.organizations", org.toString(), event(first, org, 3, "Sở Tài chính"));
    await().atMost(Duration.ofSeconds(20)).until(() -> nameOf(org) != null);
    assertThat(nameOf(org)).isEqualTo("Sở Tài chính");

    // The same event again, an older version, and a poison message: none may change the row or stop
    // the stream.
    TopicReader.send(
        kafka, "plantrack.organizations", org.toString(), event(first, org, 3, "Trùng lặp"));
    TopicReader.send(
        kafka,
        "plantrack.organizations",
        org.toString(),
        event(UUID.randomUUID().toString(), org, 2, "Cũ"));
    TopicReader.send(kafka, "plantrack.organizations", org.toString(), "{not a cloud event");
    TopicReader.send(
        kafka,
        "plantrack.organizations",
        org.toString(),
        event(UUID.randomUUID().toString(), org, 4, "Sở Tài chính (mới)"));

    await().atMost(Duration.ofSeconds(20)).until(() -> "Sở Tài chính (mới)".equals(nameOf(org)));
    assertThat(processedCount(first)).isEqualTo(1);
    var deadLetters =
        TopicReader.await(
            kafka,
            "plantrack.reporting.dead-letter",
            r -> r.value().startsWith("{not a cloud event"),
            1,
            Duration.ofSeconds(20));
    assertThat(deadLetters).hasSize(1);
    // The record says why, and the poison is counted.
    assertThat(
            new String(
                deadLetters.get(0).headers().lastHeader("dead-letter-reason").value(),
                java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("reporting.organizations: poison: PoisonEventException: not JSON");
    assertThat(deadLettered()).isGreaterThanOrEqualTo(deadLetteredBefore + 1);
  }

  private double deadLettered() {
    var counter =
        registry
            .find("plantrack.events.consumed")
            .tags("consumer", OrganizationEventsConsumer.NAME, "outcome", "dead-lettered")
            .counter();
    return counter == null ? 0 : counter.count();
  }

  private String nameOf(UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              OrganizationView view = views.findById(id);
              return view == null ? null : view.name;
            });
  }

  private long processedCount(String eventId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "select count(*) from processed_event where event_id = ?1")
                            .setParameter(1, eventId)
                            .getSingleResult())
                    .longValue());
  }
}
