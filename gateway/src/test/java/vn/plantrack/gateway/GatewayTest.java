package vn.plantrack.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstream.class)
class GatewayTest {
  private static final String ISSUER = "https://server.example.com";

  static String token(String audience, Instant expiresAt) {
    return Jwt.preferredUserName("kt.viewer")
        .issuer(ISSUER)
        .audience(audience)
        .claim("realm_access", java.util.Map.of("roles", java.util.List.of("viewer")))
        .claim("province", "KT")
        .expiresAt(expiresAt)
        .jws()
        .keyId("1")
        .sign("privateKey.jwk");
  }

  static String validToken() {
    return token("plantrack-api", Instant.now().plusSeconds(300));
  }

  @Test
  void eachPrefixGoesToItsServiceWithQueryAndTokenIntact() {
    String token = validToken();
    given()
        .auth()
        .oauth2(token)
        .queryParam("q", "Sở Tài chính")
        .get("/api/v1/organizations")
        .then()
        .statusCode(200)
        .body("path", equalTo("/api/v1/organizations"))
        .body("query", equalTo("q=S%E1%BB%9F%20T%C3%A0i%20ch%C3%ADnh"))
        .body("authorization", equalTo("Bearer " + token))
        .body("forwardedFor", notNullValue());
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/tasks/123/history")
        .then()
        .statusCode(200)
        .body("path", equalTo("/api/v1/tasks/123/history"));
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/targets/parse")
        .then()
        .statusCode(200)
        .body("path", equalTo("/api/v1/targets/parse"));
  }

  @Test
  void aLocationWithTheServicesOwnAddressIsRewrittenToTheGateways() {
    String location =
        given()
            .auth()
            .oauth2(validToken())
            .get("/api/v1/plans/created")
            .then()
            .statusCode(200)
            .extract()
            .header("Location");
    assertThat(location)
        .isEqualTo("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/plans/42");
  }

  @Test
  void theRequestIdIsEchoedOrGeneratedAndTravelsUpstreamOnce() {
    Response echoed =
        given()
            .auth()
            .oauth2(validToken())
            .header("X-Request-Id", "gw-test-1")
            .get("/api/v1/plans");
    assertThat(echoed.getHeaders().getValues("X-Request-Id")).containsExactly("gw-test-1");
    assertThat(echoed.jsonPath().getString("requestId")).isEqualTo("gw-test-1");

    Response generated = given().auth().oauth2(validToken()).get("/api/v1/plans");
    String id = generated.getHeader("X-Request-Id");
    assertThat(id).isNotBlank().isNotEqualTo("upstream-copy");
    assertThat(generated.jsonPath().getString("requestId")).isEqualTo(id);
  }

  @Test
  void aLargeVietnameseBodyStreamsThroughUnchanged() {
    byte[] body =
        "Sở Khoa học và Công nghệ — Đắk Tô, Kon Tum. "
            .repeat(25_000)
            .getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).isGreaterThan(1_000_000);
    given()
        .auth()
        .oauth2(validToken())
        .contentType("application/json; charset=UTF-8")
        .body(body)
        .post("/api/v1/tasks")
        .then()
        .statusCode(200)
        .body("method", equalTo("POST"))
        .body("bodyLength", equalTo(body.length))
        .body("bodySha256", equalTo(EchoUpstream.sha256(body)));
  }

  @Test
  void tokensThatAreMissingExpiredOrForAnotherAudienceAre401() {
    given().get("/api/v1/organizations").then().statusCode(401);
    given()
        .auth()
        .oauth2(token("someone-else", Instant.now().plusSeconds(300)))
        .get("/api/v1/organizations")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(token("plantrack-api", Instant.now().minusSeconds(600)))
        .get("/api/v1/organizations")
        .then()
        .statusCode(401);
    given().auth().oauth2("not.a.jwt").get("/api/v1/organizations").then().statusCode(401);
  }

  @Test
  void aDeadServiceIs503AndASlowOne504AsProblems() {
    given()
        .auth()
        .oauth2(validToken())
        .header("X-Request-Id", "dead-1")
        .get("/api/v1/reports")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("status", equalTo(503))
        .body("requestId", equalTo("dead-1"));
    long started = System.nanoTime();
    given()
        .auth()
        .oauth2(validToken())
        .get("/api/v1/tasks/slow")
        .then()
        .statusCode(504)
        .contentType("application/problem+json");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(4_000);
  }

  @Test
  void callsGoRoundRobinOverAServicesInstances() {
    java.util.Set<Integer> ports = new java.util.HashSet<>();
    for (int i = 0; i < 4; i++) {
      ports.add(
          given()
              .auth()
              .oauth2(validToken())
              .get("/api/v1/indicators")
              .then()
              .statusCode(200)
              .extract()
              .path("port"));
    }
    assertThat(ports).as("both instances of indicator answered").hasSize(2);
  }

  @Test
  void anInstanceThatRefusesConnectionsIsSkippedEvenForWrites() {
    // plan's first instance refuses every connection; no call may fail because of it, whatever
    // its method (nothing was sent to it), and its body arrives whole at the live one.
    for (int i = 0; i < 12; i++) {
      given()
          .auth()
          .oauth2(validToken())
          .contentType("application/json")
          .body("{\"n\": " + i + "}")
          .post("/api/v1/plans")
          .then()
          .statusCode(200)
          .body("method", equalTo("POST"))
          .body("bodyLength", equalTo(("{\"n\": " + i + "}").length()));
    }
  }

  @Test
  void unknownApiPathsAre404Problems() {
    given()
        .auth()
        .oauth2(validToken())
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", startsWith("https://plantrack.vn/problems/"));
  }

  @Test
  void theConsoleListsEveryServiceAndProxiesTheirDocuments() {
    given().get("/openapi/plan").then().statusCode(200).body("path", equalTo("/q/openapi"));
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void theMergedDocumentIsNotServedWithoutEveryService() {
    // reporting is away: a merged document without it would be a wrong contract.
    given()
        .get("/openapi")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "5")
        .body("detail", containsString("reporting"));
  }

  @Test
  void readinessStaysUpWhileARouteCanServeAndNamesTheServiceThatIsDown() {
    // reporting is down, plan, task and indicator can serve: the gateway stays in the load
    // balancer.
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'services' }.data.reporting", equalTo("DOWN"))
        .body("checks.find { it.name == 'services' }.data.plan", equalTo("UP"));
    given().get("/q/health/live").then().statusCode(200);
  }
}
