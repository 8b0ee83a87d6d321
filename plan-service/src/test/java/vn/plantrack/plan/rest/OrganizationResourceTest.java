package vn.plantrack.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.OrganizationType;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

@QuarkusTest
@RealInfrastructure
class OrganizationResourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  private static String body(String code, String name) {
    return """
        {"code": "%s", "name": "%s", "shortName": "STC", "aliases": ["Sở Tài Chính"],
         "type": "DEPARTMENT"}
        """
        .formatted(code, name);
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void coordinatorAddsAnAgencyAndTheEventReachesKafkaOnce() throws Exception {
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(body("KT.TEST-STC", "Sở Tài chính thử nghiệm"))
            .when()
            .post("/api/v1/organizations")
            .then()
            .statusCode(201)
            .header("ETag", notNullValue())
            .body("province", equalTo("KT"))
            .body("name", equalTo("Sở Tài chính thử nghiệm"))
            .extract()
            .path("id");

    List<ConsumerRecord<String, String>> records =
        TopicReader.await(
            kafka, "plantrack.organizations", r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
    assertThat(records).hasSize(1);
    JsonNode event = JSON.readTree(records.get(0).value());
    assertThat(event.get("specversion").asText()).isEqualTo("1.0");
    assertThat(event.get("type").asText()).isEqualTo("plantrack.organization.created.v1");
    assertThat(event.get("source").asText()).isEqualTo("/plantrack/plan-service");
    assertThat(event.get("subject").asText()).isEqualTo(id);
    assertThat(event.get("province").asText()).isEqualTo("KT");
    assertThat(event.at("/data/code").asText()).isEqualTo("KT.TEST-STC");
    assertThat(event.at("/data/version").isIntegralNumber()).isTrue();

    // A second look a little later still finds exactly one event for this aggregate.
    assertThat(
            TopicReader.await(
                kafka,
                "plantrack.organizations",
                r -> id.equals(r.key()),
                2,
                Duration.ofSeconds(2)))
        .hasSize(1);
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void searchIgnoresCaseAndDiacritics() {
    given()
        .contentType(ContentType.JSON)
        .body(body("KT.TEST-SEARCH", "Sở Tài nguyên và Môi trường đô thị"))
        .post("/api/v1/organizations")
        .then()
        .statusCode(201);

    given()
        .queryParam("q", "so tai nguyen va moi truong do thi")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("KT.TEST-SEARCH"))
        .body("page", equalTo(0))
        .body("size", equalTo(50));
    given()
        .queryParam("q", "MÔI TRƯỜNG ĐÔ")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("KT.TEST-SEARCH"));
    given()
        .queryParam("q", "100%")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  /**
   * API.md: every q= lists exact matches first (a name, short name or code equal to q, ignoring
   * case and diacritics), then those starting with it, then those containing it; ties by the sort
   * asked for. Province QT is this test's own.
   */
  @Test
  @TestSecurity(user = "qt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "QT"))
  void searchListsExactMatchesFirstThenPrefixesThenTheRest() {
    for (String[] org :
        List.of(
            new String[] {"QT.STC", "Sở Tài chính"},
            new String[] {"QT.STC-KH", "Sở Tài chính - Kế hoạch"},
            new String[] {"QT.VP-STC", "Văn phòng Sở Tài chính"})) {
      given()
          .contentType(ContentType.JSON)
          .body(
              "{\"code\": \"%s\", \"name\": \"%s\", \"type\": \"DEPARTMENT\"}"
                  .formatted(org[0], org[1]))
          .post("/api/v1/organizations")
          .then()
          .statusCode(201);
    }
    given()
        .queryParam("q", "so tai chinh")
        .queryParam("sort", "name,desc")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("items.code", contains("QT.STC", "QT.STC-KH", "QT.VP-STC"));
    given()
        .queryParam("q", "qt.stc")
        .queryParam("sort", "name,desc")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("items.code", contains("QT.STC", "QT.STC-KH"));
    given()
        .queryParam("q", "tai chinh")
        .queryParam("sort", "name,desc")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("items.code", contains("QT.VP-STC", "QT.STC-KH", "QT.STC"));
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void badInputIsAProblemNamingTheFieldAndStoresNothing() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"code\": \"kt-lowercase\", \"type\": \"DEPARTMENT\"}")
        .post("/api/v1/organizations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItem("code"))
        .body("errors.field", hasItem("name"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"code\": \"KT.X\", \"name\": \"x\", \"type\": \"NO_SUCH_TYPE\"}")
        .post("/api/v1/organizations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("type"));
    given()
        .contentType(ContentType.JSON)
        .body("{not json")
        .post("/api/v1/organizations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body(body("BK.ELSEWHERE", "Sở ở tỉnh khác"))
        .post("/api/v1/organizations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"));
    given()
        .queryParam("q", "kt-lowercase")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    given()
        .queryParam("size", 501)
        .get("/api/v1/organizations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
    given()
        .queryParam("sort", "secret,asc")
        .get("/api/v1/organizations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sort"));
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void duplicateCodeIsAConflict() {
    given()
        .contentType(ContentType.JSON)
        .body(body("KT.TEST-DUP", "Một"))
        .post("/api/v1/organizations")
        .then()
        .statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .body(body("KT.TEST-DUP", "Hai"))
        .post("/api/v1/organizations")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "kt.officer.finance", roles = "officer")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void officerOfAnotherProvinceGets404AndCannotAdd() {
    UUID hidden = insertDirectly("BK.TEST-HIDDEN", "BK");
    UUID own = insertDirectly("KT.TEST-VISIBLE", "KT");
    given().get("/api/v1/organizations/" + own).then().statusCode(200);
    given()
        .get("/api/v1/organizations/" + hidden)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .queryParam("province", "BK")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    given()
        .contentType(ContentType.JSON)
        .body(body("KT.TEST-OFFICER", "Không được"))
        .post("/api/v1/organizations")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Inject OrganizationRepository repository;

  /** Puts an organization straight into the database, whoever the test's caller is. */
  UUID insertDirectly(String code, String province) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Organization existing = repository.findById(Organization.idForCode(code));
              if (existing != null) {
                return existing.id;
              }
              Organization org = new Organization();
              org.id = Organization.idForCode(code);
              org.code = code;
              org.province = province;
              org.name = "Cơ quan " + code;
              org.type = OrganizationType.DEPARTMENT;
              org.stampCreated("test");
              repository.persist(org);
              return org.id;
            });
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void aRepeatedPostWithTheSameIdempotencyKeyCreatesNothingNew() {
    String first =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", "import-2025-06-01-a")
            .body(body("KT.TEST-IDEM", "Sở Nội vụ"))
            .post("/api/v1/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "import-2025-06-01-a")
        .body(body("KT.TEST-IDEM", "Sở Nội vụ"))
        .post("/api/v1/organizations")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", org.hamcrest.Matchers.endsWith(first))
        .body("id", equalTo(first));
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "import-2025-06-01-a")
        .body(body("KT.TEST-IDEM2", "Sở khác"))
        .post("/api/v1/organizations")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given()
        .queryParam("q", "KT.TEST-IDEM")
        .get("/api/v1/organizations")
        .then()
        .body("total", equalTo(1));
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "bad key with spaces")
        .body(body("KT.TEST-IDEM3", "x"))
        .post("/api/v1/organizations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("Idempotency-Key"));
  }

  @Test
  @TestSecurity(user = "ministry", roles = "ministry")
  void theMinistryReadsEveryProvinceButChangesNothing() {
    insertDirectly("BK.TEST-MINISTRY-VIEW", "BK");
    insertDirectly("KT.TEST-MINISTRY-VIEW", "KT");
    given()
        .queryParam("q", "TEST-MINISTRY-VIEW")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("items.province", org.hamcrest.Matchers.containsInAnyOrder("BK", "KT"));
    given()
        .get("/api/v1/organizations/" + Organization.idForCode("BK.TEST-MINISTRY-VIEW"))
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(body("KT.TEST-MINISTRY-ADD", "Không được"))
        .post("/api/v1/organizations")
        .then()
        .statusCode(403);
  }

  @Test
  void withoutATokenTheAnswerIs401ProblemWithTheRequestId() {
    given()
        .header("X-Request-Id", "test-req-42")
        .get("/api/v1/organizations")
        .then()
        .statusCode(401)
        .header("X-Request-Id", "test-req-42")
        .header("WWW-Authenticate", "Bearer")
        .contentType("application/problem+json")
        .body("requestId", equalTo("test-req-42"));
  }

  @Test
  void aRequestIdIsGeneratedWhenNoneOrAnInsaneOneIsSent() {
    String generated = given().get("/q/health/live").then().extract().header("X-Request-Id");
    assertThat(generated).isNotBlank();
    String replaced =
        given()
            .header("X-Request-Id", "bad id with spaces\u202e")
            .get("/q/health/live")
            .then()
            .extract()
            .header("X-Request-Id");
    assertThat(replaced).doesNotContain(" ");
  }
}
