package vn.plantrack.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.reporting.MovableClock;

/**
 * The Kon Tum plan 1570's 2025 reporting, end to end on real Kafka and PostgreSQL: the owners'
 * events build the read model; three units report for 2025-H1 (one late, one returned and
 * resubmitted); the consolidated report counts right, exports to XLSX, DOCX and PDF in Vietnamese,
 * and comes back the same after the read model is deleted and replayed.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class KonTumReportingTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final UUID PLAN = id("reporting/plan/1570");
  static final UUID STC = id("reporting/org/KT.STC");
  static final UUID CAT = id("reporting/org/KT.CAT");
  static final UUID SKHCN = id("reporting/org/KT.SKHCN");
  static final UUID CAT_SUCCESSOR = id("reporting/org/KT.CAT-MOI");

  @Inject MovableClock clock;

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  static String kafka() {
    return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
  }

  static ObjectNode example(String path) throws Exception {
    Path root = Path.of(System.getProperty("plantrack.root", "../"));
    return (ObjectNode) JSON.readTree(Files.readString(root.resolve(path)));
  }

  static void send(String topic, ObjectNode event, UUID subject, long version) {
    event.put("id", UUID.randomUUID().toString()).put("subject", subject.toString());
    ((ObjectNode) event.get("data")).put("id", subject.toString()).put("version", version);
    TopicReader.send(kafka(), topic, subject.toString(), event.toString());
  }

  static void organization(UUID id, String code, String name) throws Exception {
    ObjectNode e = example("plan-service/docs/events/organization.updated.v1.json");
    ((ObjectNode) e.get("data")).put("code", code).put("name", name).put("type", "DEPARTMENT");
    send("plantrack.organizations", e, id, 1);
  }

  static void task(
      String code,
      UUID parent,
      UUID lead,
      String deadline,
      String kind,
      String due,
      String status,
      String completedOn,
      long version)
      throws Exception {
    task(code, parent, lead, null, deadline, kind, due, status, completedOn, version);
  }

  static void task(
      String code,
      UUID parent,
      UUID lead,
      UUID cooperating,
      String deadline,
      String kind,
      String due,
      String status,
      String completedOn,
      long version)
      throws Exception {
    ObjectNode e = example("task-service/docs/events/task.status-changed.v1.json");
    ObjectNode d = (ObjectNode) e.get("data");
    d.put("planId", PLAN.toString())
        .put("code", code)
        .put("title", "Nhiệm vụ " + code + " của Kế hoạch 1570: triển khai chuyển đổi số")
        .put("deadlineText", deadline)
        .put("deadlineKind", kind)
        .put("status", status);
    d.set("leadOrgIds", JSON.createArrayNode().add(lead.toString()));
    if (cooperating != null) {
      d.set("cooperatingOrgIds", JSON.createArrayNode().add(cooperating.toString()));
    }
    if (parent == null) {
      d.putNull("parentId");
    } else {
      d.put("parentId", parent.toString());
    }
    if (due == null) {
      d.putNull("dueDate");
    } else {
      d.put("dueDate", due);
    }
    if (completedOn == null) {
      d.putNull("completedOn");
    } else {
      d.put("completedOn", completedOn);
    }
    d.set("timeline", timeline(deadline, kind, due, status, completedOn, version));
    send("plantrack.tasks", e, id("reporting/task/" + code), version);
  }

  /**
   * What task-service publishes of a version for the timeliness rule: the deadline's reading, the
   * status, and the day it takes effect (a completion: its date; else from the start).
   */
  static ObjectNode timeline(
      String text, String kind, String due, String status, String completedOn, long version) {
    ObjectNode deadline =
        JSON.createObjectNode()
            .put("text", text)
            .put("kind", kind)
            .put("dueDate", due)
            .put("recurrence", "RECURRING".equals(kind) ? "YEARLY" : null)
            .put("needsReview", "UNRECOGNIZED".equals(kind));
    ObjectNode facts =
        JSON.createObjectNode().put("status", status).put("completedOn", completedOn);
    facts.set("deadline", deadline);
    ObjectNode timeline =
        JSON.createObjectNode()
            .put("version", version)
            .put("effectiveOn", completedOn)
            .put("progressPercent", "COMPLETED".equals(status) ? 100 : 0)
            .put("extensions", 0);
    timeline.set("facts", facts);
    return timeline;
  }

  static RequestSpecification as(String role, String province, UUID org) {
    return given().auth().oauth2(Tokens.of(role + "-" + org, role, province, org));
  }

  static RequestSpecification coordinator() {
    return as("coordinator", "KT", null);
  }

  static String reportOf(UUID org, String period) {
    return coordinator()
        .queryParam("planId", PLAN)
        .queryParam("period", period)
        .queryParam("orgId", org)
        .get("/api/v1/reports")
        .then()
        .statusCode(200)
        .extract()
        .path("[0].id");
  }

  static void draft(UUID org, String report, String results) {
    as("officer", "KT", org)
        .contentType(ContentType.JSON)
        .header(
            "If-Match",
            "\""
                + as("officer", "KT", org)
                    .get("/api/v1/reports/" + report)
                    .then()
                    .extract()
                    .path("version")
                + "\"")
        .body(
            Map.of(
                "results", results,
                "difficulties", "Thiếu nhân lực chuyên trách về chuyển đổi số.",
                "proposals", "Đề nghị bổ sung kinh phí năm 2026."))
        .put("/api/v1/reports/" + report)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
  }

  @Test
  void theFirstHalfOf2025IsReportedConsolidatedExportedAndSurvivesAReplay() throws Exception {
    // The owners' events, as they publish them.
    organization(STC, "KT.STC", "Sở Tài chính");
    organization(CAT, "KT.CAT", "Công an tỉnh");
    organization(SKHCN, "KT.SKHCN", "Sở Khoa học và Công nghệ");
    ObjectNode plan = example("plan-service/docs/events/plan.issued.v1.json");
    ArrayNode rules = JSON.createArrayNode();
    rules
        .addObject()
        .put("name", "Báo cáo 6 tháng")
        .put("frequency", "SIX_MONTHS")
        .put("dueDay", 10)
        .putArray("recipients")
        .add("Sở Khoa học và Công nghệ");
    rules
        .addObject()
        .put("name", "Báo cáo năm")
        .put("frequency", "YEARLY")
        .put("dueDay", 10)
        .put("dueMonth", 11)
        .putArray("recipients")
        .add("Sở Khoa học và Công nghệ");
    ((ObjectNode) plan.get("data")).set("reportingRules", rules);
    send("plantrack.plans", plan, PLAN, 1);
    task("1", null, STC, SKHCN, "6/2025", "MONTH", "2025-06-30", "COMPLETED", "2025-06-05", 3);
    task("2", null, STC, "3/2025", "MONTH", "2025-03-31", "IN_PROGRESS", null, 2);
    task("3", null, CAT, "Thường xuyên", "ONGOING", null, "IN_PROGRESS", null, 2);
    task(
        "4",
        null,
        CAT,
        "Sau khi có hướng dẫn của Trung ương",
        "CONDITIONAL",
        null,
        "NOT_STARTED",
        null,
        1);
    task("5", null, SKHCN, "12/2025", "MONTH", "2025-12-31", "NOT_STARTED", null, 1);
    task("6", null, SKHCN, "4/2025", "MONTH", "2025-04-30", "COMPLETED", "2025-05-20", 4);
    task("38", null, SKHCN, null, "UNRECOGNIZED", null, "IN_PROGRESS", null, 1);
    task(
        "38.1",
        id("reporting/task/38"),
        STC,
        "9/2025",
        "MONTH",
        "2025-09-30",
        "IN_PROGRESS",
        null,
        2);
    task(
        "38.2",
        id("reporting/task/38"),
        CAT,
        "5/2025",
        "MONTH",
        "2025-05-31",
        "IN_PROGRESS",
        null,
        2);
    // A replayed older event changes nothing.
    task("1", null, STC, "6/2025", "MONTH", "2025-06-30", "IN_PROGRESS", null, 2);
    ObjectNode indicator = example("indicator-service/docs/events/indicator.created.v1.json");
    ((ObjectNode) indicator.get("data")).put("planId", PLAN.toString());
    ((ObjectNode) indicator.get("data"))
        .set("monitoringOrgIds", JSON.createArrayNode().add(SKHCN.toString()));
    UUID economy = id("reporting/indicator/6");
    send("plantrack.indicators", indicator, economy, 1);
    ObjectNode value =
        example("indicator-service/docs/events/indicator.measurement-recorded.v1.json");
    ((ObjectNode) value.get("data"))
        .put("period", "2024")
        .put("periodEnd", "2024-12-31")
        .put("recordedAt", "2025-01-15T03:00:00Z")
        .put("recordedOn", "2025-01-15");
    send("plantrack.indicators", value, economy, 2);
    send(
        "plantrack.indicators",
        example("indicator-service/docs/events/indicator.evaluation-changed.v1.json"),
        economy,
        3);

    // The read model fills from the topics.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                coordinator()
                    .queryParam("planId", PLAN)
                    .queryParam("period", "2025-H1")
                    .get("/api/v1/reports")
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(3))
                    .body(
                        "find { it.orgId == '" + SKHCN + "' }.content.indicators.size()",
                        equalTo(1))
                    .body("find { it.orgId == '" + STC + "' }.content.tasks.size()", equalTo(3))
                    // Each task line names its lead and cooperating agencies.
                    .body(
                        "find { it.orgId == '" + STC + "' }.content.tasks[0].leads.name",
                        equalTo(java.util.List.of("Sở Tài chính")))
                    .body(
                        "find { it.orgId == '" + STC + "' }.content.tasks[0].cooperating.name",
                        equalTo(java.util.List.of("Sở Khoa học và Công nghệ"))));

    // The periods, with the Decree 09 windows and "before the 10th" due instants.
    JsonPath periods =
        coordinator()
            .queryParam("planId", PLAN)
            .queryParam("from", "2025-01-01")
            .queryParam("to", "2025-12-31")
            .get("/api/v1/reporting-periods")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(periods.getString("find { it.id == '2025-H1' }.windowStart"))
        .isEqualTo("2024-12-15");
    assertThat(periods.getString("find { it.id == '2025-H1' }.windowEnd")).isEqualTo("2025-06-14");
    assertThat(periods.getString("find { it.id == '2025-H1' }.dueAt"))
        .isEqualTo("2025-06-09T17:00:00Z");
    assertThat(periods.getString("find { it.id == '2025' }.windowEnd")).isEqualTo("2025-12-14");
    assertThat(periods.getString("find { it.id == '2025' }.dueAt"))
        .isEqualTo("2025-11-09T17:00:00Z");

    // Sở Tài chính drafts and submits on time; Công an tỉnh late; the coordinator returns STC's.
    String stc = reportOf(STC, "2025-H1");
    String cat = reportOf(CAT, "2025-H1");
    as("officer", "KT", STC).post("/api/v1/reports/" + stc + "/submit").then().statusCode(409);
    draft(STC, stc, "Hoàn thành nhiệm vụ 1 đúng hạn.");
    as("officer", "KT", CAT).post("/api/v1/reports/" + stc + "/submit").then().statusCode(403);
    coordinator().post("/api/v1/reports/" + stc + "/accept").then().statusCode(409);
    clock.set(Instant.parse("2025-06-05T03:00:00Z"));
    as("officer", "KT", STC)
        .post("/api/v1/reports/" + stc + "/submit")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("onTime", equalTo(true))
        .body("frozen", equalTo(true));
    as("officer", "KT", STC).post("/api/v1/reports/" + stc + "/submit").then().statusCode(409);
    draft(CAT, cat, "Duy trì nhiệm vụ thường xuyên.");
    clock.set(Instant.parse("2025-06-12T03:00:00Z"));
    as("officer", "KT", CAT)
        .post("/api/v1/reports/" + cat + "/submit")
        .then()
        .statusCode(200)
        .body("onTime", equalTo(false));
    coordinator()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/reports/" + stc + "/return")
        .then()
        .statusCode(400);
    coordinator()
        .contentType(ContentType.JSON)
        .body("{\"reason\": \"Bổ sung số liệu nhiệm vụ 2\"}")
        .post("/api/v1/reports/" + stc + "/return")
        .then()
        .statusCode(200)
        .body("status", equalTo("RETURNED"))
        .body("returnReason", equalTo("Bổ sung số liệu nhiệm vụ 2"));
    draft(STC, stc, "Hoàn thành nhiệm vụ 1; nhiệm vụ 2 đang khắc phục.");
    clock.set(Instant.parse("2025-06-08T03:00:00Z"));
    as("officer", "KT", STC)
        .post("/api/v1/reports/" + stc + "/submit")
        .then()
        .statusCode(200)
        .body("onTime", equalTo(true));
    coordinator().post("/api/v1/reports/" + cat + "/accept").then().statusCode(200);
    as("coordinator", "BK", null).get("/api/v1/reports/" + stc).then().statusCode(404);
    assertThat(
            TopicReader.await(
                kafka(), "plantrack.reports", r -> stc.equals(r.key()), 4, Duration.ofSeconds(10)))
        .extracting(r -> JSON.readTree(r.value()).get("type").asText())
        .containsExactly(
            "plantrack.report.submitted.v1",
            "plantrack.report.returned.v1",
            "plantrack.report.submitted.v1");

    // Compliance: 2 of 3 units reported, 1 on time.
    coordinator()
        .queryParam("planId", PLAN)
        .queryParam("period", "2025-H1")
        .get("/api/v1/reporting/compliance")
        .then()
        .statusCode(200)
        .body("expected", equalTo(3))
        .body("received", equalTo(2))
        .body("onTime", equalTo(1));

    // The consolidated report, as of 2025-06-14.
    String consolidated =
        coordinator()
            .contentType(ContentType.JSON)
            .body(Map.of("planId", PLAN.toString(), "period", "2025-H1"))
            .post("/api/v1/consolidated-reports")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Integer> totals = totals(consolidated);
    assertThat(totals)
        .containsEntry("COMPLETED_ON_TIME", 1) // 1
        .containsEntry("COMPLETED_LATE", 1) // 6
        .containsEntry("IN_PROGRESS_WITHIN_DEADLINE", 2) // 5, 38.1
        .containsEntry("OVERDUE", 3) // 2, 38.2, and 38 by its sub-tasks
        .containsEntry("ONGOING", 1) // 3
        .containsEntry("AWAITING_CONDITION", 1); // 4
    coordinator()
        .get("/api/v1/consolidated-reports/" + consolidated)
        .then()
        .body("content.unitsExpected", equalTo(3))
        .body("content.unitsReported", equalTo(2))
        .body("content.unitsOnTime", equalTo(1))
        .body("content.evaluationTotals.ON_TRACK", equalTo(1))
        .body("content.units.results", hasItems("Duy trì nhiệm vụ thường xuyên."));
    coordinator()
        .post("/api/v1/consolidated-reports/" + consolidated + "/issue")
        .then()
        .statusCode(200)
        .body("status", equalTo("ISSUED"))
        .body("number", equalTo(1));
    coordinator()
        .post("/api/v1/consolidated-reports/" + consolidated + "/issue")
        .then()
        .statusCode(409);

    // The documents open and read in Vietnamese.
    byte[] xlsx = export(consolidated, "xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheet("Nhiệm vụ").getLastRowNum()).isEqualTo(9);
      assertThat(wb.getSheet("Tình hình báo cáo").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("Công an tỉnh");
      var first = wb.getSheet("Nhiệm vụ").getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1");
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Sở Tài chính");
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Sở Khoa học và Công nghệ");
    }
    byte[] docx = export(consolidated, "docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains(
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Sở Tài chính",
              "Thiếu nhân lực chuyên trách về chuyển đổi số.");
      var annex =
          doc.getTables().stream()
              .filter(t -> t.getRow(0).getTableCells().size() > 3)
              .filter(t -> t.getRow(0).getCell(2).getText().equals("Cơ quan chủ trì"))
              .findFirst()
              .orElseThrow();
      assertThat(annex.getRow(1).getCell(0).getText()).isEqualTo("1");
      assertThat(annex.getRow(1).getCell(2).getText()).isEqualTo("Sở Tài chính");
      assertThat(annex.getRow(1).getCell(3).getText()).isEqualTo("Sở Khoa học và Công nghệ");
    }
    byte[] pdf = export(consolidated, "pdf");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Quá hạn chưa hoàn thành", "Công an tỉnh", "6 tháng đầu năm 2025");
      // Task 1's row, cell after cell: title, lead, cooperating.
      assertThat(text.replaceAll("\\s+", " "))
          .contains(
              "Nhiệm vụ 1 của Kế hoạch 1570: triển khai chuyển đổi số Sở Tài chính Sở Khoa học và"
                  + " Công nghệ");
    }
    coordinator()
        .get("/api/v1/consolidated-reports/" + consolidated + "/export?format=odt")
        .then()
        .statusCode(400);
    String job =
        coordinator()
            .contentType(ContentType.JSON)
            .body("{\"format\": \"PDF\"}")
            .post("/api/v1/consolidated-reports/" + consolidated + "/exports")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                coordinator()
                    .get("/api/v1/export-jobs/" + job)
                    .then()
                    .body("status", equalTo("DONE"))
                    .body("progress", equalTo(100)));
    assertThat(
            coordinator()
                .get("/api/v1/export-jobs/" + job + "/file")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray())
        .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

    // A merger: Công an tỉnh's pending 2025 report passes to its successor; the submitted one
    // stays.
    String catYear = reportOf(CAT, "2025");
    ObjectNode merged = example("plan-service/docs/events/organization.merged.v1.json");
    ((ObjectNode) merged.get("data"))
        .set("successorIds", JSON.createArrayNode().add(CAT_SUCCESSOR.toString()));
    send("plantrack.organizations", merged, CAT, 2);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                coordinator()
                    .get("/api/v1/reports/" + catYear)
                    .then()
                    .body("orgId", equalTo(CAT_SUCCESSOR.toString())));
    coordinator().get("/api/v1/reports/" + cat).then().body("orgId", equalTo(CAT.toString()));

    // Rebuild the read model from the topics, aside, and switch to it: the same figures come back.
    ReadModelRebuildTest.rebuildAndAwait("DONE");
    as("coordinator", "KT", null)
        .post("/api/v1/reporting/read-model/rebuild")
        .then()
        .statusCode(403);
    String rebuilt =
        coordinator()
            .contentType(ContentType.JSON)
            .body(Map.of("planId", PLAN.toString(), "period", "2025-H1"))
            .post("/api/v1/consolidated-reports")
            .then()
            .statusCode(201)
            .body("number", equalTo(2))
            .extract()
            .path("id");
    assertThat(totals(rebuilt)).isEqualTo(totals);
    coordinator()
        .get("/api/v1/reporting/read-model")
        .then()
        .statusCode(200)
        .body("'plantrack.tasks'.lagSeconds", org.hamcrest.Matchers.notNullValue());
  }

  static Map<String, Integer> totals(String consolidated) {
    return coordinator()
        .get("/api/v1/consolidated-reports/" + consolidated)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("content.timelinessTotals");
  }

  static byte[] export(String consolidated, String format) {
    return coordinator()
        .queryParam("format", format)
        .get("/api/v1/consolidated-reports/" + consolidated + "/export")
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }
}
