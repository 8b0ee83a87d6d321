package vn.plantrack.platform.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * What every service promises operators and clients, run by each service's build through an empty
 * subclass annotated {@code @QuarkusTest @RealInfrastructure}.
 */
public abstract class ServiceFoundationContract {

  @Test
  void readinessChecksTheDatabaseAndKafka() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("kafka", "Database connections health check"))
        .body("checks.find { it.name == 'kafka' }.data.broker", equalTo("UP"));
    given().get("/q/health/live").then().statusCode(200);
  }

  @Test
  void everyStatementIsBoundedByTheDatabasesTimeout() throws Exception {
    javax.sql.DataSource dataSource =
        io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get();
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet result = statement.executeQuery("show statement_timeout")) {
      result.next();
      org.assertj.core.api.Assertions.assertThat(result.getString(1)).isEqualTo("30s");
    }
  }

  @Test
  void metricsAreExposedForPrometheus() {
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("plantrack_outbox_pending"))
        .body(containsString("plantrack_outbox_stuck_seconds"))
        .body(containsString("plantrack_broker_available"))
        .body(containsString("http_server_requests_seconds"));
  }

  @Test
  void theOpenApiDocumentDescribesTheService() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("openapi", notNullValue())
        .body("paths.'/api/v1/meta/enums'", notNullValue());
  }

  @Test
  @TestSecurity(user = "kt.viewer", roles = "viewer")
  void enumerationsCarryVietnameseAndEnglishLabels() {
    given()
        .get("/api/v1/meta/enums")
        .then()
        .statusCode(200)
        .body(
            "TaskStatus.value",
            hasItems("NOT_STARTED", "IN_PROGRESS", "COMPLETED", "PAUSED", "CANCELLED"))
        .body("TaskStatus.find { it.value == 'NOT_STARTED' }.vi", equalTo("Chưa bắt đầu"))
        .body("Timeliness.find { it.value == 'OVERDUE' }.en", equalTo("Not done, overdue"));
  }

  @Test
  void anApiCallWithoutATokenIs401ProblemJson() {
    given()
        .get("/api/v1/meta/enums")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }

  @Test
  void anUnknownPathIs404ProblemJson() {
    given()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .header("X-Request-Id", notNullValue());
  }
}
