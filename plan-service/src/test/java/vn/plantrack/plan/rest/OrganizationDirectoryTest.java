package vn.plantrack.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

@QuarkusTest
@RealInfrastructure
@TestSecurity(user = "kt.coordinator", roles = "coordinator")
@OidcSecurity(claims = @Claim(key = "province", value = "KT"))
class OrganizationDirectoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  static ValidatableResponse post(String json) {
    return given().contentType(ContentType.JSON).body(json).post("/api/v1/organizations").then();
  }

  static String create(String code, String name, String type) {
    return post("{\"code\":\"%s\",\"name\":\"%s\",\"type\":\"%s\"}".formatted(code, name, type))
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void aGroupStandsForItsMembersAndMemberTypes() {
    String a = create("KT.GRP-HUYEN-A", "UBND huyện A", "DISTRICT");
    String b = create("KT.GRP-HUYEN-B", "UBND huyện B", "DISTRICT");
    String group =
        post("""
                {"code":"KT.G.GRP-HUYEN","name":"UBND các huyện, thành phố","type":"GROUP",
                 "memberIds":["%s","%s"],"aliases":["UBND các huyện, TP"]}
                """
                .formatted(a, b))
            .statusCode(201)
            .body("memberIds", hasItems(a, b))
            .extract()
            .path("id");
    post("""
            {"code":"KT.G.GRP-SO","name":"Các sở, ban, ngành","type":"GROUP",
             "memberTypes":["DEPARTMENT","BOARD"]}
            """)
        .statusCode(201)
        .body("memberTypes", contains("DEPARTMENT", "BOARD"));

    given()
        .get("/api/v1/organizations/" + group)
        .then()
        .statusCode(200)
        .body("type", equalTo("GROUP"));
    post("{\"code\":\"KT.G.BAD\",\"name\":\"x\",\"type\":\"GROUP\",\"memberIds\":[\"%s\"]}"
            .formatted(group))
        .statusCode(400)
        .body("errors[0].field", equalTo("memberIds[0]"));
    post("{\"code\":\"KT.G.BAD2\",\"name\":\"x\",\"type\":\"GROUP\",\"memberTypes\":[\"PLANET\"]}")
        .statusCode(400)
        .body("errors[0].field", equalTo("memberTypes[0]"));
    post("{\"code\":\"KT.NOT-GROUP\",\"name\":\"x\",\"type\":\"DEPARTMENT\",\"memberIds\":[\"%s\"]}"
            .formatted(a))
        .statusCode(400)
        .body("errors[0].field", equalTo("memberIds"));
    given()
        .queryParam("code", "KT.G.BAD")
        .get("/api/v1/organizations")
        .then()
        .body("items.code", not(hasItem("KT.G.BAD")));
  }

  @Test
  void aMergeIsVisibleAsOfDatesBeforeAndAfterAndItsEventIsOnKafka() throws Exception {
    String tt = create("KT.MERGE-STTTT", "Sở Thông tin và Truyền thông", "DEPARTMENT");
    String kh = create("KT.MERGE-SKHCN", "Sở Khoa học và Công nghệ (sau hợp nhất)", "DEPARTMENT");

    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"successorId\":\"%s\",\"effectiveOn\":\"2025-03-01\",\"note\":\"Nghị quyết hợp nhất\"}"
                .formatted(kh))
        .post("/api/v1/organizations/" + tt + "/merge")
        .then()
        .statusCode(200)
        .body("validTo", equalTo("2025-02-28"))
        .body("successorIds", contains(kh));

    given().get("/api/v1/organizations/" + kh).then().body("predecessorIds", contains(tt));
    given()
        .queryParam("asOf", "2025-02-15")
        .queryParam("q", "MERGE")
        .queryParam("size", 500)
        .get("/api/v1/organizations")
        .then()
        .statusCode(200);
    List<String> before = codesAsOf("2025-02-15");
    List<String> after = codesAsOf("2025-03-15");
    assertThat(before).contains("KT.MERGE-STTTT", "KT.MERGE-SKHCN");
    assertThat(after).contains("KT.MERGE-SKHCN").doesNotContain("KT.MERGE-STTTT");

    List<ConsumerRecord<String, String>> events =
        TopicReader.await(
            kafka,
            "plantrack.organizations",
            r -> tt.equals(r.key()) && r.value().contains("organization.merged"),
            1,
            Duration.ofSeconds(20));
    assertThat(events).hasSize(1);
    JsonNode data = JSON.readTree(events.get(0).value()).get("data");
    assertThat(data.get("successorIds").get(0).asText()).isEqualTo(kh);
    assertThat(data.get("effectiveOn").asText()).isEqualTo("2025-03-01");

    given()
        .contentType(ContentType.JSON)
        .body("{\"successorId\":\"%s\",\"effectiveOn\":\"2025-04-01\"}".formatted(kh))
        .post("/api/v1/organizations/" + tt + "/merge")
        .then()
        .statusCode(409);
    given()
        .get("/api/v1/organizations/" + tt + "/history")
        .then()
        .statusCode(200)
        .body("items.action", hasItems("CREATED", "MERGE"))
        .body("items.find { it.field == 'validTo' }.newValue", equalTo("2025-02-28"))
        .body("items.find { it.field == 'validTo' }.changedBy", equalTo("kt.coordinator"));
  }

  @Test
  void aSplitNamesItsSuccessorsAndRefusesNonsense() {
    String old = create("KT.SPLIT-OLD", "Sở cũ", "DEPARTMENT");
    String first = create("KT.SPLIT-A", "Sở mới A", "DEPARTMENT");
    String second = create("KT.SPLIT-B", "Sở mới B", "DEPARTMENT");
    given()
        .contentType(ContentType.JSON)
        .body("{\"successorIds\":[\"%s\"],\"effectiveOn\":\"2025-07-01\"}".formatted(first))
        .post("/api/v1/organizations/" + old + "/split")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("successorIds"));
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"successorIds\":[\"%s\",\"%s\"],\"effectiveOn\":\"2025-07-01\"}"
                .formatted(first, old))
        .post("/api/v1/organizations/" + old + "/split")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("successorIds[1]"));
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"successorIds\":[\"%s\",\"%s\"],\"effectiveOn\":\"2025-07-01\"}"
                .formatted(first, second))
        .post("/api/v1/organizations/" + old + "/split")
        .then()
        .statusCode(200)
        .body("successorIds", contains(first, second));
  }

  @Test
  void aCycleInTheTreeIsRefused() {
    String parent = create("KT.TREE-PARENT", "Sở cha", "DEPARTMENT");
    String child =
        post("{\"code\":\"KT.TREE-CHILD\",\"name\":\"Phòng con\",\"type\":\"DIVISION\",\"parentId\":\"%s\"}"
                .formatted(parent))
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body("{\"name\":\"Sở cha\",\"type\":\"DEPARTMENT\",\"parentId\":\"%s\"}".formatted(child))
        .put("/api/v1/organizations/" + parent)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("parentId"));
    given().get("/api/v1/organizations/" + parent).then().body("parentId", equalTo(null));
  }

  @Test
  void staleWritesAreRefusedAndHistoryKeepsWhoChangedWhat() {
    String id = create("KT.HIST", "Sở Tư pháp", "DEPARTMENT");
    String body = "{\"name\":\"Sở Tư pháp tỉnh\",\"type\":\"DEPARTMENT\",\"aliases\":[\"STP\"]}";
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(428);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(body)
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(412);
    given()
        .contentType(ContentType.JSON)
        .body(body.replace("}", ",\"version\":7}"))
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(409);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/organizations/" + id)
        .then()
        .statusCode(412);

    given()
        .get("/api/v1/organizations/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.findAll { it.action == 'UPDATED' }.field", contains("name", "aliases"))
        .body(
            "items.find { it.field == 'name' && it.action == 'UPDATED' }.oldValue",
            equalTo("Sở Tư pháp"))
        .body(
            "items.find { it.field == 'name' && it.action == 'UPDATED' }.newValue",
            equalTo("Sở Tư pháp tỉnh"));
    given().get("/api/v1/organizations/" + id).then().body("name", equalTo("Sở Tư pháp tỉnh"));
  }

  @Test
  @TestSecurity(user = "kt.viewer", roles = "viewer")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void aViewerReadsButCannotMergeOrChange() {
    given().get("/api/v1/organizations").then().statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"successorId\":\"00000000-0000-0000-0000-000000000001\",\"effectiveOn\":\"2025-07-01\"}")
        .post("/api/v1/organizations/00000000-0000-0000-0000-000000000002/merge")
        .then()
        .statusCode(403);
  }

  private static List<String> codesAsOf(String date) {
    return given()
        .queryParam("asOf", date)
        .queryParam("q", "MERGE")
        .queryParam("size", 500)
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .extract()
        .path("items.code");
  }
}
