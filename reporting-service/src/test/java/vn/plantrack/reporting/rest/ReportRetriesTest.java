package vn.plantrack.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.plantrack.reporting.rest.KonTumReportingTest.as;
import static vn.plantrack.reporting.rest.KonTumReportingTest.coordinator;
import static vn.plantrack.reporting.rest.KonTumReportingTest.draft;
import static vn.plantrack.reporting.rest.KonTumReportingTest.id;
import static vn.plantrack.reporting.rest.KonTumReportingTest.organization;
import static vn.plantrack.reporting.rest.ReportFreezeTest.plan;
import static vn.plantrack.reporting.rest.ReportFreezeTest.reportOf;
import static vn.plantrack.reporting.rest.ReportFreezeTest.taskDueInNovember;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;

/**
 * A client that lost the answer to a submit, an acceptance, a build or an issue sends it again with
 * the same Idempotency-Key and gets the first answer (marked Idempotent-Replayed), not a 409 saying
 * the report is no longer a draft: it learns its first attempt worked, and nothing happens twice.
 * The same key on another report is a different request: 409.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class ReportRetriesTest {

  @Test
  void aRetriedSubmitOrAcceptanceAnswersLikeTheFirst() throws Exception {
    UUID unit = id("retries/org/KT.STP");
    organization(unit, "KT.STP", "Sở Tư pháp");
    UUID plan = plan("RETRIES");
    taskDueInNovember(plan, "1", unit);
    String report = reportOf(plan, unit);
    draft(unit, report, "Đã rà soát 12 thủ tục.");

    int changes = 0;
    for (int attempt = 0; attempt < 2; attempt++) {
      as("officer", "KT", unit)
          .header("Idempotency-Key", "submit-" + report)
          .post("/api/v1/reports/" + report + "/submit")
          .then()
          .statusCode(200)
          .header("Idempotent-Replayed", attempt == 0 ? nullValue() : equalTo("true"))
          .body("id", equalTo(report))
          .body("status", equalTo("SUBMITTED"));
      if (attempt == 0) {
        changes = historySize(report);
      }
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      coordinator()
          .header("Idempotency-Key", "accept-" + report)
          .post("/api/v1/reports/" + report + "/accept")
          .then()
          .statusCode(200)
          .header("Idempotent-Replayed", attempt == 0 ? nullValue() : equalTo("true"))
          .body("status", equalTo("ACCEPTED"));
      if (attempt == 0) {
        assertThat(historySize(report)).isGreaterThan(changes);
        changes = historySize(report);
      }
    }
    // The replays changed nothing: no more history than after the first submit and acceptance.
    assertThat(historySize(report)).isEqualTo(changes);
    // Without the key, a second acceptance is refused as before.
    coordinator().post("/api/v1/reports/" + report + "/accept").then().statusCode(409);
  }

  static int historySize(String report) {
    return coordinator()
        .get("/api/v1/reports/" + report + "/history")
        .then()
        .statusCode(200)
        .extract()
        .path("total");
  }

  @Test
  void aRetriedBuildOrIssueMakesOneConsolidatedReport() throws Exception {
    UUID unit = id("retries/org/KT.SCT");
    organization(unit, "KT.SCT", "Sở Công Thương");
    UUID plan = plan("RETRIES-CONSOLIDATED");
    taskDueInNovember(plan, "1", unit);
    reportOf(plan, unit);
    String body = "{\"planId\": \"" + plan + "\", \"period\": \"2025\"}";

    String first =
        coordinator()
            .header("Idempotency-Key", "build-" + plan)
            .contentType("application/json")
            .body(body)
            .post("/api/v1/consolidated-reports")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    coordinator()
        .header("Idempotency-Key", "build-" + plan)
        .contentType("application/json")
        .body(body)
        .post("/api/v1/consolidated-reports")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"))
        .body("id", equalTo(first))
        .body(
            "version",
            equalTo(
                coordinator()
                    .get("/api/v1/consolidated-reports/" + first)
                    .then()
                    .extract()
                    .path("version")));
    for (int attempt = 0; attempt < 2; attempt++) {
      coordinator()
          .header("Idempotency-Key", "issue-" + first)
          .post("/api/v1/consolidated-reports/" + first + "/issue")
          .then()
          .statusCode(200)
          .body("status", equalTo("ISSUED"));
    }
    // The key names one request: sent to another report, it is refused.
    String second =
        coordinator()
            .contentType("application/json")
            .body(body)
            .post("/api/v1/consolidated-reports")
            .then()
            .statusCode(201)
            .body("id", not(equalTo(first)))
            .extract()
            .path("id");
    coordinator()
        .header("Idempotency-Key", "issue-" + first)
        .post("/api/v1/consolidated-reports/" + second + "/issue")
        .then()
        .statusCode(409);
  }
}
