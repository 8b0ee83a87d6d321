package vn.plantrack.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.platform.test.PublishedData;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;
import vn.plantrack.task.contract.TaskEvents;

/**
 * Tasks of Kon Tum 1570/KH-UBND, their deadlines as the document writes them, progress and
 * timeliness.
 */
@QuarkusTest
@RealInfrastructure
class TaskResourceTest {
  static final UUID PLAN =
      UUID.nameUUIDFromBytes("test/plan/1570".getBytes(StandardCharsets.UTF_8));
  static final UUID BK_PLAN =
      UUID.nameUUIDFromBytes("test/plan/131".getBytes(StandardCharsets.UTF_8));
  static final UUID SUMMARY_PLAN =
      UUID.nameUUIDFromBytes("test/plan/summary".getBytes(StandardCharsets.UTF_8));
  static final UUID SKHCN = org("KT.SKHCN");
  static final UUID STC = org("KT.STC");
  static final UUID CAT = org("KT.CAT");
  static final UUID SNV = org("KT.SNV");
  static final UUID GROUP = org("KT.G.SO-NGANH");
  static final UUID BK_STC = org("BK.STC");

  @Inject KnownPlanRepository plans;
  @Inject KnownOrganizationRepository organizations;
  @Inject EventData eventData;
  @Inject com.fasterxml.jackson.databind.ObjectMapper mapper;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  static UUID org(String code) {
    return UUID.nameUUIDFromBytes(
        ("plantrack/organization/" + code).getBytes(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void world() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              plan(PLAN, "KT", "1570/KH-UBND");
              plan(BK_PLAN, "BK", "131/KH-UBND");
              plan(SUMMARY_PLAN, "KT", "200/KH-UBND");
              organization(SKHCN, "KT", "KT.SKHCN", "DEPARTMENT", List.of());
              organization(STC, "KT", "KT.STC", "DEPARTMENT", List.of());
              organization(CAT, "KT", "KT.CAT", "STATE_BODY", List.of());
              organization(SNV, "KT", "KT.SNV", "DEPARTMENT", List.of());
              organization(GROUP, "KT", "KT.G.SO-NGANH", "GROUP", List.of("DEPARTMENT", "BOARD"));
              organization(BK_STC, "BK", "BK.STC", "DEPARTMENT", List.of());
            });
  }

  private void plan(UUID id, String province, String number) {
    if (plans.findById(id) == null) {
      KnownPlan p = new KnownPlan();
      p.id = id;
      p.province = province;
      p.number = number;
      p.status = "ISSUED";
      p.sections = new java.util.ArrayList<>(List.of("I", "II", "III", "IV", "V", "VI", "VII"));
      p.version = 1;
      plans.persist(p);
    }
  }

  private void organization(
      UUID id, String province, String code, String type, List<String> memberTypes) {
    if (organizations.findById(id) == null) {
      KnownOrganization o = new KnownOrganization();
      o.id = id;
      o.province = province;
      o.code = code;
      o.name = code;
      o.type = type;
      o.memberTypes = new java.util.ArrayList<>(memberTypes);
      o.version = 1;
      organizations.persist(o);
    }
  }

  static ValidatableResponse post(String path, String json) {
    return given().contentType(ContentType.JSON).body(json).post(path).then();
  }

  static String task(String code, String deadline, UUID lead, String cooperating) {
    return """
        {"planId": "%s", "sectionCode": "V", "code": "%s", "title": "Nhiệm vụ %s của Kế hoạch 1570",
         "leadOrgIds": ["%s"], "cooperatingOrgIds": [%s], "expectedOutput": "Kế hoạch",
         "expectedOutputType": "PLAN", "deadlineText": "%s"}
        """
        .formatted(PLAN, code, code, lead, cooperating, deadline);
  }

  static String create(String code, String deadline, UUID lead, String cooperating) {
    return post("/api/v1/tasks", task(code, deadline, lead, cooperating))
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void deadlinesAreKeptAsWrittenAndRead() {
    post("/api/v1/tasks", task("1", "Quý IV/2025", SKHCN, ""))
        .statusCode(201)
        .body("deadline.text", equalTo("Quý IV/2025"))
        .body("deadline.kind", equalTo("QUARTER"))
        .body("deadline.dueDate", equalTo("2025-12-31"))
        .body("status", equalTo("NOT_STARTED"));
    post("/api/v1/tasks", task("2", "Thường xuyên", SKHCN, ""))
        .statusCode(201)
        .body("deadline.kind", equalTo("ONGOING"));
    post("/api/v1/tasks", task("3", "Sau khi có hướng dẫn của Trung ương", SKHCN, ""))
        .statusCode(201)
        .body("deadline.kind", equalTo("CONDITIONAL"));
    post("/api/v1/tasks", task("4", "Tháng 11/202", SKHCN, ""))
        .statusCode(201)
        .body("deadline.kind", equalTo("UNRECOGNIZED"))
        .body("deadline.needsReview", equalTo(true));
    given()
        .queryParam("text", "Quy IV/2025")
        .get("/api/v1/deadlines/parse")
        .then()
        .statusCode(200)
        .body("kind", equalTo("QUARTER"))
        .body("dueDate", equalTo("2025-12-31"));
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void badTasksNameTheFieldAndStoreNothing() {
    post(
            "/api/v1/tasks",
            task("10", "6/2025", SKHCN, "").replace(PLAN.toString(), UUID.randomUUID().toString()))
        .statusCode(400)
        .body("errors[0].field", equalTo("planId"));
    post("/api/v1/tasks", task("10", "6/2025", UUID.randomUUID(), ""))
        .statusCode(400)
        .body("errors[0].field", equalTo("leadOrgIds[0]"));
    post("/api/v1/tasks", task("10", "6/2025", BK_STC, ""))
        .statusCode(400)
        .body("errors[0].field", equalTo("leadOrgIds[0]"));
    post("/api/v1/tasks", task("10", "6/2025", SKHCN, "").replace("\"V\"", "\"IX\""))
        .statusCode(400)
        .body("errors[0].field", equalTo("sectionCode"));
    post(
            "/api/v1/tasks",
            task("10", "6/2025", SKHCN, "")
                .replace("\"leadOrgIds\": [\"" + SKHCN + "\"]", "\"leadOrgIds\": []"))
        .statusCode(400)
        .body("errors[0].field", equalTo("leadOrgIds"));
    given().queryParam("q", "Nhiệm vụ 10 ").get("/api/v1/tasks").then().body("total", equalTo(0));
    create("11", "6/2025", SKHCN, "");
    post("/api/v1/tasks", task("11", "6/2025", SKHCN, "")).statusCode(409);
  }

  /**
   * {@code q=} ranks exact matches first (platform {@code TextSearch.rank}: the exact spelling,
   * then equal ignoring diacritics, then those starting with q, then the rest), each rank in the
   * requested order (here by code), also when filtered by timeliness.
   */
  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void aSearchListsExactMatchesFirst() {
    for (String[] t :
        new String[][] {
          {"63", "Xây dựng kho dữ liệu đất đai tỉnh Kon Tum"},
          {"64", "Kho dữ liệu đất đai cấp xã"},
          {"65", "Kho du lieu dat dai"},
          {"66", "Kho dữ liệu đất đai"}
        }) {
      post(
              "/api/v1/tasks",
              task(t[0], "Năm 2030", SKHCN, "")
                  .replace("Nhiệm vụ " + t[0] + " của Kế hoạch 1570", t[1]))
          .statusCode(201);
    }
    for (String timeliness : new String[] {null, "IN_PROGRESS_WITHIN_DEADLINE"}) {
      var request =
          given()
              .queryParam("planId", PLAN)
              .queryParam("q", "kho dữ liệu đất đai")
              .queryParam("sort", "code,asc");
      if (timeliness != null) {
        request = request.queryParam("timeliness", timeliness);
      }
      request
          .get("/api/v1/tasks")
          .then()
          .statusCode(200)
          .body("items.code", equalTo(List.of("66", "65", "64", "63")));
    }
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void theWorkflowNeedsEvidenceToCompleteAndReasonsToCancel() {
    String id = create("20", "6/2025", SKHCN, "");
    post("/api/v1/tasks/" + id + "/progress", "{\"percent\": 101}")
        .statusCode(400)
        .body("errors[0].field", equalTo("percent"));
    post(
            "/api/v1/tasks/" + id + "/progress",
            "{\"status\": \"IN_PROGRESS\", \"percent\": 40, \"note\": \"Đã dự thảo\"}")
        .statusCode(201);
    post(
            "/api/v1/tasks/" + id + "/progress",
            "{\"status\": \"COMPLETED\", \"completedOn\": \"2025-06-20\"}")
        .statusCode(400)
        .body("errors.field", hasItem("evidenceNumber"));
    post(
            "/api/v1/tasks/" + id + "/progress",
            "{\"status\": \"COMPLETED\", \"completedOn\": \"2025-06-20\", \"evidenceNumber\": \"2001/KH-UBND\","
                + " \"evidenceDate\": \"2025-06-20\"}")
        .statusCode(201);
    given()
        .get("/api/v1/tasks/" + id)
        .then()
        .body("status", equalTo("COMPLETED"))
        .body("progressPercent", equalTo(100))
        .body("completedOn", equalTo("2025-06-20"));
    post("/api/v1/tasks/" + id + "/progress", "{\"status\": \"NOT_STARTED\"}").statusCode(409);

    String other = create("21", "6/2025", SKHCN, "");
    post("/api/v1/tasks/" + other + "/progress", "{\"status\": \"CANCELLED\"}")
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    post(
            "/api/v1/tasks/" + other + "/progress",
            "{\"status\": \"CANCELLED\", \"reason\": \"Trùng nhiệm vụ 20\"}")
        .statusCode(201);
    given()
        .get("/api/v1/tasks/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.field", hasItems("status", "progressPercent", "completedOn"))
        .body(
            "items.find { it.field == 'status' && it.newValue == 'COMPLETED' }.changedBy",
            equalTo("kt.coordinator"));
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void timelinessIsComputedAsOfADateAndSummarized() {
    String late = create("30", "6/2025", STC, "");
    post(
            "/api/v1/tasks/" + late + "/progress",
            "{\"status\": \"COMPLETED\", \"completedOn\": \"2025-07-05\", \"evidenceLink\": \"https://vanban.kontum.gov.vn/2025/1\"}")
        .statusCode(201);
    String overdue = create("31", "6/2025", STC, "");
    create("32", "Thường xuyên", STC, "");
    String conditional = create("33", "Sau khi có hướng dẫn của Trung ương", STC, "");

    given()
        .queryParam("asOf", "2025-06-15")
        .get("/api/v1/tasks/" + late)
        .then()
        .body("timeliness", equalTo("IN_PROGRESS_WITHIN_DEADLINE"));
    given()
        .queryParam("asOf", "2025-12-31")
        .get("/api/v1/tasks/" + late)
        .then()
        .body("timeliness", equalTo("COMPLETED_LATE"));
    given()
        .queryParam("asOf", "2025-12-31")
        .get("/api/v1/tasks/" + overdue)
        .then()
        .body("timeliness", equalTo("OVERDUE"));
    given()
        .queryParam("asOf", "2025-12-31")
        .get("/api/v1/tasks/" + conditional)
        .then()
        .body("timeliness", equalTo("AWAITING_CONDITION"));
    post(
            "/api/v1/tasks/" + conditional + "/condition-met",
            "{\"metOn\": \"2025-08-01\", \"document\": \"Công văn 123/BKHCN ngày 01/8/2025\", \"dueDate\": \"2025-10-31\"}")
        .statusCode(200)
        .body("deadline.dueDate", equalTo("2025-10-31"));
    given()
        .queryParam("asOf", "2025-12-31")
        .get("/api/v1/tasks/" + conditional)
        .then()
        .body("timeliness", equalTo("OVERDUE"));

    given()
        .queryParam("planId", PLAN)
        .queryParam("orgId", STC)
        .queryParam("timeliness", "OVERDUE")
        .queryParam("asOf", "2025-12-31")
        .get("/api/v1/tasks")
        .then()
        .statusCode(200)
        .body("items.code", hasItems("31", "33"));
    given()
        .queryParam("planId", PLAN)
        .queryParam("groupBy", "org")
        .queryParam("asOf", "2025-12-31")
        .get("/api/v1/tasks/summary")
        .then()
        .statusCode(200)
        .body("rows.find { it.key == '%s' }.counts.OVERDUE".formatted(STC), equalTo(2))
        .body("rows.find { it.key == '%s' }.counts.COMPLETED_LATE".formatted(STC), equalTo(1))
        .body("rows.find { it.key == '%s' }.counts.ONGOING".formatted(STC), equalTo(1));
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void summaryTotalsCountEachTaskOnceWhateverTheGrouping() {
    // Two lead agencies: a row each when grouped by organization, once in the totals.
    summaryTask("1", "I", "6/2025", SKHCN, STC);
    summaryTask("2", "I", "Thường xuyên", STC);
    summaryTask("3", "II", "12/2026", SKHCN);
    String done = summaryTask("4", "II", "6/2025", CAT);
    post(
            "/api/v1/tasks/" + done + "/progress",
            "{\"status\": \"COMPLETED\", \"completedOn\": \"2025-06-20\", \"evidenceLink\": \"https://kontum.gov.vn/vb/4\"}")
        .statusCode(201);
    String cancelled = summaryTask("5", "II", "6/2025", CAT);
    post(
            "/api/v1/tasks/" + cancelled + "/progress",
            "{\"status\": \"CANCELLED\", \"reason\": \"Gộp vào nhiệm vụ 4\"}")
        .statusCode(201);
    // History is history: task 5 was cancelled today, so on 31 December 2025 it still stood,
    // overdue.
    java.util.Map<String, Integer> totals =
        java.util.Map.of(
            "COMPLETED_ON_TIME", 1,
            "COMPLETED_LATE", 0,
            "IN_PROGRESS_WITHIN_DEADLINE", 1,
            "OVERDUE", 2,
            "ONGOING", 1,
            "AWAITING_CONDITION", 0);

    given()
        .queryParam("planId", SUMMARY_PLAN)
        .queryParam("asOf", "2025-12-31")
        .get("/api/v1/tasks/summary")
        .then()
        .statusCode(200)
        .body("groupBy", equalTo("org"))
        .body("rows.find { it.key == '%s' }.counts.OVERDUE".formatted(SKHCN), equalTo(1))
        .body("rows.find { it.key == '%s' }.counts.OVERDUE".formatted(STC), equalTo(1))
        .body("rows.find { it.key == '%s' }.counts.OVERDUE".formatted(CAT), equalTo(1))
        .body("rows.find { it.key == '%s' }.cancelled".formatted(CAT), equalTo(0))
        .body("totals", equalTo(totals));
    // Today the cancelled task has no class: in its row's "cancelled", not in the totals.
    given()
        .queryParam("planId", SUMMARY_PLAN)
        .get("/api/v1/tasks/summary")
        .then()
        .statusCode(200)
        .body("rows.find { it.key == '%s' }.cancelled".formatted(CAT), equalTo(1))
        .body("rows.find { it.key == '%s' }.counts.COMPLETED_ON_TIME".formatted(CAT), equalTo(1))
        .body("rows.find { it.key == '%s' }.total".formatted(CAT), equalTo(2));
    given()
        .queryParam("planId", SUMMARY_PLAN)
        .queryParam("groupBy", "section")
        .queryParam("asOf", "2025-12-31")
        .get("/api/v1/tasks/summary")
        .then()
        .statusCode(200)
        .body("rows.key", equalTo(List.of("I", "II")))
        .body("totals", equalTo(totals));
  }

  private static String summaryTask(String code, String section, String deadline, UUID... leads) {
    String leadIds =
        java.util.Arrays.stream(leads)
            .map(id -> "\"" + id + "\"")
            .collect(java.util.stream.Collectors.joining(", "));
    return post(
            "/api/v1/tasks",
            """
            {"planId": "%s", "sectionCode": "%s", "code": "%s", "title": "Nhiệm vụ %s",
             "leadOrgIds": [%s], "deadlineText": "%s"}
            """
                .formatted(SUMMARY_PLAN, section, code, code, leadIds, deadline))
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void aParentTaskFollowsItsSubTasksAndIsOverdueIfAnyOpenOneIs() {
    String parent = create("38", "2025- 2026", SKHCN, "");
    String first =
        post(
                "/api/v1/tasks",
                task("38.1", "6/2025", SKHCN, "")
                    .replace("}", ", \"parentId\": \"" + parent + "\"}"))
            .statusCode(201)
            .extract()
            .path("id");
    String second =
        post(
                "/api/v1/tasks",
                task("38.2", "9/2025", SKHCN, "")
                    .replace("}", ", \"parentId\": \"" + parent + "\"}"))
            .statusCode(201)
            .extract()
            .path("id");
    post(
            "/api/v1/tasks/" + first + "/progress",
            "{\"status\": \"COMPLETED\", \"completedOn\": \"2025-06-20\", \"evidenceLink\": \"https://kontum.gov.vn/vb/1\"}")
        .statusCode(201);
    post("/api/v1/tasks/" + second + "/progress", "{\"status\": \"IN_PROGRESS\", \"percent\": 40}")
        .statusCode(201);

    given()
        .get("/api/v1/tasks/" + parent)
        .then()
        .body("derivedFromSubTasks", equalTo(true))
        .body("subTaskCount", equalTo(2))
        .body("status", equalTo("IN_PROGRESS"))
        .body("progressPercent", equalTo(70));
    // History is history: on 1 August 2025 38.1 was done (completed 20 June) but 38.2's 40 % was
    // not reported yet (it was reported today), so the parent stood at 50 %.
    given()
        .queryParam("asOf", "2025-08-01")
        .get("/api/v1/tasks/" + parent)
        .then()
        .body("status", equalTo("IN_PROGRESS"))
        .body("progressPercent", equalTo(50))
        .body("timeliness", equalTo("IN_PROGRESS_WITHIN_DEADLINE"));
    given()
        .queryParam("asOf", "2025-12-31")
        .get("/api/v1/tasks/" + parent)
        .then()
        .body("timeliness", equalTo("OVERDUE"));
    given()
        .queryParam("parentId", parent)
        .get("/api/v1/tasks")
        .then()
        .body("items.code", hasItems("38.1", "38.2"));
    post("/api/v1/tasks/" + parent + "/progress", "{\"percent\": 90}").statusCode(409);
  }

  @Test
  @TestSecurity(user = "kt.officer.finance", roles = "officer")
  @OidcSecurity(
      claims = {
        @Claim(key = "province", value = "KT"),
        @Claim(key = "org", value = "029c724d-4933-3a4d-b085-f13e6bdac387")
      })
  void anOfficerUpdatesItsOwnTaskOnlyAndAddsNotesWhereItCooperates() {
    assertThat(STC.toString()).isEqualTo("029c724d-4933-3a4d-b085-f13e6bdac387");
    String[] ids = QuarkusTransaction.requiringNew().call(this::tasksOfTheOfficersWorld);
    String own = ids[0];
    String police = ids[1];
    String viaGroup = ids[2];
    String bacKan = ids[3];
    post(
            "/api/v1/tasks/" + own + "/progress",
            "{\"status\": \"IN_PROGRESS\", \"percent\": 30, \"note\": \"Đang triển khai\"}")
        .statusCode(201)
        .body("kind", equalTo("PROGRESS"));
    post("/api/v1/tasks/" + police + "/progress", "{\"percent\": 30}").statusCode(403);
    post(
            "/api/v1/tasks/" + viaGroup + "/progress",
            "{\"note\": \"Sở Tài chính đã bố trí kinh phí\"}")
        .statusCode(201)
        .body("kind", equalTo("CONTRIBUTION"));
    post("/api/v1/tasks/" + viaGroup + "/progress", "{\"status\": \"COMPLETED\"}").statusCode(403);
    given().get("/api/v1/tasks/" + bacKan).then().statusCode(404);
    post("/api/v1/tasks/" + bacKan + "/progress", "{\"note\": \"x\"}").statusCode(404);
    post("/api/v1/tasks", task("99", "6/2025", STC, "")).statusCode(403);
    given()
        .get("/api/v1/tasks/" + police)
        .then()
        .statusCode(200)
        .body("status", equalTo("NOT_STARTED"));
  }

  /** Tasks created as a coordinator would, straight through the service layer's tables. */
  private String[] tasksOfTheOfficersWorld() {
    return new String[] {
      insert("40", "KT", PLAN, STC, List.of()),
      insert("41", "KT", PLAN, CAT, List.of()),
      insert("42", "KT", PLAN, SKHCN, List.of(GROUP)),
      insert("1", "BK", BK_PLAN, BK_STC, List.of())
    };
  }

  @Inject vn.plantrack.task.repository.TaskRepository tasks;

  private String insert(
      String code, String province, UUID plan, UUID lead, List<UUID> cooperating) {
    vn.plantrack.task.Task t = new vn.plantrack.task.Task();
    t.id = UUID.randomUUID();
    t.province = province;
    t.planId = plan;
    t.code = code + "-" + t.id.toString().substring(0, 6);
    t.title = "Nhiệm vụ " + code;
    t.leadOrgIds = new java.util.ArrayList<>(List.of(lead));
    t.cooperatingOrgIds = new java.util.ArrayList<>(cooperating);
    t.deadlineText = "6/2025";
    t.deadlineKind = vn.plantrack.task.contract.DeadlineKind.MONTH;
    t.dueDate = java.time.LocalDate.parse("2025-06-30");
    t.status = vn.plantrack.task.contract.TaskStatus.NOT_STARTED;
    t.stampCreated("test");
    tasks.persist(t);
    return t.id.toString();
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void aStatusChangeReachesKafkaOnce() {
    String id = create("50", "Quý IV/2025", SKHCN, "");
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "progress-50-a")
        .body("{\"status\": \"IN_PROGRESS\", \"percent\": 10}")
        .post("/api/v1/tasks/" + id + "/progress")
        .then()
        .statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "progress-50-a")
        .body("{\"status\": \"IN_PROGRESS\", \"percent\": 10}")
        .post("/api/v1/tasks/" + id + "/progress")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true");
    given().get("/api/v1/tasks/" + id + "/progress").then().body("items.size()", equalTo(1));
    var changed =
        TopicReader.await(
            kafka,
            "plantrack.tasks",
            r -> id.equals(r.key()) && r.value().contains("plantrack.task.status-changed.v1"),
            2,
            Duration.ofSeconds(10));
    assertThat(changed).hasSize(1);
    // Its readers decode it as the contract's record, which is exactly what was published.
    String published = changed.get(0).value();
    TaskEvents.TaskChanged task =
        eventData.decode(
            InboundEvent.parse(mapper, published), TaskEvents.TaskChanged.class, "timeline");
    assertThat(task.status()).isEqualTo("IN_PROGRESS");
    PublishedData.assertIsTheRecord(mapper, published, task);
  }

  @Test
  @TestSecurity(user = "kt.viewer", roles = "viewer")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void aParameterOfTheWrongTypeIs400NotAMissingResource() {
    given()
        .queryParam("status", "BOGUS")
        .get("/api/v1/tasks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().queryParam("asOf", "tomorrow").get("/api/v1/tasks").then().statusCode(400);
    given().get("/api/v1/tasks/not-a-uuid").then().statusCode(400);
    given().get("/api/v1/tasks/" + java.util.UUID.randomUUID()).then().statusCode(404);
    given().get("/api/v1/no-such-thing").then().statusCode(404);
  }
}
