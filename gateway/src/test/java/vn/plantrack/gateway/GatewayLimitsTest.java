package vn.plantrack.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The front door's limits, with small numbers: 401 problems for bad tokens, 413 for big bodies, 429
 * with Retry-After per user, CORS only for the configured origins, and a circuit that stops calling
 * a dead service.
 */
@QuarkusTest
@TestProfile(GatewayLimitsTest.SmallLimits.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstream.class)
class GatewayLimitsTest {

  public static class SmallLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "plantrack.gateway.user-burst", "3",
          "plantrack.gateway.user-rate-per-second", "1",
          "plantrack.gateway.max-body-bytes", "1000",
          "plantrack.gateway.breaker-failures", "2",
          "plantrack.gateway.breaker-open-for", "30s",
          "quarkus.http.cors.origins", "http://localhost:3000");
    }
  }

  static String token(String user, Instant expiresAt) {
    return Jwt.preferredUserName(user)
        .subject(user)
        .issuer("https://server.example.com")
        .audience("plantrack-api")
        .claim("azp", "plantrack-web")
        .claim("realm_access", Map.of("roles", List.of("viewer")))
        .claim("province", "KT")
        .expiresAt(expiresAt)
        .jws()
        .keyId("1")
        .sign("privateKey.jwk");
  }

  @Test
  void aMissingOrExpiredTokenIsAProblemNotAnEmpty401() {
    given()
        .get("/api/v1/tasks")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("type", equalTo("https://plantrack.vn/problems/unauthorized"))
        .body("requestId", org.hamcrest.Matchers.notNullValue());
    given()
        .auth()
        .oauth2(token("expired", Instant.now().minusSeconds(60)))
        .get("/api/v1/tasks")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void aBodyOverTheLimitIs413BeforeItIsRead() {
    given()
        .auth()
        .oauth2(token("body", Instant.now().plusSeconds(300)))
        .contentType("application/json")
        .body("{\"title\": \"" + "ệ".repeat(600) + "\"}")
        .post("/api/v1/tasks")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("https://plantrack.vn/problems/payload-too-large"));
  }

  @Test
  void aUserOverTheRateGets429WithRetryAfterAndOthersDoNot() {
    String greedy = token("greedy", Instant.now().plusSeconds(300));
    int refused = 0;
    String retryAfter = null;
    for (int i = 0; i < 6; i++) {
      var response = given().auth().oauth2(greedy).get("/api/v1/tasks");
      if (response.statusCode() == 429) {
        refused++;
        retryAfter = response.header("Retry-After");
        assertThat(response.contentType()).startsWith("application/problem+json");
      }
    }
    assertThat(refused).isGreaterThanOrEqualTo(2);
    assertThat(Integer.parseInt(retryAfter)).isBetween(1, 2);
    given()
        .auth()
        .oauth2(token("patient", Instant.now().plusSeconds(300)))
        .get("/api/v1/tasks")
        .then()
        .statusCode(200);
  }

  @Test
  void corsAnswersOnlyTheConfiguredOrigins() {
    given()
        .header("Origin", "http://localhost:3000")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "Authorization,Content-Type,If-Match")
        .options("/api/v1/tasks")
        .then()
        .header("Access-Control-Allow-Origin", "http://localhost:3000")
        .header("Access-Control-Allow-Credentials", "true");
    given()
        .header("Origin", "https://evil.example.com")
        .header("Access-Control-Request-Method", "POST")
        .options("/api/v1/tasks")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void aDeadServiceOpensItsCircuitAndIsAnsweredAtOnce() {
    String t = token("breaker", Instant.now().plusSeconds(300));
    for (int i = 0; i < 2; i++) {
      given()
          .auth()
          .oauth2(t)
          .get("/api/v1/reports")
          .then()
          .statusCode(503)
          .body("type", equalTo("https://plantrack.vn/problems/upstream-unavailable"));
    }
    given()
        .auth()
        .oauth2(t)
        .get("/api/v1/reports")
        .then()
        .statusCode(503)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .body("detail", containsString("circuit open"));
    // Other services are not affected (another user: this one spent its small burst).
    given()
        .auth()
        .oauth2(token("bystander", Instant.now().plusSeconds(300)))
        .get("/api/v1/organizations")
        .then()
        .statusCode(200);
  }
}
