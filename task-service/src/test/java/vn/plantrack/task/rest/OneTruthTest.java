package vn.plantrack.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.task.service.TaskJudging;

/**
 * One truth from an agency's update (issue 13): a member of a collective lead reports its own part,
 * a cooperating agency's note is a version of its own, each change is one event with the next
 * version, and a deadline moved after it passed leaves the days before judged late.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class OneTruthTest {
  static final UUID PLAN = id("truth/plan");
  static final UUID STC = id("truth/KT.STC");
  static final UUID SKHCN = id("truth/KT.SKHCN");
  static final UUID CAT = id("truth/KT.CAT");
  // "Các sở, ban, ngành": every department and board of the province.
  static final UUID DEPARTMENTS = id("truth/KT.G.SO-BAN-NGANH");
  static final ObjectMapper JSON = new ObjectMapper();

  @Inject KnownPlanRepository plans;
  @Inject KnownOrganizationRepository organizations;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void world() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (plans.findById(PLAN) == null) {
                KnownPlan p = new KnownPlan();
                p.id = PLAN;
                p.province = "KT";
                p.number = "TRUTH/KH-UBND";
                p.status = "ISSUED";
                p.issuedOn = LocalDate.of(2025, 5, 8);
                p.sections = new java.util.ArrayList<>(List.of("I"));
                p.version = 1;
                plans.persist(p);
              }
              organization(STC, "KT.STC.T", "DEPARTMENT", List.of());
              organization(SKHCN, "KT.SKHCN.T", "DEPARTMENT", List.of());
              organization(CAT, "KT.CAT.T", "STATE_BODY", List.of());
              organization(DEPARTMENTS, "KT.G.T", "GROUP", List.of("DEPARTMENT", "BOARD"));
            });
  }

  private void organization(UUID id, String code, String type, List<String> memberTypes) {
    if (organizations.findById(id) == null) {
      KnownOrganization o = new KnownOrganization();
      o.id = id;
      o.province = "KT";
      o.code = code;
      o.name = code;
      o.type = type;
      o.memberTypes = new java.util.ArrayList<>(memberTypes);
      o.version = 1;
      organizations.persist(o);
    }
  }

  static RequestSpecification as(String role, UUID org) {
    return given()
        .auth()
        .oauth2(Tokens.of(role + "-" + org, role, "KT", org))
        .contentType(ContentType.JSON);
  }

  static RequestSpecification coordinator() {
    return as("coordinator", null);
  }

  static String create(String code, String deadline, UUID lead, UUID cooperating) {
    return coordinator()
        .body(
            """
            {"planId": "%s", "sectionCode": "I", "code": "%s", "title": "Nhiệm vụ %s",
             "leadOrgIds": ["%s"], "cooperatingOrgIds": [%s], "deadlineText": "%s"}
            """
                .formatted(
                    PLAN,
                    code,
                    code,
                    lead,
                    cooperating == null ? "" : "\"" + cooperating + "\"",
                    deadline))
        .post("/api/v1/tasks")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static final String DONE =
      """
      {"status": "COMPLETED", "completedOn": "%s", "evidenceLink": "https://kontum.gov.vn/vb/1",
       "note": "%s"}
      """;

  @Test
  void eachMemberOfACollectiveLeadReportsItsOwnPart() {
    String task = create("6", "6/2025", DEPARTMENTS, null);

    // The police are no department: not a member, not allowed.
    as("officer", CAT)
        .body("{\"percent\": 10}")
        .post("/api/v1/tasks/" + task + "/progress")
        .then()
        .statusCode(403);
    as("officer", STC)
        .body(DONE.formatted("2025-06-10", "Sở Tài chính đã hoàn thành phần việc"))
        .post("/api/v1/tasks/" + task + "/progress")
        .then()
        .statusCode(201);
    // The coordinator does not report for the members.
    coordinator()
        .body("{\"percent\": 50}")
        .post("/api/v1/tasks/" + task + "/progress")
        .then()
        .statusCode(409);

    coordinator()
        .queryParam("asOf", "2025-06-20")
        .get("/api/v1/tasks/" + task)
        .then()
        .statusCode(200)
        .body("timeliness", equalTo("IN_PROGRESS_WITHIN_DEADLINE"))
        .body("parts.find { it.orgId == '" + STC + "' }.timeliness", equalTo("COMPLETED_ON_TIME"))
        .body("parts.find { it.orgId == '" + SKHCN + "' }.status", equalTo("NOT_STARTED"));
    // Late while any member's part is late.
    coordinator()
        .queryParam("asOf", "2025-07-01")
        .get("/api/v1/tasks/" + task)
        .then()
        .body("timeliness", equalTo("OVERDUE"))
        .body("parts.find { it.orgId == '" + SKHCN + "' }.timeliness", equalTo("OVERDUE"));
    // By organization, each member counts its own part; the collective has no row of its own.
    coordinator()
        .queryParam("planId", PLAN)
        .queryParam("groupBy", "org")
        .queryParam("asOf", "2025-06-20")
        .get("/api/v1/tasks/summary")
        .then()
        .statusCode(200)
        .body(
            "rows.find { it.key == '" + SKHCN + "' }.counts.IN_PROGRESS_WITHIN_DEADLINE",
            equalTo(1))
        .body("rows.find { it.key == '" + DEPARTMENTS + "' }", org.hamcrest.Matchers.nullValue());
    // The member finds it in its own list.
    as("officer", STC)
        .queryParam("planId", PLAN)
        .queryParam("orgId", STC)
        .queryParam("role", "lead")
        .get("/api/v1/tasks")
        .then()
        .body("items.id", hasItem(task));
  }

  @Test
  void anOrganizationJoiningACollectiveLeadGetsItsPartInTheTasksNextVersion() throws Exception {
    // A collective of committees (no other test's), with none yet.
    UUID committees = id("truth/KT.G.COMMITTEES");
    QuarkusTransaction.requiringNew()
        .run(() -> organization(committees, "KT.G.C", "GROUP", List.of("COMMITTEE")));
    String task = create("8", "12/2030", committees, null);

    // plan-service announces a new committee: a member of the collective by its type.
    UUID newcomer = id("truth/KT.BCD");
    ObjectNode event =
        (ObjectNode)
            JSON.readTree(
                Files.readString(
                    Path.of(System.getProperty("plantrack.root", "../"))
                        .resolve("plan-service/docs/events/organization.updated.v1.json")));
    event.put("id", UUID.randomUUID().toString()).put("subject", newcomer.toString());
    ((ObjectNode) event.get("data"))
        .put("id", newcomer.toString())
        .put("code", "KT.BCD.T")
        .put("name", "Ban Chỉ đạo chuyển đổi số tỉnh")
        .put("type", "COMMITTEE")
        .put("version", 1);
    TopicReader.send(kafka, "plantrack.organizations", newcomer.toString(), event.toString());

    List<JsonNode> events =
        TopicReader.await(
                kafka, "plantrack.tasks", r -> task.equals(r.key()), 2, Duration.ofSeconds(30))
            .stream()
            .map(r -> read(r.value()))
            .toList();
    assertThat(events).hasSize(2);
    assertThat(events.get(0).at("/data/timeline/parts")).isEmpty();
    JsonNode again = events.get(1);
    assertThat(again.path("type").asText()).isEqualTo("plantrack.task.updated.v1");
    assertThat(again.at("/data/version").asLong())
        .isGreaterThan(events.get(0).at("/data/version").asLong());
    assertThat(again.at("/data/timeline/parts").findValuesAsText("orgId"))
        .containsExactly(newcomer.toString());
    // The member sees its part, and the history says why the task changed.
    coordinator()
        .get("/api/v1/tasks/" + task)
        .then()
        .body("parts.orgId", hasItem(newcomer.toString()));
    coordinator()
        .get("/api/v1/tasks/" + task + "/history")
        .then()
        .body("items.action", hasItem("MEMBERS_CHANGED"));
  }

  @Test
  void aCooperatingAgencysNoteIsAVersionOfItsOwnAndEveryChangeOneEvent() throws Exception {
    String task = create("7", "12/2030", STC, CAT);
    as("officer", STC)
        .body("{\"status\": \"IN_PROGRESS\", \"percent\": 30, \"note\": \"Đang xây dựng\"}")
        .post("/api/v1/tasks/" + task + "/progress")
        .then()
        .statusCode(201);
    as("officer", CAT)
        .body("{\"note\": \"Công an tỉnh đã cung cấp dữ liệu dân cư\"}")
        .post("/api/v1/tasks/" + task + "/progress")
        .then()
        .statusCode(201);

    List<JsonNode> events =
        TopicReader.await(
                kafka, "plantrack.tasks", r -> task.equals(r.key()), 3, Duration.ofSeconds(20))
            .stream()
            .map(r -> read(r.value()))
            .toList();
    assertThat(events).hasSize(3);
    assertThat(events.stream().map(e -> e.at("/data/version").asLong()).toList())
        .as("one event per change, versions strictly increasing")
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(events.get(1).path("type").asText()).isEqualTo("plantrack.task.status-changed.v1");
    JsonNode note = events.get(2).path("data");
    assertThat(note.path("note").asText()).isEqualTo("Công an tỉnh đã cung cấp dữ liệu dân cư");
    assertThat(note.path("noteOrgId").asText()).isEqualTo(CAT.toString());
    assertThat(note.at("/timeline/version").asLong()).isEqualTo(note.path("version").asLong());
  }

  @Test
  void aDeadlineMovedAfterItPassedLeavesTheDaysBeforeLate() {
    String task = create("10", "6/2025", STC, null);
    String today = LocalDate.now(TaskJudging.ZONE).toString();
    // Only an agency that answers for the task asks; a reason is required.
    as("officer", CAT)
        .body("{\"deadlineText\": \"12/2030\", \"reason\": \"Chờ kinh phí\"}")
        .post("/api/v1/tasks/" + task + "/deadline-changes")
        .then()
        .statusCode(403);
    as("officer", STC)
        .body("{\"deadlineText\": \"12/2030\"}")
        .post("/api/v1/tasks/" + task + "/deadline-changes")
        .then()
        .statusCode(400);
    String change =
        as("officer", STC)
            .body("{\"deadlineText\": \"12/2030\", \"reason\": \"Chờ bố trí kinh phí\"}")
            .post("/api/v1/tasks/" + task + "/deadline-changes")
            .then()
            .statusCode(201)
            .body("status", equalTo("REQUESTED"))
            .body("extendsDeadline", equalTo(true))
            .extract()
            .path("id");
    // Not applied before the decision; a refusal needs a reason.
    coordinator().get("/api/v1/tasks/" + task).then().body("timeliness", equalTo("OVERDUE"));
    coordinator()
        .body("{}")
        .post("/api/v1/tasks/" + task + "/deadline-changes/" + change + "/refuse")
        .then()
        .statusCode(400);
    coordinator()
        .body("{\"note\": \"Đồng ý gia hạn\"}")
        .post("/api/v1/tasks/" + task + "/deadline-changes/" + change + "/approve")
        .then()
        .statusCode(200)
        .body("effectiveOn", equalTo(today));

    coordinator()
        .get("/api/v1/tasks/" + task)
        .then()
        .body("deadline.text", equalTo("12/2030"))
        .body("timeliness", equalTo("IN_PROGRESS_WITHIN_DEADLINE"))
        .body("extensions", equalTo(1));
    coordinator()
        .queryParam("asOf", "2025-08-01")
        .get("/api/v1/tasks/" + task)
        .then()
        .body("timeliness", equalTo("OVERDUE"))
        .body("extensions", equalTo(0));

    // A coordinator's own change of the deadline is recorded the same way.
    coordinator()
        .header("If-Match", "\"" + version(task) + "\"")
        .body(
            """
            {"planId": "%s", "sectionCode": "I", "code": "10", "title": "Nhiệm vụ 10",
             "leadOrgIds": ["%s"], "cooperatingOrgIds": [], "deadlineText": "Quý I/2031"}
            """
                .formatted(PLAN, STC))
        .put("/api/v1/tasks/" + task)
        .then()
        .statusCode(200);
    coordinator()
        .get("/api/v1/tasks/" + task + "/deadline-changes")
        .then()
        .statusCode(200)
        .body("items.kind", equalTo(List.of("REQUEST", "DIRECT")))
        .body("items.status", equalTo(List.of("APPROVED", "APPROVED")));
  }

  private static long version(String task) {
    return ((Number) coordinator().get("/api/v1/tasks/" + task).then().extract().path("version"))
        .longValue();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
