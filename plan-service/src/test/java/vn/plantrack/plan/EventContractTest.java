package vn.plantrack.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.contract.OrganizationEvents;
import vn.plantrack.plan.contract.PlanEvents;
import vn.plantrack.platform.messaging.EventData;
import vn.plantrack.platform.messaging.InboundEvent;
import vn.plantrack.platform.test.PublishedData;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

/**
 * What plan-service really publishes has exactly the shape its documented examples (docs/events)
 * show.
 */
@QuarkusTest
@RealInfrastructure
@TestSecurity(user = "kt.coordinator", roles = "coordinator")
@OidcSecurity(claims = @Claim(key = "province", value = "KT"))
public class EventContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @jakarta.inject.Inject EventData eventData;
  @jakarta.inject.Inject ObjectMapper mapper;

  @Test
  void organizationEventsMatchTheirDocumentedExamples() throws Exception {
    String a = create("KT.CONTRACT-A");
    String b = create("KT.CONTRACT-B");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body("{\"name\":\"Đổi tên\",\"type\":\"DEPARTMENT\"}")
        .put("/api/v1/organizations/" + a)
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body("{\"successorId\":\"%s\",\"effectiveOn\":\"2025-03-01\"}".formatted(b))
        .post("/api/v1/organizations/" + a + "/merge")
        .then()
        .statusCode(200);

    JsonNode updated = published(a, "plantrack.organization.updated.v1");
    JsonNode merged = published(a, "plantrack.organization.merged.v1");
    assertSameShape(updated, "organization.updated.v1.json");
    assertSameShape(merged, "organization.merged.v1.json");
    assertIsTheRecord(updated, OrganizationEvents.OrganizationChanged.class);
    assertIsTheRecord(merged, OrganizationEvents.OrganizationReorganized.class);
  }

  @Test
  void planEventsMatchTheirDocumentedExamples() throws Exception {
    String issuer =
        given()
            .contentType(ContentType.JSON)
            .body(
                "{\"code\":\"KT.CONTRACT-UBND\",\"name\":\"UBND\",\"type\":\"PEOPLES_COMMITTEE\"}")
            .post("/api/v1/organizations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String plan =
        given()
            .contentType(ContentType.JSON)
            .body(
                "{\"number\":\"1/CONTRACT\",\"documentType\":\"PLAN\",\"title\":\"Kế hoạch\","
                    + "\"issuerOrgId\":\"%s\",\"issuedOn\":\"2025-05-08\"}".formatted(issuer))
            .post("/api/v1/plans")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given().post("/api/v1/plans/" + plan + "/issue").then().statusCode(200);
    List<ConsumerRecord<String, String>> records =
        TopicReader.await(
            kafka,
            "plantrack.plans",
            r -> plan.equals(r.key()) && r.value().contains("plan.issued"),
            1,
            Duration.ofSeconds(20));
    assertThat(records).hasSize(1);
    assertSameShape(JSON.readTree(records.get(0).value()), "plan.issued.v1.json");
    assertIsTheRecord(JSON.readTree(records.get(0).value()), PlanEvents.PlanChanged.class);
  }

  private String create(String code) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            "{\"code\":\"%s\",\"name\":\"Cơ quan %s\",\"type\":\"DEPARTMENT\"}"
                .formatted(code, code))
        .post("/api/v1/organizations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private JsonNode published(String key, String type) throws Exception {
    List<ConsumerRecord<String, String>> records =
        TopicReader.await(
            kafka,
            "plantrack.organizations",
            r -> key.equals(r.key()) && r.value().contains(type),
            1,
            Duration.ofSeconds(20));
    assertThat(records).as(type).hasSize(1);
    return JSON.readTree(records.get(0).value());
  }

  /**
   * Its readers decode the published data as the contract's record (platform EventData), and that
   * record is exactly what was published: a field published under another name fails here.
   */
  private <T extends Record> void assertIsTheRecord(JsonNode event, Class<T> type) {
    T record = eventData.decode(InboundEvent.parse(mapper, event.toString()), type);
    PublishedData.assertIsTheRecord(mapper, event.toString(), record);
  }

  public static void assertSameShape(JsonNode actual, String example) throws Exception {
    JsonNode documented = JSON.readTree(Files.readString(Path.of("docs/events").resolve(example)));
    assertThat(fields(actual)).as("envelope of " + example).isEqualTo(fields(documented));
    assertThat(fields(actual.get("data")))
        .as("data of " + example)
        .isEqualTo(fields(documented.get("data")));
    assertThat(actual.get("type").asText()).isEqualTo(documented.get("type").asText());
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
