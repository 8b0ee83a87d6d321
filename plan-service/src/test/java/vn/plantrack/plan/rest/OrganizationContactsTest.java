package vn.plantrack.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.OrganizationType;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

/**
 * An agency's focal points (issue 18): who keeps them, how they are checked, and that the directory
 * event carries them to the services that tell people.
 */
@QuarkusTest
@RealInfrastructure
class OrganizationContactsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AGENCY = "KT.CONTACT-A";
  private static final String AGENCY_ID = "e93d9326-fd70-3992-91ae-d741dad1315f";
  private static final String OTHER_ID = "ae9a0119-7478-301d-bf9d-3d5b86824f74";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Test
  void theIdsInTheAnnotationsAreTheAgencies() {
    assertThat(Organization.idForCode(AGENCY)).hasToString(AGENCY_ID);
    assertThat(Organization.idForCode("KT.CONTACT-B")).hasToString(OTHER_ID);
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void theCoordinatorSetsFocalPointsAndTheDirectoryEventCarriesThem() throws Exception {
    String body =
        """
        {"contacts": [
          {"name": " Nguyễn Thị Lan ", "email": "lan.nt@kontum.gov.vn", "phone": "0260 3862 123",
           "role": "Chuyên viên đầu mối"},
          {"name": "Trần Văn Hùng", "phone": "+84 912 345 678", "role": "Phó Giám đốc phụ trách"}]}
        """;
    put(AGENCY_ID, etag(AGENCY_ID), body)
        .statusCode(200)
        .body("contacts.size()", is(2))
        .body("contacts[0].name", equalTo("Nguyễn Thị Lan"))
        .body("contacts[0].email", equalTo("lan.nt@kontum.gov.vn"))
        .body("contacts[1].email", equalTo(null))
        .body("contacts[1].phone", equalTo("+84 912 345 678"));
    given()
        .get("/api/v1/organizations/" + AGENCY_ID)
        .then()
        .statusCode(200)
        .body("contacts[1].role", equalTo("Phó Giám đốc phụ trách"));
    given()
        .get("/api/v1/organizations/" + AGENCY_ID + "/history")
        .then()
        .statusCode(200)
        .body("items.field", hasItem("contacts"));

    List<ConsumerRecord<String, String>> records =
        TopicReader.await(
            kafka,
            "plantrack.organizations",
            r -> AGENCY_ID.equals(r.key()) && r.value().contains("lan.nt@kontum.gov.vn"),
            1,
            Duration.ofSeconds(20));
    JsonNode event = JSON.readTree(records.get(records.size() - 1).value());
    assertThat(event.get("type").asText()).isEqualTo("plantrack.organization.updated.v1");
    assertThat(event.at("/data/contacts/0/name").asText()).isEqualTo("Nguyễn Thị Lan");
    assertThat(event.at("/data/contacts/0/role").asText()).isEqualTo("Chuyên viên đầu mối");
    assertThat(event.at("/data/contacts/1/phone").asText()).isEqualTo("+84 912 345 678");
  }

  @Test
  @TestSecurity(user = "kt.officer.contact-a", roles = "officer")
  @OidcSecurity(
      claims = {@Claim(key = "province", value = "KT"), @Claim(key = "org", value = AGENCY_ID)})
  void theAgencysOwnOfficerKeepsItsFocalPoints() {
    put(
            AGENCY_ID,
            etag(AGENCY_ID),
            "{\"contacts\": [{\"name\": \"Lê Minh\", \"email\": \"minh@a.vn\"}]}")
        .statusCode(200)
        .body("contacts.name", hasItem("Lê Minh"));
  }

  @Test
  @TestSecurity(user = "kt.officer.contact-b", roles = "officer")
  @OidcSecurity(
      claims = {@Claim(key = "province", value = "KT"), @Claim(key = "org", value = OTHER_ID)})
  void anotherAgencysOfficerMayNot() {
    put(AGENCY_ID, etag(AGENCY_ID), "{\"contacts\": []}")
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "kt.viewer", roles = "viewer")
  @OidcSecurity(
      claims = {@Claim(key = "province", value = "KT"), @Claim(key = "org", value = AGENCY_ID)})
  void aViewerMayNot() {
    put(AGENCY_ID, "\"0\"", "{\"contacts\": []}").statusCode(403);
  }

  @Test
  @TestSecurity(user = "bk.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "BK"))
  void anotherProvincesCoordinatorDoesNotSeeTheAgency() {
    put(AGENCY_ID, "\"0\"", "{\"contacts\": []}").statusCode(404);
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void badContactsAreAProblemNamingTheFieldAndChangeNothing() {
    String etag = etag(AGENCY_ID);
    String before = given().get("/api/v1/organizations/" + AGENCY_ID).then().extract().asString();
    problem(put(AGENCY_ID, etag, "{\"contacts\": [{\"name\": \"Lan\"}]}"), 400, "contacts[0]");
    problem(
        put(
            AGENCY_ID,
            etag,
            "{\"contacts\": [{\"name\": \"Lan\", \"email\": \"không phải email\"}]}"),
        400,
        "email");
    problem(
        put(AGENCY_ID, etag, "{\"contacts\": [{\"name\": \"Lan\", \"phone\": \"gọi tôi\"}]}"),
        400,
        "phone");
    problem(
        put(
            AGENCY_ID,
            etag,
            "{\"contacts\": [{\"name\": \"A\", \"email\": \"x@a.vn\"}, {\"name\": \"B\", \"email\": \"X@a.vn\"}]}"),
        400,
        "contacts[1].email");
    problem(
        put(AGENCY_ID, etag, "{\"contacts\": [{\"name\": \" \", \"email\": \"x@a.vn\"}]}"),
        400,
        "name");
    problem(put(AGENCY_ID, etag, "{}"), 400, "contacts");
    problem(put(AGENCY_ID, "\"999\"", "{\"contacts\": []}"), 412, "version");
    given()
        .contentType(ContentType.JSON)
        .body("{\"contacts\": []}")
        .put("/api/v1/organizations/" + AGENCY_ID + "/contacts")
        .then()
        .statusCode(428);
    assertThat(given().get("/api/v1/organizations/" + AGENCY_ID).then().extract().asString())
        .isEqualTo(before);
  }

  @Test
  @TestSecurity(user = "kt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void aGroupHasNoFocalPointsOfItsOwn() {
    String id = Organization.idForCode("KT.CONTACT-GROUP").toString();
    problem(
        put(id, etag(id), "{\"contacts\": [{\"name\": \"Lan\", \"email\": \"lan@a.vn\"}]}"),
        400,
        "group");
  }

  @Inject OrganizationRepository repository;

  /** The agencies of the test, put straight into the database whoever the test's caller is. */
  @BeforeEach
  void agencies() {
    for (String code : List.of(AGENCY, "KT.CONTACT-B", "KT.CONTACT-GROUP")) {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                if (repository.findById(Organization.idForCode(code)) == null) {
                  Organization org = new Organization();
                  org.id = Organization.idForCode(code);
                  org.code = code;
                  org.province = "KT";
                  org.name = "Sở thử " + code;
                  org.type =
                      code.endsWith("GROUP") ? OrganizationType.GROUP : OrganizationType.DEPARTMENT;
                  org.stampCreated("test");
                  repository.persist(org);
                }
              });
    }
  }

  private static String etag(String id) {
    ExtractableResponse<Response> read =
        given().get("/api/v1/organizations/" + id).then().extract();
    return read.statusCode() == 200 ? read.header("ETag") : "\"0\"";
  }

  private static io.restassured.response.ValidatableResponse put(
      String id, String etag, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/organizations/" + id + "/contacts")
        .then();
  }

  private static void problem(
      io.restassured.response.ValidatableResponse answer, int status, String mentions) {
    answer
        .statusCode(status)
        .contentType("application/problem+json")
        .body(containsString(mentions));
  }
}
