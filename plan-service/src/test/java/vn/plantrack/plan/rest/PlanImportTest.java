package vn.plantrack.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.Organization;
import vn.plantrack.platform.test.RealInfrastructure;

/**
 * The seeds imported through the API into DRAFT plans, against the seeded directory: counts as the
 * documents have them, agencies resolved, every doubt a warning with its line.
 */
@QuarkusTest
@RealInfrastructure
@TestProfile(OrganizationResolutionTest.OwnDirectory.class)
@TestSecurity(user = "admin", roles = "admin")
class PlanImportTest {

  @BeforeEach
  void directory() throws IOException {
    OrganizationResolutionTest.ensureDirectory();
  }

  static String seed(String name) throws IOException {
    try (InputStream in = PlanImportTest.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void konTum1570ImportsWithItsCountsWarningsAndAgencies() throws IOException {
    JsonPath result =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("text", seed("kon-tum-1570-KH-UBND-2025.txt"), "province", "KT"))
            .post("/api/v1/plans/imports")
            .then()
            .statusCode(201)
            .body("counts.tasks", equalTo(87))
            .body("counts.subTasks", equalTo(110))
            .body("counts.indicators", equalTo(25))
            .body("counts.subIndicators", equalTo(11))
            .extract()
            .jsonPath();
    List<String> kinds = result.getList("warnings.kind");
    assertThat(kinds.stream().filter("BROKEN_NUMBERING"::equals)).hasSize(11);
    // Sở Tài chính leads 38.1; Công an tỉnh 38.7: resolved to the directory's organizations.
    assertThat(result.getString("tasks.find { it.code == '38.1' }.lead[0].orgId"))
        .isEqualTo(Organization.idForCode("KT.STC").toString());
    assertThat(result.getString("tasks.find { it.code == '38.7' }.lead[0].orgId"))
        .isEqualTo(Organization.idForCode("KT.CAT").toString());
    assertThat(result.getString("tasks.find { it.code == '38.100' }.printedCode"))
        .isEqualTo("38.10");
    assertThat(result.getList("indicators.find { it.code == '6' }.targets.text"))
        .containsExactly("≥ 25");
    // Every unresolved agency is a warning that names it.
    List<String> unresolved =
        result.getList("warnings.findAll { it.kind == 'UNRESOLVED_ORGANIZATION' }.excerpt");
    assertThat(result.getList("tasks.lead.flatten().findAll { it.orgId == null }.name"))
        .allSatisfy(name -> assertThat(unresolved).contains((String) name));
    // The DRAFT plan: number, date, issuer, seven sections, reporting rules.
    String plan = result.getString("planId");
    given()
        .get("/api/v1/plans/" + plan)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("number", equalTo("1570/KH-UBND"))
        .body("issuedOn", equalTo("2025-05-08"))
        .body("sections.size()", equalTo(7))
        .body("reportingRules.frequency", org.hamcrest.Matchers.hasItem("SIX_MONTHS"));
    given()
        .get("/api/v1/plans/imports/" + result.getString("id"))
        .then()
        .statusCode(200)
        .body("counts.tasks", equalTo(87));
  }

  @Test
  void aDocumentWithoutANumberNeedsOneAndBadInputChangesNothing() throws IOException {
    // Read first, asked later: without a number the document still reads, and says it needs one.
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", seed("kon-tum-so-khcn-plan-implementing-1570.txt"), "province", "KT"))
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(201)
        .body("planId", equalTo(null))
        .body("needs[0]", equalTo("number"))
        .body("counts.tasks", equalTo(19));
    JsonPath done =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "text", seed("kon-tum-so-khcn-plan-implementing-1570.txt"),
                    "province", "KT",
                    "number", "45/KH-SKHCN"))
            .post("/api/v1/plans/imports")
            .then()
            .statusCode(201)
            .body("counts.tasks", equalTo(19))
            .extract()
            .jsonPath();
    assertThat(done.getString("planId")).isNotNull();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("text", "", "province", "KT"))
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(400);
  }

  /**
   * A client that lost the answer to an import sends it again with the same Idempotency-Key: the
   * first import's answer, not a second DRAFT plan of the same document.
   */
  @Test
  void aRetriedImportAnswersTheFirstAndReadsOnce() {
    String text =
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 77/KH-UBND\nKon Tum, ngày 15 tháng 01 năm 2025\n"
            + "KẾ HOẠCH\nThử nhập lại kế hoạch\nI. NHIỆM VỤ\n"
            + "1. Xây dựng đề án chuyển đổi số\n- Chủ trì: Sở Tài chính\n- Thời gian: Quý IV/2027\n";
    Map<String, String> body = Map.of("text", text, "province", "KT");
    String first =
        given()
            .header("Idempotency-Key", "import-77-a")
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/plans/imports")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", equalTo(null))
            .body("counts.tasks", equalTo(1))
            .body("tasks[0].lead[0].name", equalTo("Sở Tài chính"))
            .extract()
            .path("id");
    int plans =
        given().queryParam("q", "77/KH-UBND").get("/api/v1/plans").then().extract().path("total");
    given()
        .header("Idempotency-Key", "import-77-a")
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/plans/imports")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"))
        .body("id", equalTo(first));
    given()
        .queryParam("q", "77/KH-UBND")
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("total", equalTo(plans));
  }
}
