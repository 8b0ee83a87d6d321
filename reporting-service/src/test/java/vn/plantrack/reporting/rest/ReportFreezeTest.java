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
import static vn.plantrack.reporting.rest.KonTumReportingTest.timeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.reporting.MovableClock;

/**
 * A unit's report shows its figures as of the day it is looked at (a draft) or submitted (frozen),
 * never past the period's window: the yearly 2025 report is due before 10 Nov while its window runs
 * to 14 Dec, and a task due in November that is in progress on 5 Nov is not overdue then.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class ReportFreezeTest {
  static final String YEAR = "2025";

  @Inject MovableClock clock;

  @AfterEach
  void realTime() {
    clock.set(null);
  }

  /**
   * A plan with the yearly report due before 10 Nov: its 2025 window is 15 Dec 2024–14 Dec 2025.
   */
  static UUID plan(String name) throws Exception {
    UUID plan = id("freeze/plan/" + name);
    ObjectNode event = example("plan-service/docs/events/plan.issued.v1.json");
    ArrayNode rules = JSON.createArrayNode();
    rules
        .addObject()
        .put("name", "Báo cáo năm")
        .put("frequency", "YEARLY")
        .put("dueDay", 10)
        .put("dueMonth", 11)
        .putArray("recipients")
        .add("Sở Khoa học và Công nghệ");
    ((ObjectNode) event.get("data")).put("number", name + "/KH-UBND").set("reportingRules", rules);
    send("plantrack.plans", event, plan, 1);
    return plan;
  }

  /** A task of the plan led by one unit, due "11/2025" and in progress. */
  static void taskDueInNovember(UUID plan, String code, UUID lead) throws Exception {
    ObjectNode e = example("task-service/docs/events/task.status-changed.v1.json");
    ObjectNode d = (ObjectNode) e.get("data");
    d.put("planId", plan.toString())
        .put("code", code)
        .put("title", "Nhiệm vụ " + code + ": số hóa hồ sơ thủ tục hành chính")
        .put("deadlineText", "11/2025")
        .put("deadlineKind", "MONTH")
        .put("dueDate", "2025-11-30")
        .put("status", "IN_PROGRESS")
        .put("progressPercent", 60)
        .putNull("completedOn")
        .putNull("parentId");
    d.set("leadOrgIds", JSON.createArrayNode().add(lead.toString()));
    d.set("timeline", timeline("11/2025", "MONTH", "2025-11-30", "IN_PROGRESS", null, 2));
    send("plantrack.tasks", e, id("freeze/task/" + plan + "/" + code), 2);
  }

  static String reportOf(UUID plan, UUID org) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                coordinator()
                    .queryParam("planId", plan)
                    .queryParam("period", YEAR)
                    .queryParam("orgId", org)
                    .get("/api/v1/reports")
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].content.tasks.size()", equalTo(1)));
    return coordinator()
        .queryParam("planId", plan)
        .queryParam("period", YEAR)
        .queryParam("orgId", org)
        .get("/api/v1/reports")
        .then()
        .extract()
        .path("[0].id");
  }

  @Test
  void aReportIsFrozenAsOfTheDayItIsSubmittedAndNeverPastItsWindow() throws Exception {
    UUID onTime = id("freeze/org/KT.STTTT");
    UUID late = id("freeze/org/KT.SXD");
    organization(onTime, "KT.STTTT", "Sở Thông tin và Truyền thông");
    organization(late, "KT.SXD", "Sở Xây dựng");
    UUID plan = plan("FREEZE");
    taskDueInNovember(plan, "1", onTime);
    taskDueInNovember(plan, "2", late);
    String report = reportOf(plan, onTime);
    String lateReport = reportOf(plan, late);

    // 01:30 on 5 Nov 2025 in Hà Nội time (18:30 on the 4th in UTC).
    clock.set(Instant.parse("2025-11-04T18:30:00Z"));
    as("officer", "KT", onTime)
        .get("/api/v1/reports/" + report)
        .then()
        .statusCode(200)
        .body("frozen", equalTo(false))
        .body("content.asOf", equalTo("2025-11-05"))
        .body("content.tasks[0].timeliness", equalTo("IN_PROGRESS_WITHIN_DEADLINE"));
    draft(onTime, report, "Đã số hóa 60% hồ sơ.");
    as("officer", "KT", onTime)
        .post("/api/v1/reports/" + report + "/submit")
        .then()
        .statusCode(200)
        .body("onTime", equalTo(true))
        .body("frozen", equalTo(true))
        .body("content.asOf", equalTo("2025-11-05"))
        .body("content.tasks[0].timeliness", equalTo("IN_PROGRESS_WITHIN_DEADLINE"));

    // After the window: the submitted report stays as it was sent; a draft shows the window's end.
    clock.set(Instant.parse("2026-01-10T03:00:00Z"));
    coordinator()
        .get("/api/v1/reports/" + report)
        .then()
        .body("content.asOf", equalTo("2025-11-05"))
        .body("content.tasks[0].timeliness", equalTo("IN_PROGRESS_WITHIN_DEADLINE"));
    coordinator()
        .get("/api/v1/reports/" + lateReport)
        .then()
        .body("frozen", equalTo(false))
        .body("content.asOf", equalTo("2025-12-14"))
        .body("content.tasks[0].timeliness", equalTo("OVERDUE"));
    // A late submission freezes the window's end.
    draft(late, lateReport, "Chưa hoàn thành.");
    as("officer", "KT", late)
        .post("/api/v1/reports/" + lateReport + "/submit")
        .then()
        .statusCode(200)
        .body("onTime", equalTo(false))
        .body("content.asOf", equalTo("2025-12-14"))
        .body("content.tasks[0].timeliness", equalTo("OVERDUE"));
  }

  @Test
  void aConsolidatedReportBuiltBeforeItsWindowClosesIsAsOfThatDayLikeTheUnitsDrafts()
      throws Exception {
    UUID lead = id("freeze/org/KT.SNV");
    organization(lead, "KT.SNV", "Sở Nội vụ");
    UUID plan = plan("CONSOLIDATED");
    taskDueInNovember(plan, "1", lead);
    reportOf(plan, lead);

    // Built on 5 Nov 2025: the task is due on 30 Nov, so it is still within its deadline.
    clock.set(Instant.parse("2025-11-04T18:30:00Z"));
    coordinator()
        .body("{\"planId\": \"" + plan + "\", \"period\": \"" + YEAR + "\"}")
        .contentType("application/json")
        .post("/api/v1/consolidated-reports")
        .then()
        .statusCode(201)
        .body("content.asOf", equalTo("2025-11-05"))
        .body("content.timelinessTotals.IN_PROGRESS_WITHIN_DEADLINE", equalTo(1))
        .body("content.timelinessTotals.OVERDUE", equalTo(0));

    // Built again once the window has closed: as of its end, the task is overdue.
    clock.set(Instant.parse("2026-01-10T03:00:00Z"));
    coordinator()
        .body("{\"planId\": \"" + plan + "\", \"period\": \"" + YEAR + "\"}")
        .contentType("application/json")
        .post("/api/v1/consolidated-reports")
        .then()
        .statusCode(201)
        .body("content.asOf", equalTo("2025-12-14"))
        .body("content.timelinessTotals.IN_PROGRESS_WITHIN_DEADLINE", equalTo(0))
        .body("content.timelinessTotals.OVERDUE", equalTo(1));
  }
}
