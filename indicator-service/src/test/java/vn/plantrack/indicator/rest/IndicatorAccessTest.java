package vn.plantrack.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.plantrack.indicator.TestDirectory.id;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.indicator.Indicator;
import vn.plantrack.indicator.TestDirectory;
import vn.plantrack.indicator.contract.Direction;
import vn.plantrack.indicator.repository.IndicatorRepository;
import vn.plantrack.indicator.rules.Counting;
import vn.plantrack.indicator.rules.ValueType;
import vn.plantrack.platform.test.RealInfrastructure;

/**
 * Who may do what to an indicator: Sở KH&CN monitors "Quy mô kinh tế số"; Sở Tài chính does not;
 * Bắc Kạn sees nothing of Kon Tum.
 */
@QuarkusTest
@RealInfrastructure
class IndicatorAccessTest {
  static final UUID PLAN = id("access/plan/1570");
  static final UUID INDICATOR = id("access/indicator/6");
  static final String SKHCN_ID = "00000000-0000-4000-8000-00000000a001";
  static final String STC_ID = "00000000-0000-4000-8000-00000000a002";
  static final UUID SKHCN = UUID.fromString(SKHCN_ID);
  static final UUID STC = UUID.fromString(STC_ID);
  static final String MEASURE = "/api/v1/indicators/" + INDICATOR + "/measurements";

  @Inject TestDirectory directory;
  @Inject IndicatorRepository indicators;

  @BeforeEach
  void world() {
    if (!directory.plan(PLAN, "1570/KH-UBND", Map.of(SKHCN, "A.SKHCN", STC, "A.STC"))) {
      return;
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Indicator i = new Indicator();
              i.id = INDICATOR;
              i.province = "KT";
              i.planId = PLAN;
              i.code = "6";
              i.name = "Quy mô kinh tế số";
              i.unit = "% GRDP";
              i.direction = Direction.HIGHER_IS_BETTER;
              i.counting = Counting.LEVEL;
              i.valueType = ValueType.NUMBER;
              i.monitoringOrgIds = new ArrayList<>(List.of(SKHCN));
              i.targets =
                  new ArrayList<>(
                      List.of(
                          new Indicator.Target(
                              2030,
                              "≥ 25",
                              "AT_LEAST",
                              "≥",
                              new BigDecimal("25"),
                              null,
                              "% GRDP",
                              false,
                              false,
                              null)));
              i.stampCreated("test");
              indicators.persist(i);
            });
  }

  static ValidatableResponse record(String period) {
    return given()
        .contentType(ContentType.JSON)
        .body("{\"period\": \"" + period + "\", \"value\": 10}")
        .post(MEASURE)
        .then();
  }

  @Test
  @TestSecurity(user = "kt.officer.skhcn", roles = "officer")
  @OidcSecurity(
      claims = {@Claim(key = "province", value = "KT"), @Claim(key = "org", value = STC_ID)})
  void anOfficerOfAnotherOrganizationIsForbidden() {
    record("2025-Q1").statusCode(403);
    given().get("/api/v1/indicators/" + INDICATOR).then().statusCode(200);
  }

  @Test
  @TestSecurity(user = "kt.officer.skhcn", roles = "officer")
  @OidcSecurity(
      claims = {@Claim(key = "province", value = "KT"), @Claim(key = "org", value = SKHCN_ID)})
  void theMonitoringOfficerRecordsAndCorrects() {
    record("2025-H1").statusCode(201).body("orgId", equalTo(SKHCN_ID));
    record("2025-H1").statusCode(200).body("revision", equalTo(2));
    // Managing the indicator stays the coordinators'.
    given()
        .contentType(ContentType.JSON)
        .body("{\"year\": 2030, \"result\": \"MET\", \"reason\": \"x\"}")
        .post("/api/v1/indicators/" + INDICATOR + "/judgements")
        .then()
        .statusCode(403);
  }

  @Test
  @TestSecurity(user = "kt.officer.skhcn", roles = "officer")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void anOfficerWithoutOrganizationIsForbidden() {
    record("2025-Q1").statusCode(403);
  }

  @Test
  @TestSecurity(user = "bk.coordinator", roles = "coordinator")
  @OidcSecurity(claims = {@Claim(key = "province", value = "BK")})
  void anotherProvinceSeesNothing() {
    record("2025-Q1").statusCode(404);
    given().get("/api/v1/indicators/" + INDICATOR).then().statusCode(404);
    given().get("/api/v1/indicators/" + INDICATOR + "/evaluation").then().statusCode(404);
    given().get("/api/v1/indicators/" + INDICATOR + "/history").then().statusCode(404);
    given()
        .queryParam("planId", PLAN)
        .get("/api/v1/indicators")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  @TestSecurity(user = "kt.viewer", roles = "viewer")
  @OidcSecurity(claims = {@Claim(key = "province", value = "KT")})
  void aViewerReadsAndWritesNothing() {
    record("2025-Q1").statusCode(403);
    given().get("/api/v1/indicators/" + INDICATOR + "/evaluation").then().statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body("{\"year\": 2030, \"result\": \"MET\", \"reason\": \"x\"}")
        .post("/api/v1/indicators/" + INDICATOR + "/judgements")
        .then()
        .statusCode(403);
  }

  @Test
  @TestSecurity(user = "ministry", roles = "ministry")
  void theMinistryReadsEveryProvince() {
    given().get("/api/v1/indicators/" + INDICATOR).then().statusCode(200);
    record("2025-Q1").statusCode(403);
  }
}
