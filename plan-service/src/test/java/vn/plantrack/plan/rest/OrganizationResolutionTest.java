package vn.plantrack.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plantrack.plan.Organization;
import vn.plantrack.platform.test.RealInfrastructure;

/**
 * Every agency name the three seed plans use resolves to the right organization of the seeded
 * directory, also without diacritics or in other cases; made-up and foreign names resolve to
 * nothing rather than to a wrong one.
 */
@QuarkusTest
@RealInfrastructure
@TestProfile(OrganizationResolutionTest.OwnDirectory.class)
@TestSecurity(user = "admin", roles = "admin")
class OrganizationResolutionTest {
  /**
   * Its own application and database: other tests add agencies with the same names ("UBND", a
   * second "Sở Thông tin và Truyền thông"), which would make the answers ambiguous.
   */
  public static class OwnDirectory implements QuarkusTestProfile {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile boolean loaded;

  @BeforeEach
  void directoryIsLoaded() throws IOException {
    ensureDirectory();
  }

  /** Loads the seeded directory once per application (other tests of this profile use it). */
  static synchronized void ensureDirectory() throws IOException {
    if (!loaded) {
      for (String province : List.of("VN", "KT", "BK")) {
        load(province);
      }
      loaded = true;
    }
  }

  static Stream<Arguments> seedNames() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    List<String> lines = read("/directory/seed-agency-names.tsv").lines().skip(1).toList();
    for (String line : lines) {
      String[] cells = line.split("\t", -1);
      rows.add(Arguments.of(cells[0], cells[1], cells[2], cells[4]));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "[{0}] {1} → {2}")
  @MethodSource("seedNames")
  void everySeedNameResolvesToItsOrganization(
      String province, String name, String expected, String note) {
    JsonNode matches =
        JSON.valueToTree(
            given()
                .queryParam("name", name)
                .queryParam("province", province)
                .get("/api/v1/organizations/resolve")
                .then()
                .statusCode(200)
                .extract()
                .path("matches"));
    if (expected.equals("NONE")) {
      assertThat(matches).as("%s (%s) must not resolve", name, note).isEmpty();
    } else {
      assertThat(matches).as("%s (%s)", name, note).isNotEmpty();
      assertThat(matches.get(0).at("/organization/code").asText()).as(name).isEqualTo(expected);
    }
  }

  /**
   * Loads a directory file through the API, as the local stack's loader does: parents, groups,
   * mergers.
   */
  private static void load(String province) throws IOException {
    JsonNode doc = JSON.readTree(read("/directory/organizations-" + province + ".json"));
    List<JsonNode> pending = new ArrayList<>();
    doc.get("organizations").forEach(pending::add);
    Set<String> done = new HashSet<>();
    while (!pending.isEmpty()) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode org : pending) {
        String parent = org.path("parentCode").asText(null);
        if (parent != null && parent.startsWith(province + ".") && !done.contains(parent)) {
          next.add(org);
          continue;
        }
        post(province, org, parent);
        done.add(org.get("code").asText());
      }
      assertThat(next.size()).as("parents missing in " + province).isLessThan(pending.size());
      pending = next;
    }
    doc.get("groups").forEach(group -> post(province, group, null));
    doc.get("organizations")
        .forEach(
            org -> {
              if (org.hasNonNull("successorCode")) {
                given()
                    .contentType(ContentType.JSON)
                    .body(
                        "{\"successorId\":\"%s\",\"effectiveOn\":\"%s\"}"
                            .formatted(
                                Organization.idForCode(org.get("successorCode").asText()),
                                java.time.LocalDate.parse(org.get("validTo").asText()).plusDays(1)))
                    .post(
                        "/api/v1/organizations/"
                            + Organization.idForCode(org.get("code").asText())
                            + "/merge")
                    .then()
                    .statusCode(200);
              }
            });
  }

  private static void post(String province, JsonNode org, String parent) {
    ObjectNode body = JSON.createObjectNode();
    body.put("code", org.get("code").asText());
    body.put("province", province);
    body.put("name", org.get("name").asText());
    if (org.hasNonNull("shortName")) {
      body.put("shortName", org.get("shortName").asText());
    }
    body.set("aliases", org.get("aliases"));
    body.put("type", org.get("type").asText());
    if (parent != null && parent.startsWith(province + ".")) {
      body.put("parentId", Organization.idForCode(parent).toString());
    }
    if (org.path("members").size() > 0) {
      var members = body.putArray("memberIds");
      org.get("members").forEach(m -> members.add(Organization.idForCode(m.asText()).toString()));
    }
    if (org.path("memberTypes").size() > 0) {
      body.set("memberTypes", org.get("memberTypes"));
    }
    given()
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/v1/organizations")
        .then()
        .statusCode(201);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = OrganizationResolutionTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
