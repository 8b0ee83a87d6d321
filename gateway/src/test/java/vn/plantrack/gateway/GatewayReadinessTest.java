package vn.plantrack.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With no service that can serve, the gateway leaves the load balancer (and says which are down).
 */
@QuarkusTest
@TestProfile(GatewayReadinessTest.NothingBehind.class)
@WithTestResource(OidcWiremockTestResource.class)
class GatewayReadinessTest {

  public static class NothingBehind implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      String dead;
      try {
        dead = "http://127.0.0.1:" + EchoUpstream.freePort();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return Map.of(
          "plantrack.gateway.services.plan.url", dead,
          "plantrack.gateway.services.task.url", dead,
          "plantrack.gateway.services.indicator.url", dead,
          "plantrack.gateway.services.reporting.url", dead,
          "plantrack.gateway.services.notification.url", dead);
    }
  }

  @Test
  void readinessIsDownWhenNoRoutedServiceIsReady() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'services' }.data.plan", equalTo("DOWN"))
        .body("checks.find { it.name == 'services' }.data.task", equalTo("DOWN"))
        .body("checks.find { it.name == 'services' }.data.indicator", equalTo("DOWN"))
        .body("checks.find { it.name == 'services' }.data.reporting", equalTo("DOWN"));
    given().get("/q/health/live").then().statusCode(200);
  }
}
