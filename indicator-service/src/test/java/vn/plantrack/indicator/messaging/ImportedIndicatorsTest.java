package vn.plantrack.indicator.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

/**
 * A confirmed plan import (plan-service's documented example) becomes the plan's indicators, their
 * targets read as for any other, attributed to whoever confirmed; redeliveries create nothing
 * twice.
 */
@QuarkusTest
@RealInfrastructure
class ImportedIndicatorsTest {
  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Inject IndicatorRepository indicators;
  @Inject KnownPlanRepository plans;

  @Test
  void theImportsIndicatorsAreCreatedOnceWithTheirTargetsRead() throws Exception {
    UUID plan = UUID.randomUUID();
    ObjectNode issued = IndicatorEventsTest.example("plan-service/docs/events/plan.issued.v1.json");
    issued.put("id", UUID.randomUUID().toString()).put("subject", plan.toString());
    ((ObjectNode) issued.get("data")).put("id", plan.toString());
    ObjectNode confirmed =
        IndicatorEventsTest.example("plan-service/docs/events/plan.import-confirmed.v1.json");
    confirmed.put("id", UUID.randomUUID().toString()).put("subject", plan.toString());
    ((ObjectNode) confirmed.get("data")).put("id", plan.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), issued.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), confirmed.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), confirmed.toString());
    confirmed.put("id", UUID.randomUUID().toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), confirmed.toString());
    ObjectNode marker = issued.deepCopy();
    marker.put("id", UUID.randomUUID().toString());
    ((ObjectNode) marker.get("data")).put("version", 99).put("number", "marker");
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), marker.toString());

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () -> {
                          var known = plans.findById(plan);
                          return known != null && "marker".equals(known.number);
                        }));
    List<Indicator> created =
        QuarkusTransaction.requiringNew().call(() -> indicators.list("planId = ?1", plan));
    assertThat(created).hasSize(1);
    Indicator digitalEconomy = created.get(0);
    assertThat(digitalEconomy.code).isEqualTo("6");
    assertThat(digitalEconomy.unit).isEqualTo("% GRDP");
    assertThat(digitalEconomy.targets).hasSize(1);
    assertThat(digitalEconomy.targets.get(0).year()).isEqualTo(2030);
    assertThat(digitalEconomy.targets.get(0).kind()).isEqualTo("AT_LEAST");
    assertThat(digitalEconomy.monitoringOrgIds)
        .containsExactly(UUID.fromString("3b66bee5-abff-311f-8012-2e65499a6f43"));
    assertThat(digitalEconomy.createdBy).isEqualTo("kt.coordinator");
  }

  /**
   * One bad row (a target without text) is left out and reported; the plan's others are created.
   */
  @Test
  void aBadRowIsReportedAndTheOtherIndicatorsAreCreated() throws Exception {
    UUID plan = UUID.randomUUID();
    ObjectNode issued = IndicatorEventsTest.example("plan-service/docs/events/plan.issued.v1.json");
    issued.put("id", UUID.randomUUID().toString()).put("subject", plan.toString());
    ((ObjectNode) issued.get("data")).put("id", plan.toString());
    ObjectNode confirmed =
        IndicatorEventsTest.example("plan-service/docs/events/plan.import-confirmed.v1.json");
    String eventId = UUID.randomUUID().toString();
    confirmed.put("id", eventId).put("subject", plan.toString());
    ObjectNode data = (ObjectNode) confirmed.get("data");
    data.put("id", plan.toString());
    var rows = (com.fasterxml.jackson.databind.node.ArrayNode) data.get("indicators");
    ObjectNode bad = rows.get(0).deepCopy();
    bad.put("code", "7");
    ((ObjectNode) bad.get("targets").get(0)).remove("text");
    ObjectNode fine = rows.get(0).deepCopy();
    fine.put("code", "8").put("name", "Tỷ lệ hồ sơ trực tuyến toàn trình");
    rows.add(bad).add(fine);
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), issued.toString());
    TopicReader.send(kafka, "plantrack.plans", plan.toString(), confirmed.toString());

    var letters =
        TopicReader.await(
            kafka,
            "plantrack.indicator.dead-letter",
            r -> r.value().contains(eventId + "/rejected"),
            1,
            Duration.ofSeconds(60));
    assertThat(letters).hasSize(1);
    assertThat(
            new String(
                letters.get(0).headers().lastHeader("dead-letter-reason").value(),
                java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("indicator.plans: rejected parts: 7: text missing");
    List<Indicator> created =
        QuarkusTransaction.requiringNew()
            .call(() -> indicators.list("planId = ?1 order by code", plan));
    assertThat(created).extracting(i -> i.code).containsExactly("6", "8");
  }
}
