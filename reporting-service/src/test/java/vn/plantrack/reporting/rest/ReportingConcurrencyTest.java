package vn.plantrack.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.plantrack.reporting.rest.KonTumReportingTest.JSON;
import static vn.plantrack.reporting.rest.KonTumReportingTest.as;
import static vn.plantrack.reporting.rest.KonTumReportingTest.coordinator;
import static vn.plantrack.reporting.rest.KonTumReportingTest.example;
import static vn.plantrack.reporting.rest.KonTumReportingTest.id;
import static vn.plantrack.reporting.rest.KonTumReportingTest.organization;
import static vn.plantrack.reporting.rest.KonTumReportingTest.send;
import static vn.plantrack.reporting.rest.KonTumReportingTest.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;

/**
 * Reports under concurrent requests, on real PostgreSQL: two first looks at a period create its
 * units' reports once; two first builds of one consolidated report make one draft (both get it); a
 * rebuild racing the issue never changes the issued report. An issued report answers 409 to a write
 * and stays as it was issued.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class ReportingConcurrencyTest {
  static final UUID PLAN = id("concurrency/plan/KT");
  static final UUID UNIT = id("concurrency/org/KT.SNV");
  static final UUID OTHER_UNIT = id("concurrency/org/KT.SYT");
  static final int TASKS = 30;

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @TestHTTPResource("/api/v1/consolidated-reports")
  URI consolidated;

  /** A plan reported on monthly, with enough tasks that building its report takes a while. */
  @BeforeEach
  void world() throws Exception {
    organization(UNIT, "KT.SNV", "Sở Nội vụ");
    organization(OTHER_UNIT, "KT.SYT", "Sở Y tế");
    ObjectNode event = example("plan-service/docs/events/plan.issued.v1.json");
    ArrayNode rules = JSON.createArrayNode();
    rules
        .addObject()
        .put("name", "Báo cáo tháng")
        .put("frequency", "MONTHLY")
        .put("dueDay", 10)
        .putArray("recipients")
        .add("Sở Khoa học và Công nghệ");
    ((ObjectNode) event.get("data")).put("number", "CONC/KH-UBND").set("reportingRules", rules);
    send("plantrack.plans", event, PLAN, 1);
    for (int i = 1; i <= TASKS; i++) {
      ObjectNode e = example("task-service/docs/events/task.status-changed.v1.json");
      ObjectNode d = (ObjectNode) e.get("data");
      String code = Integer.toString(i);
      d.put("planId", PLAN.toString())
          .put("code", code)
          .put("title", "Nhiệm vụ " + code + ": cải cách hành chính")
          .put("deadlineText", "12/2025")
          .put("deadlineKind", "MONTH")
          .put("dueDate", "2025-12-31")
          .put("status", "IN_PROGRESS")
          .putNull("completedOn")
          .putNull("parentId");
      d.set("leadOrgIds", JSON.createArrayNode().add((i % 2 == 0 ? UNIT : OTHER_UNIT).toString()));
      d.set("timeline", timeline("12/2025", "MONTH", "2025-12-31", "IN_PROGRESS", null, 2));
      send("plantrack.tasks", e, id("concurrency/task/" + code), 2);
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                coordinator()
                    .queryParam("planId", PLAN)
                    .queryParam("period", "2025-01")
                    .get("/api/v1/reports")
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(2))
                    .body("content.tasks.flatten().size()", equalTo(TASKS)));
  }

  @Test
  void anIssuedReportAnswers409ToAWriteAndStaysAsIssued() throws Exception {
    JsonNode draft = body(build("2025-01"), 201);
    JsonNode issued = body(issue(draft.get("id").asText()), 200);
    String before = read(draft.get("id").asText());

    HttpResponse<String> again = issue(draft.get("id").asText());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(again.body()).get("type").asText())
        .isEqualTo("https://plantrack.vn/problems/conflict");
    // Building again starts the next number; the issued one is not touched.
    JsonNode next = body(build("2025-01"), 201);
    assertThat(next.get("number").asInt()).isEqualTo(2);
    assertThat(next.get("id").asText()).isNotEqualTo(issued.get("id").asText());
    assertThat(read(draft.get("id").asText())).isEqualTo(before);
  }

  @Test
  // A period of its own: the race tests below count the reports of theirs.
  void anIssueNamingAVersionARebuildReplacedIs412AndIssuesNothing() throws Exception {
    String id = body(build("2025-12"), 201).get("id").asText();
    String read = etag(id);
    body(build("2025-12"), 201); // the draft is rebuilt meanwhile: a new version
    String current = etag(id);
    assertThat(current).isNotEqualTo(read);

    coordinator()
        .header("If-Match", read)
        .post("/api/v1/consolidated-reports/" + id + "/issue")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    assertThat(JSON.readTree(read(id)).get("status").asText()).isEqualTo("DRAFT");
    coordinator()
        .header("If-Match", current)
        .post("/api/v1/consolidated-reports/" + id + "/issue")
        .then()
        .statusCode(200);
  }

  static String etag(String id) {
    return coordinator()
        .get("/api/v1/consolidated-reports/" + id)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /**
   * Every report a list shows is found by the id the list gave, whatever the period asked: the e2e
   * matrix once listed a week of 2010 and got 404 for its report, because the id was looked for
   * only among the periods of three years back to one ahead.
   */
  @Test
  void everyListedReportIsFoundByItsIdWhateverThePeriod() throws Exception {
    for (String period : List.of("2010-03", "2023-06", "2026-05", "2031-11")) {
      URI reports =
          URI.create(
              consolidated.resolve("/api/v1/reports") + "?planId=" + PLAN + "&period=" + period);
      JsonNode listed = body(get(reports), 200);
      assertThat(listed.size()).as("reports expected of %s", period).isEqualTo(2);
      for (JsonNode report : listed) {
        String id = report.get("id").asText();
        JsonNode one = body(get(URI.create(consolidated.resolve("/api/v1/reports/") + id)), 200);
        assertThat(one.get("period").asText()).as("report %s", id).isEqualTo(period);
        assertThat(one.get("orgId").asText()).isEqualTo(report.get("orgId").asText());
      }
    }
  }

  @Test
  void readsWriteNothingAndConcurrentFirstLooksAtAPeriodAllAnswerTheSame() throws Exception {
    // The consumers are done with this test's events (each new event id adds a processed_event).
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            new Callable<Boolean>() {
              Map<String, Long> last = Map.of();

              @Override
              public Boolean call() throws Exception {
                Map<String, Long> now = everyTableCount();
                boolean stable = now.equals(last);
                last = now;
                return stable;
              }
            });
    Map<String, Long> before = everyTableCount();
    for (String period : List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05")) {
      URI reports =
          URI.create(
              consolidated.resolve("/api/v1/reports") + "?planId=" + PLAN + "&period=" + period);
      URI compliance =
          URI.create(
              consolidated.resolve("/api/v1/reporting/compliance")
                  + "?planId="
                  + PLAN
                  + "&period="
                  + period);
      List<HttpResponse<String>> answers =
          race(
              () -> get(reports), () -> get(reports), () -> get(compliance), () -> get(compliance));
      assertThat(answers)
          .as("first looks at %s", period)
          .extracting(HttpResponse::statusCode)
          .containsExactly(200, 200, 200, 200);
      assertThat(answers.get(1).body()).isEqualTo(answers.get(0).body());
      assertThat(answers.get(3).body()).isEqualTo(answers.get(2).body());
      JsonNode listed = JSON.readTree(answers.get(0).body());
      assertThat(listed.size()).isEqualTo(2);
      assertThat(listed).extracting(r -> r.get("status").asText()).containsOnly("NOT_STARTED");
      JsonNode complied = JSON.readTree(answers.get(2).body());
      assertThat(complied.get("expected").asInt()).isEqualTo(2);
      // The same answer again, and a report by the id the list gave.
      assertThat(get(reports).body()).isEqualTo(answers.get(0).body());
      String id = listed.get(0).get("id").asText();
      JsonNode one = body(get(URI.create(consolidated.resolve("/api/v1/reports/") + id)), 200);
      assertThat(one.get("status").asText()).isEqualTo("NOT_STARTED");
      assertThat(one.get("orgId").asText()).isEqualTo(listed.get(0).get("orgId").asText());
      assertThat(
              get(URI.create(consolidated.resolve("/api/v1/reports/") + id + "/history"))
                  .statusCode())
          .isEqualTo(200);
    }
    assertThat(
            get(URI.create(
                    consolidated.resolve("/api/v1/reporting/compliance/history")
                        + "?planId="
                        + PLAN))
                .statusCode())
        .isEqualTo(200);
    assertThat(everyTableCount()).as("row counts after the reads").isEqualTo(before);

    // The first write creates the report the reads showed, under the id they gave.
    String period = "2026-01";
    JsonNode listed =
        body(
            get(
                URI.create(
                    consolidated.resolve("/api/v1/reports")
                        + "?planId="
                        + PLAN
                        + "&period="
                        + period
                        + "&orgId="
                        + UNIT)),
            200);
    String id = listed.get(0).get("id").asText();
    as("officer", "KT", UNIT)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("results", "Hoàn thành 15/15 nhiệm vụ."))
        .put("/api/v1/reports/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("status", equalTo("DRAFT"));
    assertThat(count("unit_report where id = '" + id + "'")).isEqualTo(1);
    JsonNode after = body(get(URI.create(consolidated.resolve("/api/v1/reports/") + id)), 200);
    assertThat(after.get("results").asText()).isEqualTo("Hoàn thành 15/15 nhiệm vụ.");
  }

  @Inject AgroalDataSource db;

  /** Every table's row count (the service's own and the platform's). */
  Map<String, Long> everyTableCount() throws Exception {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String table : strings("select tablename from pg_tables where schemaname = 'public'")) {
      counts.put(table, count(table));
    }
    return counts;
  }

  long count(String fromWhere) throws Exception {
    return Long.parseLong(strings("select count(*) from " + fromWhere).get(0));
  }

  List<String> strings(String sql) throws Exception {
    try (java.sql.Connection c = db.getConnection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery(sql)) {
      List<String> out = new java.util.ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    }
  }

  @Test
  void twoConcurrentFirstBuildsMakeOneDraftAndBothGetIt() throws Exception {
    for (String period : List.of("2025-02", "2025-03", "2025-04", "2025-05", "2025-06")) {
      // The coordinator has looked at who reported: the units' reports exist, nothing else does.
      coordinator()
          .queryParam("planId", PLAN)
          .queryParam("period", period)
          .get("/api/v1/reporting/compliance")
          .then()
          .statusCode(200)
          .body("expected", equalTo(2));
      List<HttpResponse<String>> answers = race(() -> build(period), () -> build(period));
      assertThat(answers)
          .as("two first builds of %s", period)
          .extracting(HttpResponse::statusCode)
          .containsExactly(201, 201);
      assertThat(JSON.readTree(answers.get(0).body()).get("id"))
          .isEqualTo(JSON.readTree(answers.get(1).body()).get("id"));
      coordinator()
          .queryParam("planId", PLAN)
          .queryParam("period", period)
          .get("/api/v1/consolidated-reports")
          .then()
          .statusCode(200)
          .body("size()", equalTo(1))
          .body("[0].status", equalTo("DRAFT"))
          .body("[0].number", equalTo(1));
    }
  }

  @Test
  void aRebuildRacingTheIssueNeverChangesTheIssuedReport() throws Exception {
    for (String period : List.of("2025-07", "2025-08", "2025-09", "2025-10", "2025-11")) {
      String draft = body(build(period), 201).get("id").asText();
      List<HttpResponse<String>> answers = race(() -> build(period), () -> issue(draft));
      HttpResponse<String> rebuilt = answers.get(0);
      HttpResponse<String> issued = answers.get(1);
      assertThat(rebuilt.statusCode()).as("the rebuild of %s", period).isEqualTo(201);
      assertThat(issued.statusCode()).as("the issue of %s", period).isIn(200, 409);
      JsonNode now = JSON.readTree(read(draft));
      if (issued.statusCode() == 200) {
        // Issued: stored exactly as the issue answered, whenever the rebuild ran.
        JsonNode answer = JSON.readTree(issued.body());
        assertThat(now.get("status").asText()).isEqualTo("ISSUED");
        assertThat(now.get("version")).isEqualTo(answer.get("version"));
        assertThat(now.get("builtAt")).isEqualTo(answer.get("builtAt"));
      } else {
        // The rebuild came first and the issue named what it had read: refused, a draft still.
        assertThat(issued.headers().firstValue("Content-Type"))
            .hasValue("application/problem+json");
        assertThat(now.get("status").asText()).isEqualTo("DRAFT");
      }
      List<JsonNode> rows = new ArrayList<>();
      JSON.readTree(
              coordinator()
                  .queryParam("planId", PLAN)
                  .queryParam("period", period)
                  .get("/api/v1/consolidated-reports")
                  .then()
                  .statusCode(200)
                  .extract()
                  .asString())
          .forEach(rows::add);
      // At most one draft, numbered after the issued one when the rebuild came second.
      assertThat(rows).filteredOn(r -> r.get("status").asText().equals("DRAFT")).hasSizeLessThan(2);
      assertThat(rows).extracting(r -> r.get("number").asInt()).doesNotHaveDuplicates();
    }
  }

  HttpResponse<String> build(String period) throws Exception {
    return post(
        consolidated,
        JSON.createObjectNode().put("planId", PLAN.toString()).put("period", period).toString());
  }

  HttpResponse<String> issue(String id) throws Exception {
    return post(URI.create(consolidated + "/" + id + "/issue"), null);
  }

  static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(URI uri, String json) throws Exception {
    HttpRequest.Builder request = request(uri);
    if (json == null) {
      request.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", ContentType.JSON.toString())
          .POST(HttpRequest.BodyPublishers.ofString(json));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header(
            "Authorization", "Bearer " + Tokens.of("kt.coordinator", "coordinator", "KT", null));
  }

  static String read(String id) {
    return coordinator()
        .queryParam("annexes", true)
        .get("/api/v1/consolidated-reports/" + id)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  static JsonNode body(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  /** Both calls at once: two threads released together by a barrier; their answers in order. */
  @SafeVarargs
  static List<HttpResponse<String>> race(Callable<HttpResponse<String>>... calls) throws Exception {
    CyclicBarrier start = new CyclicBarrier(calls.length);
    ExecutorService threads = Executors.newFixedThreadPool(calls.length);
    try {
      List<Future<HttpResponse<String>>> running = new ArrayList<>();
      for (Callable<HttpResponse<String>> call : calls) {
        running.add(
            threads.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return call.call();
                }));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> f : running) {
        answers.add(f.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }
}
