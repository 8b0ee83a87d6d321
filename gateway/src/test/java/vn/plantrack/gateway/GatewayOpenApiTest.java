package vn.plantrack.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** GET /openapi: the four services' documents as one, with the realm's security scheme. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ServiceDocuments.class)
class GatewayOpenApiTest {

  @Test
  void theMergedDocumentHasEveryServicesPathsOnceSecuredByTheRealm() throws Exception {
    String body =
        given()
            .get("/openapi")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .asString();
    JsonNode merged = new ObjectMapper().readTree(body);

    assertThat(merged.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(merged.path("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/v1/plans/{id}",
            "/api/v1/tasks/{id}",
            "/api/v1/indicators/{id}",
            "/api/v1/reports/{id}",
            "/api/v1/notifications/unread-count",
            "/api/v1/admin/{service}/dead-letters");
    assertThat(merged.path("components").path("schemas").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "Problem", "PlanView", "TaskView", "IndicatorView", "ReportView", "UnreadCount");
    String realm =
        ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    JsonNode scheme = merged.path("components").path("securitySchemes").path("keycloak");
    assertThat(scheme.path("type").asText()).isEqualTo("openIdConnect");
    assertThat(scheme.path("openIdConnectUrl").asText())
        .isEqualTo(realm + "/.well-known/openid-configuration");
    assertThat(merged.path("paths").path("/api/v1/reports/{id}").path("get").path("security"))
        .hasToString("[{\"keycloak\":[]}]");
    assertThat(merged.path("paths").path("/q/health").path("get").has("security")).isFalse();
  }

  @Test
  void itIsPublicAndAlsoYaml() {
    String yaml =
        given()
            .queryParam("format", "yaml")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertThat(yaml).contains("openapi: \"3.1.0\"").contains("/api/v1/tasks/{id}");
    assertThat(yaml).contains("1570/KH-UBND");
  }
}
