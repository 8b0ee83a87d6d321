package vn.plantrack.indicator.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.indicator.rules.Counting;
import vn.plantrack.indicator.rules.ValueType;
import vn.plantrack.indicator.service.NightlyEvaluation;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

/**
 * indicator-service against plan-service's documented events (a merger moves the roles; the copies
 * themselves are directory-replica's tests), its own documented events, and the nightly
 * re-evaluation.
 */
@QuarkusTest
@RealInfrastructure
public class IndicatorEventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Inject IndicatorRepository indicators;
  @Inject NightlyEvaluation nightly;

  public static ObjectNode example(String path) throws Exception {
    Path root = Path.of(System.getProperty("plantrack.root", "../"));
    return (ObjectNode) JSON.readTree(Files.readString(root.resolve(path)));
  }

  UUID insert(UUID plan, UUID monitoring, String lastEvaluation) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Indicator i = new Indicator();
              i.id = UUID.randomUUID();
              i.province = "KT";
              i.planId = plan;
              i.code = "T-" + i.id.toString().substring(0, 8);
              i.name = "Quy mô kinh tế số";
              i.unit = "% GRDP";
              i.direction = Direction.HIGHER_IS_BETTER;
              i.counting = Counting.LEVEL;
              i.valueType = ValueType.NUMBER;
              i.leadOrgIds = new ArrayList<>(List.of(monitoring));
              i.monitoringOrgIds = new ArrayList<>(List.of(monitoring));
              i.targets =
                  new ArrayList<>(
                      List.of(
                          new Indicator.Target(
                              2025,
                              "≥ 25",
                              "AT_LEAST",
                              "≥",
                              new BigDecimal("25"),
                              null,
                              "% GRDP",
                              false,
                              false,
                              null)));
              if (lastEvaluation != null) {
                i.lastEvaluation.put("2025", lastEvaluation);
              }
              i.stampCreated("test");
              indicators.persist(i);
              return i.id;
            });
  }

  @Test
  void aMergerMovesLeadAndMonitoringRolesToTheSuccessor() throws Exception {
    ObjectNode merged = example("plan-service/docs/events/organization.merged.v1.json");
    UUID org = UUID.randomUUID();
    UUID successor = UUID.fromString(merged.get("data").get("successorIds").get(0).asText());
    UUID indicator = insert(UUID.randomUUID(), org, null);
    merged.put("id", UUID.randomUUID().toString()).put("subject", org.toString());
    ((ObjectNode) merged.get("data")).put("id", org.toString());
    TopicReader.send(kafka, "plantrack.organizations", org.toString(), merged.toString());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> find(indicator).monitoringOrgIds.contains(successor));
    assertThat(find(indicator).leadOrgIds).containsExactly(successor);
    assertThat(
            TopicReader.await(
                kafka,
                "plantrack.indicators",
                r ->
                    indicator.toString().equals(r.key())
                        && r.value().contains("plantrack.indicator.updated.v1")
                        && r.value().contains("reorganization"),
                1,
                Duration.ofSeconds(10)))
        .hasSize(1);
  }

  @Test
  void theNightlyRunAnnouncesWhatTimeChangedAndOnlyThat() throws Exception {
    // Its 2025 milestone ended without a value: NO_DATA now, though ON_TRACK was announced.
    UUID stale = insert(UUID.randomUUID(), UUID.randomUUID(), "ON_TRACK");
    UUID current = insert(UUID.randomUUID(), UUID.randomUUID(), "NO_DATA");
    nightly.run();
    nightly.run();
    List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> changes =
        TopicReader.await(
            kafka,
            "plantrack.indicators",
            r ->
                (stale.toString().equals(r.key()) || current.toString().equals(r.key()))
                    && r.value().contains("plantrack.indicator.evaluation-changed.v1"),
            2,
            Duration.ofSeconds(8));
    assertThat(changes).hasSize(1);
    JsonNode event = JSON.readTree(changes.get(0).value());
    assertThat(event.get("subject").asText()).isEqualTo(stale.toString());
    assertThat(event.at("/data/current/2025").asText()).isEqualTo("NO_DATA");
    assertThat(event.at("/data/previous/2025").asText()).isEqualTo("ON_TRACK");
    // The event carries every field its documented example shows.
    assertHasFields(
        event, example("indicator-service/docs/events/indicator.evaluation-changed.v1.json"));
  }

  public static void assertHasFields(JsonNode actual, JsonNode example) {
    for (Iterator<String> it = example.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      // requestid is there only when an API request caused the event; the nightly run has none.
      assertThat(actual.has(field) || field.equals("requestid")).as("field " + field).isTrue();
    }
    for (Iterator<String> it = example.get("data").fieldNames(); it.hasNext(); ) {
      String field = it.next();
      assertThat(actual.get("data").has(field)).as("data." + field).isTrue();
    }
  }

  private Indicator find(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> indicators.findById(id));
  }
}
