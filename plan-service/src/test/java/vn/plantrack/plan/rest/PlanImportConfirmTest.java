package vn.plantrack.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.plantrack.plan.EventContractTest;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.platform.test.PublishedData;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

/**
 * Confirming an import (issue 8): the plan is issued and its tasks and indicators leave in one
 * event, all or nothing; every unresolved agency needs a decision; confirming again sends nothing
 * twice. Also: imports as jobs, workbooks, and who may import.
 */
@QuarkusTest
@RealInfrastructure
@TestProfile(OrganizationResolutionTest.OwnDirectory.class)
@TestSecurity(user = "kt.coordinator", roles = "coordinator")
@OidcSecurity(claims = @Claim(key = "province", value = "KT"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanImportConfirmTest {
  @jakarta.inject.Inject EventData eventData;
  @jakarta.inject.Inject ObjectMapper mapper;

  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  /** First (the directory is loaded by an admin; the other cases act as their own callers). */
  @Test
  @Order(0)
  @TestSecurity(user = "admin", roles = "admin")
  void anAdminImportsIntoTheProvinceItNames() throws IOException {
    OrganizationResolutionTest.ensureDirectory();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", PlanImportTest.seed("bac-kan-131-KH-UBND-2025.txt")))
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("province"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "text",
                PlanImportTest.seed("bac-kan-131-KH-UBND-2025.txt"),
                "province",
                "BK",
                "number",
                "131/KH-UBND-A"))
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(201)
        .body("province", equalTo("BK"))
        .body("createdBy", equalTo("admin"))
        .body("counts.tasks", equalTo(78));
  }

  @Test
  @Order(1)
  void confirmingIssuesThePlanAndSendsEveryTaskAndIndicatorOnceAfterEveryNameIsDecided()
      throws Exception {
    JsonPath imported = importSeed("kon-tum-1570-KH-UBND-2025.txt", "1570/KH-UBND-C1");
    String id = imported.getString("id");
    String plan = imported.getString("planId");
    List<String> unresolved = unresolvedNames(imported);

    // Nothing decided about the names the directory did not know: refused, nothing changed.
    if (!unresolved.isEmpty()) {
      given()
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/v1/plans/imports/" + id + "/confirm")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("organizations"));
      given().get("/api/v1/plans/" + plan).then().body("status", equalTo("DRAFT"));
      given().get("/api/v1/plans/imports/" + id).then().body("status", equalTo("DRAFT"));
    }

    // A wrong organization id is refused too.
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of("organizations", Map.of("Sở Tài chính", "00000000-0000-0000-0000-000000000001")))
        .post("/api/v1/plans/imports/" + id + "/confirm")
        .then()
        .statusCode(400);

    Map<String, Object> decisions = new HashMap<>();
    unresolved.forEach(name -> decisions.put(name, null));
    // Any lead left without an agency would be refused: map those names to the coordinator's Sở.
    for (String name : leadOnlyUnresolved(imported)) {
      decisions.put(name, Organization.idForCode("KT.SKHCN").toString());
    }
    JsonPath confirmed =
        given()
            .contentType(ContentType.JSON)
            .body(JSON.writeValueAsString(Map.of("organizations", decisions)))
            .post("/api/v1/plans/imports/" + id + "/confirm")
            .then()
            .statusCode(200)
            .body("status", equalTo("CONFIRMED"))
            .body("confirmedBy", equalTo("kt.coordinator"))
            .body("confirmation.tasks", equalTo(197))
            .body("confirmation.indicators", equalTo(36))
            .extract()
            .jsonPath();
    given().get("/api/v1/plans/" + plan).then().body("status", equalTo("ISSUED"));

    List<ConsumerRecord<String, String>> events =
        TopicReader.await(
            kafka,
            "plantrack.plans",
            r -> plan.equals(r.key()) && r.value().contains("import-confirmed"),
            1,
            Duration.ofSeconds(20));
    assertThat(events).hasSize(1);
    JsonNode event = JSON.readTree(events.get(0).value());
    EventContractTest.assertSameShape(event, "plan.import-confirmed.v1.json");
    // Its readers decode it as the contract's record, which is exactly what was published.
    String published = events.get(0).value();
    PlanEvents.ImportConfirmed record =
        eventData.decode(
            InboundEvent.parse(mapper, published), PlanEvents.ImportConfirmed.class, "id");
    assertThat(record.tasks()).hasSize(197);
    PublishedData.assertIsTheRecord(mapper, published, record);
    JsonNode data = event.get("data");
    assertThat(data.get("tasks")).hasSize(197);
    assertThat(data.get("indicators")).hasSize(36);
    assertThat(event.get("id").asText()).isEqualTo(confirmed.getString("confirmation.eventId"));
    // Parents precede their sub-tasks; every task keeps a lead; Sở Tài chính leads 38.1.
    int first38 = -1;
    for (int i = 0; i < data.get("tasks").size(); i++) {
      JsonNode t = data.get("tasks").get(i);
      assertThat(t.get("leadOrgIds")).as("lead of " + t.get("code")).isNotEmpty();
      if (t.get("code").asText().equals("38")) {
        first38 = i;
      }
      if ("38".equals(t.path("parentCode").asText(null))) {
        assertThat(first38).as("38 before " + t.get("code")).isBetween(0, i);
      }
      if (t.get("code").asText().equals("38.1")) {
        assertThat(t.get("leadOrgIds").get(0).asText())
            .isEqualTo(Organization.idForCode("KT.STC").toString());
      }
    }
    // The issued event precedes it on the plan's partition.
    List<ConsumerRecord<String, String>> issued =
        TopicReader.await(
            kafka,
            "plantrack.plans",
            r -> plan.equals(r.key()) && r.value().contains("plan.issued"),
            1,
            Duration.ofSeconds(5));
    assertThat(issued.get(0).offset()).isLessThan(events.get(0).offset());

    // Confirming again (a retry) answers the same and sends nothing.
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/plans/imports/" + id + "/confirm")
        .then()
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"))
        .body("confirmation.eventId", equalTo(confirmed.getString("confirmation.eventId")));
    Thread.sleep(1500); // the relay polls every few hundred ms: give a duplicate time to show
    assertThat(
            TopicReader.await(
                kafka,
                "plantrack.plans",
                r -> plan.equals(r.key()) && r.value().contains("import-confirmed"),
                2,
                Duration.ofSeconds(3)))
        .hasSize(1);
    // The plan's history says who confirmed it.
    given()
        .get("/api/v1/plans/" + plan + "/history")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("IMPORT_CONFIRMED"));
  }

  /**
   * A plan whose one task is a sentence ("Sở Tài chính chủ trì …, hoàn thành …") reads as one task
   * and confirms without any decision: its lead is in the directory. This is the e2e matrix's
   * import document (whose rare refusal came from its number: HeaderReaderTest).
   */
  @Test
  @Order(1)
  void aTaskWrittenAsOneSentenceConfirmsWithItsLead() throws Exception {
    String text =
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: S1-IMP/KH-UBND\nKon Tum, ngày 15 tháng 01 năm 2025\n"
            + "KẾ HOẠCH\nThử nhập kế hoạch\nI. NHIỆM VỤ\n"
            + "1. Sở Tài chính chủ trì xây dựng đề án, hoàn thành Quý IV/2026.\n";
    JsonPath imported =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("text", text, "province", "KT"))
            .post("/api/v1/plans/imports")
            .then()
            .statusCode(201)
            .body("counts.tasks", equalTo(1))
            .body("tasks[0].lead[0].orgId", equalTo(Organization.idForCode("KT.STC").toString()))
            .extract()
            .jsonPath();
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/plans/imports/" + imported.getString("id") + "/confirm")
        .then()
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"))
        .body("confirmation.tasks", equalTo(1));
  }

  @Test
  @Order(1)
  @TestSecurity(user = "kt.viewer", roles = "viewer")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void aViewerNeitherImportsNorConfirms() throws Exception {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", PlanImportTest.seed("kon-tum-1570-KH-UBND-2025.txt")))
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(403);
  }

  @Test
  @Order(1)
  @TestSecurity(user = "service-account-provincial-integration", roles = "integration")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void anIntegrationImportsIntoItsProvinceAsAJobWithProgress() throws Exception {
    Response accepted =
        given()
            .contentType(ContentType.JSON)
            .header("Prefer", "respond-async")
            .body(
                Map.of(
                    "text",
                    PlanImportTest.seed("kon-tum-so-khcn-plan-implementing-1570.txt"),
                    "number",
                    "45/KH-SKHCN-J"))
            .post("/api/v1/plans/imports");
    accepted.then().statusCode(202).body("status", equalTo("READING"));
    String location = accepted.header("Location");
    assertThat(location).contains("/api/v1/plans/imports/");
    JsonPath done = poll(location);
    assertThat(done.getString("status")).isEqualTo("DRAFT");
    assertThat(done.getInt("counts.tasks")).isEqualTo(19);
    assertThat(done.getInt("progress")).isEqualTo(100);
    assertThat(done.getString("createdBy")).isEqualTo("service-account-provincial-integration");
    // The job ran as the caller who sent the document, under its request id.
    given()
        .get("/api/v1/plans/" + done.getString("planId") + "/history")
        .then()
        .statusCode(200)
        .body("items.changedBy", everyItem(equalTo("service-account-provincial-integration")))
        .body("items.requestId", everyItem(equalTo(accepted.header("X-Request-Id"))));

    // Another province: refused (the integration writes only in its own).
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "x", "province", "BK"))
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(400);
  }

  @Test
  @Order(1)
  void aJobThatCannotReadItsDocumentEndsFailedWithTheProblem() throws Exception {
    // A PDF that is no PDF past its first bytes: read as a job, it fails with the 422 a direct
    // import would have answered.
    Response accepted =
        given()
            .contentType("application/pdf")
            .header("Prefer", "respond-async")
            .body(
                "%PDF-1.7\nthis is no PDF at all".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .post("/api/v1/plans/imports");
    accepted.then().statusCode(202);
    JsonPath failed = poll(accepted.header("Location"));
    assertThat(failed.getString("status")).isEqualTo("FAILED");
    assertThat(failed.getInt("failure.status")).isEqualTo(422);
    assertThat(failed.getString("planId")).isNull();
  }

  @Test
  @Order(1)
  void aDocumentWithoutNumberReadsAsADraftAndAsksForItsNumberAtConfirmation() throws Exception {
    // The department's plan prints neither number nor date: it is read all the same.
    JsonPath draft =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "text",
                    PlanImportTest.seed("kon-tum-so-khcn-plan-implementing-1570.txt"),
                    "province",
                    "KT"))
            .post("/api/v1/plans/imports")
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .body("counts.tasks", equalTo(19))
            .extract()
            .jsonPath();
    assertThat(draft.getString("planId")).isNull();
    assertThat(draft.getList("needs", String.class)).containsExactly("number", "issuedOn");
    assertThat(draft.getString("header.number")).isNull();
    assertThat(draft.getString("header.title")).contains("1570/KH-UBND");
    assertThat(draft.getInt("tasks[0].source.line")).isEqualTo(draft.getInt("tasks[0].line"));
    assertThat(draft.getInt("tasks[0].source.confidence")).isBetween(0, 100);
    String confirm = "/api/v1/plans/imports/" + draft.getString("id") + "/confirm";
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post(confirm)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("number"))
        .body("errors.field", hasItem("issuedOn"));
    // With both, the number is no longer what stops it (its agencies still have to be decided).
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("number", "45/KH-SKHCN-N", "issuedOn", "2025-06-02"))
        .post(confirm)
        .then()
        .statusCode(400)
        .body("errors.field", not(hasItem("number")))
        .body("errors.field", not(hasItem("issuedOn")))
        .body("errors.field", hasItem("organizations"));
    given()
        .get("/api/v1/plans/imports/" + draft.getString("id"))
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("planId", equalTo(null));
  }

  @Test
  @Order(1)
  void aWorkbookOfTheDocumentsRowsImportsWithTheSameCounts() throws Exception {
    // The Kon Tum plan as a coordinator keeps it in Excel: one row per line, table cells in cells.
    byte[] workbook = workbookOf(PlanImportTest.seed("kon-tum-1570-KH-UBND-2025.txt"));
    given()
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .queryParam("number", "1570/KH-UBND-X")
        .body(workbook)
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(201)
        .body("sourceFormat", equalTo("XLSX"))
        .body("counts.tasks", equalTo(87))
        .body("counts.subTasks", equalTo(110))
        .body("counts.indicators", equalTo(25))
        .body("counts.subIndicators", equalTo(11))
        .body("tasks.find { it.code == '38.1' }.deadlineText", equalTo("2/2026"));

    // Not a workbook: a clear 400, nothing created.
    given()
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body("PK\u0003\u0004 this is not a zip".getBytes())
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"));
  }

  private JsonPath poll(String location) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      JsonPath now = given().get(location).then().statusCode(200).extract().jsonPath();
      if (!"READING".equals(now.getString("status"))) {
        return now;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the import job did not finish in 20 s");
  }

  private static JsonPath importSeed(String seed, String number) throws IOException {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", PlanImportTest.seed(seed), "number", number))
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static List<String> unresolvedNames(JsonPath imported) {
    List<String> names =
        imported.getList("warnings.findAll { it.kind == 'UNRESOLVED_ORGANIZATION' }.excerpt");
    return names.stream().distinct().toList();
  }

  /** Unresolved names that are the only lead of some task (leaving them out would leave none). */
  private static List<String> leadOnlyUnresolved(JsonPath imported) {
    List<Map<String, Object>> tasks = imported.getList("tasks");
    return tasks.stream()
        .map(t -> (List<Map<String, Object>>) t.get("lead"))
        .filter(lead -> lead.stream().allMatch(a -> a.get("orgId") == null))
        .flatMap(lead -> lead.stream().map(a -> (String) a.get("name")))
        .distinct()
        .toList();
  }

  static byte[] workbookOf(String text) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Kế hoạch");
      int r = 0;
      for (String line : text.split("\n", -1)) {
        Row row = sheet.createRow(r++);
        String[] cells = line.contains("|") ? line.split("\\|", -1) : new String[] {line};
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isBlank()) {
            row.createCell(c).setCellValue(cells[c].strip());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
