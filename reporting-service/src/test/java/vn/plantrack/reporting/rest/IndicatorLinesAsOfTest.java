package vn.plantrack.reporting.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.plantrack.reporting.rest.KonTumReportingTest.JSON;
import static vn.plantrack.reporting.rest.KonTumReportingTest.as;
import static vn.plantrack.reporting.rest.KonTumReportingTest.coordinator;
import static vn.plantrack.reporting.rest.KonTumReportingTest.draft;
import static vn.plantrack.reporting.rest.KonTumReportingTest.example;
import static vn.plantrack.reporting.rest.KonTumReportingTest.id;
import static vn.plantrack.reporting.rest.KonTumReportingTest.organization;
import static vn.plantrack.reporting.rest.KonTumReportingTest.send;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.reporting.MovableClock;

/**
 * Indicator lines carry the evaluation as of the report's date (issue 13), from the facts
 * indicator-service's events carried, with its own rule: a value recorded or corrected after a
 * period's window end does not change that period's report, whatever indicator-service announces
 * for today. Kon Tum 1570's indicator 7.1, "Tỷ lệ sử dụng dịch vụ công trực tuyến" (≥ 80 %), with a
 * 2026 milestone for the test.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class IndicatorLinesAsOfTest {
  static final UUID PLAN = id("asof/plan/ASOF");
  static final UUID VP = id("asof/org/KT.VP");
  static final UUID INDICATOR = id("asof/indicator/7.1");

  @Inject MovableClock clock;

  @AfterEach
  void realTime() {
    clock.set(null);
  }

  static void plan() throws Exception {
    ObjectNode event = example("plan-service/docs/events/plan.issued.v1.json");
    ArrayNode rules = JSON.createArrayNode();
    rules
        .addObject()
        .put("name", "Báo cáo 6 tháng")
        .put("frequency", "SIX_MONTHS")
        .put("dueDay", 10)
        .putArray("recipients")
        .add("Văn phòng UBND tỉnh");
    rules
        .addObject()
        .put("name", "Báo cáo năm")
        .put("frequency", "YEARLY")
        .put("dueDay", 10)
        .put("dueMonth", 11)
        .putArray("recipients")
        .add("Văn phòng UBND tỉnh");
    ((ObjectNode) event.get("data")).put("number", "ASOF/KH-UBND").set("reportingRules", rules);
    send("plantrack.plans", event, PLAN, 1);
  }

  static void indicator() throws Exception {
    ObjectNode event = example("indicator-service/docs/events/indicator.created.v1.json");
    ObjectNode d = (ObjectNode) event.get("data");
    d.put("planId", PLAN.toString())
        .put("code", "7.1")
        .put("name", "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp")
        .put("unit", "%")
        .put("createdOn", "2025-03-01");
    d.set("monitoringOrgIds", JSON.createArrayNode().add(VP.toString()));
    d.set("leadOrgIds", JSON.createArrayNode().add(VP.toString()));
    ArrayNode targets = d.putArray("targets");
    for (int[] target : new int[][] {{2026, 80}, {2030, 90}}) {
      targets
          .addObject()
          .put("year", target[0])
          .put("text", "≥ " + target[1])
          .put("kind", "AT_LEAST")
          .put("operator", "≥")
          .put("min", target[1])
          .putNull("max")
          .put("unit", "%")
          .put("rising", false);
    }
    send("plantrack.indicators", event, INDICATOR, 1);
  }

  static void value(String period, String periodEnd, int value, int revision, String day, long v)
      throws Exception {
    ObjectNode event =
        example("indicator-service/docs/events/indicator.measurement-recorded.v1.json");
    ((ObjectNode) event.get("data"))
        .put("planId", PLAN.toString())
        .put("code", "7.1")
        .put("period", period)
        .put("periodEnd", periodEnd)
        .put("value", value)
        .put("revision", revision)
        .put("recordedAt", day + "T03:00:00Z")
        .put("recordedOn", day);
    send("plantrack.indicators", event, INDICATOR, v);
  }

  /** What indicator-service announces as of today: the report of an earlier date ignores it. */
  static void announced(String evaluation, long v) throws Exception {
    ObjectNode event =
        example("indicator-service/docs/events/indicator.evaluation-changed.v1.json");
    ObjectNode d = (ObjectNode) event.get("data");
    d.put("planId", PLAN.toString());
    d.set("current", JSON.createObjectNode().put("2026", evaluation).put("2030", evaluation));
    send("plantrack.indicators", event, INDICATOR, v);
  }

  static ObjectNode consolidated(String period) throws Exception {
    String id =
        coordinator()
            .contentType(ContentType.JSON)
            .body(Map.of("planId", PLAN.toString(), "period", period))
            .post("/api/v1/consolidated-reports")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return (ObjectNode)
        JSON.readTree(
            coordinator()
                .queryParam("annexes", true)
                .get("/api/v1/consolidated-reports/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
  }

  static String unitReport(String period) {
    return coordinator()
        .queryParam("planId", PLAN)
        .queryParam("period", period)
        .queryParam("orgId", VP)
        .get("/api/v1/reports")
        .then()
        .statusCode(200)
        .extract()
        .path("[0].id");
  }

  @Test
  void aValueRecordedAfterThePeriodLeavesTheEarlierReportWithTheEarlierEvaluation()
      throws Exception {
    organization(VP, "KT.VP", "Văn phòng UBND tỉnh");
    plan();
    indicator();
    // The first quarter's 30 %, reported on 10 April 2025: ahead of the line from 0 (1 Jan 2025)
    // to 80 at the end of 2026. Corrected to 5 % on 1 February 2026 (sent first: order does not
    // matter), and the year's 20 % reported on 15 January 2026, both after the 2025 window's end
    // (14 Dec 2025): from then it is behind the line from 5 to 80.
    value("2025-Q1", "2025-03-31", 5, 2, "2026-02-01", 5);
    value("2025-Q1", "2025-03-31", 30, 1, "2025-04-10", 2);
    announced("ON_TRACK", 3);
    value("2025", "2025-12-31", 20, 1, "2026-01-15", 4);
    announced("AT_RISK", 6);

    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () ->
                coordinator()
                    .queryParam("planId", PLAN)
                    .queryParam("period", "2026-H1")
                    .queryParam("orgId", VP)
                    .get("/api/v1/reports")
                    .then()
                    .statusCode(200)
                    .body("[0].content.indicators.size()", equalTo(1))
                    .body("[0].content.indicators[0].value", equalTo("20")));

    // The 2025 unit report, submitted on 5 Nov 2025, is frozen as of that day.
    String report2025 = unitReport("2025");
    clock.set(Instant.parse("2025-11-05T03:00:00Z"));
    draft(VP, report2025, "Tỷ lệ dịch vụ công trực tuyến quý I đạt 30%.");
    as("officer", "KT", VP)
        .post("/api/v1/reports/" + report2025 + "/submit")
        .then()
        .statusCode(200)
        .body("content.asOf", equalTo("2025-11-05"))
        .body("content.indicators[0].milestone", equalTo(2026))
        .body("content.indicators[0].period", equalTo("2025-Q1"))
        .body("content.indicators[0].value", equalTo("30"))
        .body("content.indicators[0].evaluation", equalTo("ON_TRACK"));
    clock.set(null);

    // The consolidated 2025 report, as of its window's end (14 Dec 2025): the same, though
    // indicator-service now announces AT_RISK and the value has been corrected since.
    ObjectNode year = consolidated("2025");
    org.assertj.core.api.Assertions.assertThat(year.at("/content/indicators/0/evaluation").asText())
        .isEqualTo("ON_TRACK");
    org.assertj.core.api.Assertions.assertThat(year.at("/content/indicators/0/value").asText())
        .isEqualTo("30");
    org.assertj.core.api.Assertions.assertThat(
            year.at("/content/evaluationTotals/ON_TRACK").asInt())
        .isEqualTo(1);

    // The next period's reports (as of 14 Jun 2026) see the late value and the correction.
    ObjectNode half = consolidated("2026-H1");
    org.assertj.core.api.Assertions.assertThat(half.at("/content/indicators/0/evaluation").asText())
        .isEqualTo("AT_RISK");
    org.assertj.core.api.Assertions.assertThat(half.at("/content/indicators/0/period").asText())
        .isEqualTo("2025");
    coordinator()
        .get("/api/v1/reports/" + unitReport("2026-H1"))
        .then()
        .body("content.asOf", equalTo("2026-06-14"))
        .body("content.indicators[0].evaluation", equalTo("AT_RISK"));
  }
}
