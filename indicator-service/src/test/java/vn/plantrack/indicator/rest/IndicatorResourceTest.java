package vn.plantrack.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.contract.Evaluation;
import vn.plantrack.indicator.contract.EvaluationRule;
import vn.plantrack.indicator.contract.IndicatorEvents;
import vn.plantrack.indicator.reading.TargetReader;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.platform.test.PublishedData;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

/**
 * The indicators of Kon Tum 1570/KH-UBND and Bắc Kạn 131/KH-UBND (Phụ lục I of each), loaded as
 * printed; values, corrections, judgements and evaluation.
 */
@QuarkusTest
@RealInfrastructure
class IndicatorResourceTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final UUID KT_PLAN = id("test/plan/1570");
  static final UUID BK_PLAN = id("test/plan/131");
  static final UUID KT_SKHCN = org("KT", "Sở Khoa học và Công nghệ");
  static final UUID KT_STC = org("KT", "Sở Tài chính");
  static final UUID KT_VP = org("KT", "Văn phòng UBND tỉnh");

  @Inject KnownPlanRepository plans;
  @Inject KnownOrganizationRepository organizations;
  @Inject vn.plantrack.platform.messaging.EventData eventData;
  @Inject ObjectMapper mapper;

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** The test's directory: one organization per name the appendices print. */
  static UUID org(String province, String name) {
    return id("test/organization/" + province + "/" + name);
  }

  /** A row of a seed's indicator table, with the reading its target must get. */
  record Row(
      int year,
      String code,
      String name,
      String unit,
      String target,
      List<String> monitoring,
      String kind,
      String min,
      String max) {}

  static List<Row> rows(String resource) throws Exception {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                IndicatorResourceTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        List<String> monitoring =
            c[5].isBlank()
                ? List.of()
                : List.of(c[5].split(";")).stream().map(String::strip).toList();
        rows.add(
            new Row(Integer.parseInt(c[0]), c[1], c[2], c[3], c[4], monitoring, c[6], c[7], c[8]));
      }
    }
    return rows;
  }

  @BeforeEach
  void world() throws Exception {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              plan(KT_PLAN, "KT", "1570/KH-UBND", LocalDate.of(2025, 5, 8));
              plan(BK_PLAN, "BK", "131/KH-UBND", LocalDate.of(2025, 2, 28));
            });
    for (String province : List.of("KT", "BK")) {
      for (Row row :
          rows(
              "/seeds/indicators-"
                  + province
                  + (province.equals("KT") ? "-1570" : "-131")
                  + ".tsv")) {
        for (String name : row.monitoring()) {
          QuarkusTransaction.requiringNew().run(() -> organization(province, name));
        }
      }
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              organization("KT", "Sở Khoa học và Công nghệ");
              organization("KT", "Sở Tài chính");
              organization("KT", "Văn phòng UBND tỉnh");
            });
  }

  private void plan(UUID id, String province, String number, LocalDate issuedOn) {
    if (plans.findById(id) == null) {
      KnownPlan p = new KnownPlan();
      p.id = id;
      p.province = province;
      p.number = number;
      p.status = "ISSUED";
      p.issuedOn = issuedOn;
      p.version = 1;
      plans.persist(p);
    }
  }

  private void organization(String province, String name) {
    UUID id = org(province, name);
    if (organizations.findById(id) == null) {
      KnownOrganization o = new KnownOrganization();
      o.id = id;
      o.province = province;
      o.code = province + "." + Math.abs(name.hashCode());
      o.name = name;
      o.type = "DEPARTMENT";
      o.version = 1;
      organizations.persist(o);
    }
  }

  static ValidatableResponse post(String path, String json) {
    return given().contentType(ContentType.JSON).body(json).post(path).then();
  }

  static String json(String value) {
    return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Loads a seed's appendix through the API; returns code → id. */
  static Map<String, String> load(UUID plan, String province, List<Row> rows, String prefix) {
    Map<String, String> ids = new HashMap<>();
    for (Row row : rows) {
      String code = prefix + row.code();
      String parent =
          row.code().contains(".")
              ? json(ids.get(prefix + row.code().substring(0, row.code().indexOf('.'))))
              : "null";
      String monitoring =
          row.monitoring().stream()
              .map(n -> json(org(province, n).toString()))
              .collect(Collectors.joining(","));
      String targets =
          row.target().isBlank()
              ? "[]"
              : "[{\"year\": %d, \"text\": %s}]".formatted(row.year(), json(row.target()));
      String body =
          """
          {"planId": "%s", "code": "%s", "parentId": %s, "name": %s, "unit": %s,
           "monitoringOrgIds": [%s], "leadOrgIds": [%s], "targets": %s}
          """
              .formatted(
                  plan,
                  code,
                  parent,
                  json(row.name()),
                  json(row.unit()),
                  monitoring,
                  monitoring,
                  targets);
      String id =
          given()
              .contentType(ContentType.JSON)
              .body(body)
              .post("/api/v1/indicators")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      ids.put(code, id);
    }
    return ids;
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void konTumAppendixLoadsWithEveryTargetRead() throws Exception {
    List<Row> rows = rows("/seeds/indicators-KT-1570.tsv");
    assertThat(rows).hasSize(36); // 25 numbered, 7.1–7.9 and 15.1–15.2
    assertThat(rows.stream().filter(r -> !r.code().contains("."))).hasSize(25);
    Map<String, String> ids = load(KT_PLAN, "KT", rows, "L");
    for (Row row : rows) {
      ValidatableResponse got =
          given().get("/api/v1/indicators/" + ids.get("L" + row.code())).then().statusCode(200);
      if (row.kind().isBlank()) {
        got.body("groupRow", equalTo(true)).body("valueType", nullValue());
        continue;
      }
      got.body("targets[0].year", equalTo(row.year()))
          .body("targets[0].text", equalTo(row.target()))
          .body("targets[0].kind", equalTo(row.kind()));
      assertNumber(got, "targets[0].min", row.min(), row);
      assertNumber(got, "targets[0].max", row.max(), row);
    }
    given()
        .queryParam("planId", KT_PLAN)
        .queryParam("parentId", ids.get("L7"))
        .queryParam("size", 50)
        .get("/api/v1/indicators")
        .then()
        .statusCode(200)
        .body("total", equalTo(9));
    // Ranks are lower-is-better; "3% và tăng dần" rises.
    given()
        .get("/api/v1/indicators/" + ids.get("L2"))
        .then()
        .body("direction", equalTo("LOWER_IS_BETTER"));
    given()
        .get("/api/v1/indicators/" + ids.get("L13"))
        .then()
        .body("targets[0].rising", equalTo(true));
  }

  @Test
  @TestSecurity(user = "bk.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "BK")})
  void bacKanAppendixLoadsWithEveryTargetRead() throws Exception {
    List<Row> rows = rows("/seeds/indicators-BK-131.tsv");
    assertThat(rows).hasSize(47); // 33 numbered, 9.1–9.12 and 19.1–19.2
    Map<String, String> ids = load(BK_PLAN, "BK", rows, "L");
    for (Row row : rows) {
      ValidatableResponse got =
          given().get("/api/v1/indicators/" + ids.get("L" + row.code())).then().statusCode(200);
      if (row.kind().isBlank()) {
        got.body("groupRow", equalTo(true));
        continue;
      }
      got.body("targets[0].kind", equalTo(row.kind())).body("targets[0].year", equalTo(row.year()));
      assertNumber(got, "targets[0].min", row.min(), row);
      assertNumber(got, "targets[0].max", row.max(), row);
    }
    // A second milestone: the 2045 vision.
    given()
        .get("/api/v1/indicators/" + ids.get("L30"))
        .then()
        .body("targets[0].year", equalTo(2045))
        .body("targets[0].kind", equalTo("RANK"));
  }

  private static void assertNumber(ValidatableResponse got, String path, String expected, Row row) {
    Object actual = got.extract().path(path);
    if (expected.isBlank()) {
      assertThat(actual).as(row.code() + " " + path).isNull();
    } else {
      assertThat(new BigDecimal(String.valueOf(actual)))
          .as(row.code() + " " + path)
          .isEqualByComparingTo(expected);
    }
  }

  static String economy(String code) {
    return """
        {"planId": "%s", "code": "%s", "name": "Quy mô kinh tế số", "unit": "%% GRDP",
         "monitoringOrgIds": ["%s"], "leadOrgIds": ["%s"],
         "targets": [{"year": 2030, "text": "≥ 25"}, {"year": 2045, "text": "≥ 50"}]}
        """
        .formatted(KT_PLAN, code, KT_SKHCN, KT_SKHCN);
  }

  static String createAsCoordinator(String body) {
    return given()
        .auth()
        .none()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/indicators")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void theDigitalEconomyIsOnTrackByTheDocumentedLine() {
    String id = createAsCoordinator(economy("E1"));
    given()
        .queryParam("asOf", "2026-03-01")
        .get("/api/v1/indicators/" + id + "/evaluation")
        .then()
        .statusCode(200)
        .body("milestones[0].year", equalTo(2030))
        .body("milestones[0].evaluation", equalTo("NO_DATA"))
        .body("milestones[1].year", equalTo(2045));
    post(
            "/api/v1/indicators/" + id + "/measurements",
            "{\"period\": \"2025\", \"value\": 12, \"source\": \"Cục Thống kê tỉnh\"}")
        .statusCode(201)
        .body("revision", equalTo(1));
    // Recorded today: as of an earlier date it was not known yet (issue 13, history is history).
    given()
        .queryParam("asOf", "2026-03-01")
        .get("/api/v1/indicators/" + id + "/evaluation")
        .then()
        .body("milestones[0].evaluation", equalTo("NO_DATA"));
    // 0 on 2025-01-01 → 25 on 2030-12-31: 4.16 expected at the end of 2025; 12 is ahead (as of
    // today, the value's day).
    given()
        .get("/api/v1/indicators/" + id + "/evaluation")
        .then()
        .body("milestones[0].evaluation", equalTo("ON_TRACK"))
        .body("milestones[0].expected", equalTo(4.16f))
        .body("milestones[0].period", equalTo("2025"));
    // A correction to 1.5 puts it behind the line by more than 10 % of the way.
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2025\", \"value\": 1.5}")
        .statusCode(200)
        .body("revision", equalTo(2));
    given()
        .get("/api/v1/indicators/" + id + "/evaluation")
        .then()
        .body("milestones[0].evaluation", equalTo("AT_RISK"));
    // The old value stays in the history.
    given()
        .get("/api/v1/indicators/" + id + "/history")
        .then()
        .body("items.field", hasItem("value 2025"))
        .body("items.find { it.action == 'CORRECTION' }.oldValue.toString()", equalTo("12"))
        .body("items.find { it.action == 'CORRECTION' }.newValue.toString()", equalTo("1.5"));
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void anEvaluationChangeReachesKafkaOnce() throws Exception {
    String id = createAsCoordinator(economy("E2"));
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2025\", \"value\": 1}")
        .statusCode(201);
    // The same value again changes nothing in the evaluation.
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2025\", \"value\": 1}")
        .statusCode(200);
    String kafka = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    assertThat(
            TopicReader.await(
                kafka,
                "plantrack.indicators",
                r ->
                    id.equals(r.key())
                        && r.value().contains("plantrack.indicator.evaluation-changed.v1"),
                2,
                Duration.ofSeconds(10)))
        .hasSize(1)
        .allSatisfy(
            r ->
                assertThat(JSON.readTree(r.value()).at("/data/current/2030").asText())
                    .isEqualTo("AT_RISK"));
    assertThat(
            TopicReader.await(
                kafka,
                "plantrack.indicators",
                r ->
                    id.equals(r.key())
                        && r.value().contains("plantrack.indicator.measurement-recorded.v1"),
                2,
                Duration.ofSeconds(10)))
        .hasSize(2);
  }

  /**
   * The events carry every fact the contract's rule needs, one event per change with a strictly
   * increasing version: a reader of the events alone evaluates as indicator-service does.
   */
  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void theEventsCarryEveryFactTheEvaluationNeeds() throws Exception {
    String id = createAsCoordinator(economy("E7"));
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2025\", \"value\": 12}")
        .statusCode(201);
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2025\", \"value\": 1.5}")
        .statusCode(200);
    String judged =
        createAsCoordinator(
            """
            {"planId": "%s", "code": "E8", "name": "Tiềm lực khoa học", "unit": "Thứ bậc",
             "targets": [{"year": 2030, "text": "đạt mức trung bình chung của cả nước"}]}
            """
                .formatted(KT_PLAN));
    post(
            "/api/v1/indicators/" + judged + "/judgements",
            "{\"year\": 2030, \"result\": \"MET\", \"reason\": \"PII: hạng 30/63\"}")
        .statusCode(200);
    post(
            "/api/v1/indicators/" + judged + "/judgements",
            "{\"year\": 2030, \"result\": \"NOT_MET\", \"reason\": \"PII: hạng 40/63\"}")
        .statusCode(200);
    String kafka = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    // created, 2 values, their evaluation change(s); created, 2 judgements, their changes
    var events =
        TopicReader.await(
            kafka,
            "plantrack.indicators",
            r -> id.equals(r.key()) || judged.equals(r.key()),
            20,
            Duration.ofSeconds(8));
    ObjectMapper reader = new ObjectMapper().findAndRegisterModules();
    Map<String, Long> lastVersion = new HashMap<>();
    List<EvaluationRule.Value> values = new ArrayList<>();
    List<EvaluationRule.Judgement> judgements = new ArrayList<>();
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    for (var record : events) {
      var event = JSON.readTree(record.value());
      long version = event.at("/data/version").asLong();
      assertThat(version)
          .as(event.get("type").asText())
          .isGreaterThan(lastVersion.getOrDefault(record.key(), -1L));
      lastVersion.put(record.key(), version);
      String type = event.get("type").asText();
      if (type.equals(IndicatorEvents.MEASUREMENT_RECORDED)) {
        var data = reader.treeToValue(event.get("data"), IndicatorEvents.MeasurementRecorded.class);
        assertThat(data.recordedOn()).isEqualTo(today);
        values.add(data.asValue());
      } else if (type.equals(IndicatorEvents.JUDGED)) {
        var data = reader.treeToValue(event.get("data"), IndicatorEvents.Judged.class);
        assertThat(data.judgedOn()).isEqualTo(today);
        judgements.add(data.asJudgement());
      } else if (type.equals(IndicatorEvents.CREATED)) {
        assertThat(event.at("/data/createdOn").asText()).isEqualTo(today.toString());
        assertThat(event.at("/data/targets/0").has("rising")).isTrue();
      }
    }
    assertThat(values)
        .extracting(v -> v.number().toPlainString() + " r" + v.revision())
        .containsExactly("12 r1", "1.5 r2");
    assertThat(judgements).extracting(j -> j.result().name()).containsExactly("MET", "NOT_MET");
    // The reader's evaluation from the events alone is the service's.
    EvaluationRule.Facts facts =
        new EvaluationRule.Facts(Direction.HIGHER_IS_BETTER, null, null, LocalDate.of(2025, 1, 1));
    given()
        .get("/api/v1/indicators/" + id + "/evaluation")
        .then()
        .body(
            "milestones[0].evaluation",
            equalTo(
                EvaluationRule.evaluate(
                        facts, 2030, TargetReader.read("≥ 25", "% GRDP"), values, List.of(), today)
                    .evaluation()
                    .name()));
    assertThat(
            EvaluationRule.evaluate(
                    facts,
                    2030,
                    TargetReader.read("đạt mức trung bình chung của cả nước", "Thứ bậc"),
                    List.of(),
                    judgements,
                    today)
                .evaluation())
        .isEqualTo(Evaluation.NOT_MET);
    // Documented: every field of the examples.
    for (var record : events) {
      var event = JSON.readTree(record.value());
      String example =
          switch (event.get("type").asText()) {
            case IndicatorEvents.CREATED -> "indicator.created.v1.json";
            case IndicatorEvents.MEASUREMENT_RECORDED -> "indicator.measurement-recorded.v1.json";
            case IndicatorEvents.JUDGED -> "indicator.judged.v1.json";
            default -> "indicator.evaluation-changed.v1.json";
          };
      vn.plantrack.indicator.messaging.IndicatorEventsTest.assertHasFields(
          event,
          vn.plantrack.indicator.messaging.IndicatorEventsTest.example(
              "indicator-service/docs/events/" + example));
      // Its readers decode it as the contract's record, which is exactly what was published.
      Class<? extends Record> contract =
          switch (event.get("type").asText()) {
            case IndicatorEvents.CREATED, IndicatorEvents.UPDATED ->
                IndicatorEvents.IndicatorChanged.class;
            case IndicatorEvents.MEASUREMENT_RECORDED -> IndicatorEvents.MeasurementRecorded.class;
            case IndicatorEvents.JUDGED -> IndicatorEvents.Judged.class;
            default -> IndicatorEvents.EvaluationChanged.class;
          };
      PublishedData.assertIsTheRecord(
          mapper,
          record.value(),
          eventData.decode(InboundEvent.parse(mapper, record.value()), contract, "id"));
    }
  }

  /**
   * {@code q=} ranks exact matches first (platform {@code TextSearch.rank}), then those starting
   * with q, then the rest, each rank in the requested order; case and diacritics aside.
   */
  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void aSearchListsExactMatchesFirst() {
    for (String[] indicator :
        new String[][] {
          {"S1", "Nâng tỷ lệ hộ gia đình có địa chỉ số"},
          {"S2", "Tỷ lệ hộ gia đình có địa chỉ số ở nông thôn"},
          {"S3", "Tỷ lệ hộ gia đình có địa chỉ số"},
          {"S4", "Chỉ tiêu dẫn chiếu S3"}
        }) {
      createAsCoordinator(
          """
          {"planId": "%s", "code": "%s", "name": "%s", "unit": "%%",
           "targets": [{"year": 2030, "text": "≥ 80"}]}
          """
              .formatted(KT_PLAN, indicator[0], indicator[1]));
    }
    // By name, "Nâng …" would come first; the name equal to q (diacritics aside) does.
    given()
        .queryParam("planId", KT_PLAN)
        .queryParam("q", "ty le ho gia dinh co dia chi so")
        .queryParam("sort", "name,asc")
        .get("/api/v1/indicators")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of("S3", "S2", "S1")));
    // A code equal to q comes before a name that merely mentions it ("Chỉ tiêu …" sorts first).
    given()
        .queryParam("planId", KT_PLAN)
        .queryParam("q", "s3")
        .queryParam("sort", "name,asc")
        .get("/api/v1/indicators")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of("S3", "S4")));
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void badInputIsNamedAndStoresNothing() {
    String id = createAsCoordinator(economy("E3"));
    String prefix =
        """
        {"planId": "%s", "code": "B1", "name": "Chỉ tiêu", "unit": "%%", "targets": [
        """
            .formatted(KT_PLAN);
    post(
            "/api/v1/indicators",
            prefix + "{\"year\": 2030, \"text\": \"≥ 25\"}, {\"year\": 2030, \"text\": \"≥ 30\"}]}")
        .statusCode(400)
        .body("errors[0].field", equalTo("targets[1].year"));
    post(
            "/api/v1/indicators",
            prefix
                + "{\"year\": 2030, \"text\": \"10-15\", \"kind\": \"RANGE\", \"min\": 15, \"max\": 10}]}")
        .statusCode(400)
        .body("errors[0].field", equalTo("targets[0].min"));
    post("/api/v1/indicators", prefix + "{\"year\": 2030, \"text\": \"\"}]}")
        .statusCode(400)
        .body("errors[0].field", equalTo("targets[0].text"));
    given()
        .queryParam("planId", KT_PLAN)
        .queryParam("q", "B1")
        .get("/api/v1/indicators")
        .then()
        .body("total", equalTo(0));
    // Values: the wrong type, outside the horizon, not begun, not a period.
    post(
            "/api/v1/indicators/" + id + "/measurements",
            "{\"period\": \"2025\", \"value\": \"mười hai\"}")
        .statusCode(400)
        .body("errors[0].field", equalTo("value"));
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2020\", \"value\": 3}")
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2046\", \"value\": 3}")
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2044-Q1\", \"value\": 3}")
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"Q3/2025\", \"value\": 3}")
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2025\", \"value\": 1e300}")
        .statusCode(400);
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2025\", \"value\": [1]}")
        .statusCode(400);
    given().get("/api/v1/indicators/" + id + "/measurements").then().body("size()", equalTo(0));
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void qualitativeTargetsWaitForAJudgementAndGroupsTakeTheWorst() {
    String group =
        createAsCoordinator(
            """
            {"planId": "%s", "code": "G7", "name": "Chỉ tiêu về thực hiện thủ tục hành chính"}
            """
                .formatted(KT_PLAN));
    String qualitative =
        createAsCoordinator(
            """
            {"planId": "%s", "code": "G7.1", "parentId": "%s", "name": "Tiềm lực khoa học",
             "unit": "Thứ bậc", "monitoringOrgIds": ["%s"],
             "targets": [{"year": 2030, "text": "đạt mức trung bình chung của cả nước"}]}
            """
                .formatted(KT_PLAN, group, KT_SKHCN));
    String numeric =
        createAsCoordinator(
            """
            {"planId": "%s", "code": "G7.2", "parentId": "%s", "name": "Tỷ lệ dịch vụ công",
             "unit": "%%", "monitoringOrgIds": ["%s"],
             "targets": [{"year": 2030, "text": "≥ 80"}]}
            """
                .formatted(KT_PLAN, group, KT_VP));
    post("/api/v1/indicators/" + numeric + "/measurements", "{\"period\": \"2025\", \"value\": 79}")
        .statusCode(201);
    given()
        .get("/api/v1/indicators/" + group + "/evaluation")
        .then()
        .body("milestones[0].evaluation", equalTo("NEEDS_JUDGEMENT"))
        .body("milestones[0].children.NEEDS_JUDGEMENT", equalTo(1))
        .body("milestones[0].children.ON_TRACK", equalTo(1));
    post(
            "/api/v1/indicators/" + numeric + "/judgements",
            "{\"year\": 2030, \"result\": \"MET\", \"reason\": \"x\"}")
        .statusCode(409);
    post(
            "/api/v1/indicators/" + qualitative + "/judgements",
            "{\"year\": 2030, \"result\": \"ON_TRACK\", \"reason\": \"x\"}")
        .statusCode(400);
    post(
            "/api/v1/indicators/" + qualitative + "/judgements",
            "{\"year\": 2030, \"result\": \"MET\"}")
        .statusCode(400);
    post(
            "/api/v1/indicators/" + qualitative + "/judgements",
            "{\"year\": 2030, \"result\": \"MET\", \"reason\": \"PII 2025: hạng 30/63\"}")
        .statusCode(200);
    // Judged today: as of an earlier date the target still waited for its judgement.
    given()
        .queryParam("asOf", "2026-01-02")
        .get("/api/v1/indicators/" + qualitative + "/evaluation")
        .then()
        .body("milestones[0].evaluation", equalTo("NEEDS_JUDGEMENT"));
    given()
        .get("/api/v1/indicators/" + group + "/evaluation")
        .then()
        .body("milestones[0].evaluation", equalTo("ON_TRACK"))
        .body("milestones[0].children.MET", equalTo(1));
    post("/api/v1/indicators/" + group + "/measurements", "{\"period\": \"2025\", \"value\": 1}")
        .statusCode(409);
    // The plan's summary counts the children, per monitoring organization.
    given()
        .queryParam("planId", KT_PLAN)
        .get("/api/v1/indicators/summary")
        .then()
        .statusCode(200)
        .body("rows.find { it.key == '" + KT_VP + "' }.counts.ON_TRACK", equalTo(1));
  }

  @Test
  @TestSecurity(user = "kt.viewer", roles = "viewer")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void theTargetReaderIsExposed() {
    given()
        .queryParam("text", "45 các tỉnh, thành")
        .queryParam("unit", "Thứ bậc")
        .get("/api/v1/targets/parse")
        .then()
        .statusCode(200)
        .body("kind", equalTo("RANK"))
        .body("max", equalTo(45))
        .body("needsReview", equalTo(false));
    given()
        .queryParam("text", "Phấn đấu đạt 80% theo yêu cầu đô thị thông minh")
        .get("/api/v1/targets/parse")
        .then()
        .statusCode(200)
        .body("kind", equalTo("UNRECOGNIZED"))
        .body("needsReview", equalTo(true));
    given().get("/api/v1/targets/parse").then().statusCode(400);
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void aStaleVersionIsRefused() {
    String id = createAsCoordinator(economy("E4"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(economy("E4"))
        .put("/api/v1/indicators/" + id)
        .then()
        .statusCode(412);
    given()
        .contentType(ContentType.JSON)
        .body(economy("E4"))
        .put("/api/v1/indicators/" + id)
        .then()
        .statusCode(428);
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void valuesRecordedAtOnceAllLandInTurn() throws Exception {
    String id = createAsCoordinator(economy("E5"));
    int writers = 6;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(writers);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
    try {
      for (int month = 1; month <= writers; month++) {
        String period = "2025-%02d".formatted(month);
        int value = month;
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return given()
                      .contentType(ContentType.JSON)
                      .body("{\"period\": \"%s\", \"value\": %d}".formatted(period, value))
                      .post("/api/v1/indicators/" + id + "/measurements")
                      .statusCode();
                }));
      }
      start.countDown();
      for (java.util.concurrent.Future<Integer> answer : answers) {
        org.assertj.core.api.Assertions.assertThat(answer.get()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
    given()
        .get("/api/v1/indicators/" + id + "/measurements")
        .then()
        .body("size()", equalTo(writers));
    String etag = given().get("/api/v1/indicators/" + id).then().extract().header("ETag");
    org.assertj.core.api.Assertions.assertThat(Long.parseLong(etag.replace("\"", "")))
        .as("each value a version of the indicator")
        .isGreaterThanOrEqualTo(writers);
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void aWriteNamingAStaleVersionIsRefusedWith412AndChangesNothing() {
    String id = createAsCoordinator(economy("E6"));
    String read = given().get("/api/v1/indicators/" + id).then().extract().header("ETag");
    post("/api/v1/indicators/" + id + "/measurements", "{\"period\": \"2025\", \"value\": 1}")
        .statusCode(201);
    String current = given().get("/api/v1/indicators/" + id).then().extract().header("ETag");
    org.assertj.core.api.Assertions.assertThat(current).isNotEqualTo(read);
    // Every write to the indicator: its value, a judgement, a change.
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", read)
        .body("{\"period\": \"2025\", \"value\": 2}")
        .post("/api/v1/indicators/" + id + "/measurements")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", read)
        .body("{\"year\": 2030, \"result\": \"MET\", \"reason\": \"Đạt\"}")
        .post("/api/v1/indicators/" + id + "/judgements")
        .then()
        .statusCode(412);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", read)
        .body(economy("E6"))
        .put("/api/v1/indicators/" + id)
        .then()
        .statusCode(412);
    given()
        .get("/api/v1/indicators/" + id + "/measurements")
        .then()
        .body("size()", equalTo(1))
        .body("[0].revision", equalTo(1));
    given().get("/api/v1/indicators/" + id).then().header("ETag", current);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", current)
        .body("{\"period\": \"2025\", \"value\": 2}")
        .post("/api/v1/indicators/" + id + "/measurements")
        .then()
        .statusCode(200);
  }
}
