package vn.plantrack.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.plan.Organization;
import vn.plantrack.plan.OrganizationType;
import vn.plantrack.plan.repository.OrganizationRepository;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.TopicReader;

/** The seed plans' headers, sections and document chain, created and issued through the API. */
@QuarkusTest
@RealInfrastructure
@TestSecurity(user = "kt.coordinator", roles = "coordinator")
@OidcSecurity(claims = @Claim(key = "province", value = "KT"))
class PlanResourceTest {
  static final String KT_UBND = Organization.idForCode("KT.UBND").toString();
  static final String KT_SKHCN = Organization.idForCode("KT.SKHCN").toString();

  @Inject OrganizationRepository organizations;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @BeforeEach
  void directory() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ensure(
                  "KT.UBND",
                  "KT",
                  "Ủy ban nhân dân tỉnh Kon Tum",
                  OrganizationType.PEOPLES_COMMITTEE);
              ensure("KT.SKHCN", "KT", "Sở Khoa học và Công nghệ", OrganizationType.DEPARTMENT);
              ensure(
                  "BK.UBND",
                  "BK",
                  "Ủy ban nhân dân tỉnh Bắc Kạn",
                  OrganizationType.PEOPLES_COMMITTEE);
            });
  }

  private void ensure(String code, String province, String name, OrganizationType type) {
    if (organizations.findById(Organization.idForCode(code)) == null) {
      Organization o = new Organization();
      o.id = Organization.idForCode(code);
      o.code = code;
      o.province = province;
      o.name = name;
      o.type = type;
      o.stampCreated("test");
      organizations.persist(o);
    }
  }

  static ValidatableResponse post(String path, String json) {
    return given().contentType(ContentType.JSON).body(json).post(path).then();
  }

  /**
   * Kon Tum 1570/KH-UBND as its header and "Tổ chức thực hiện" read (seed
   * kon-tum-1570-KH-UBND-2025.txt).
   */
  static String plan1570(String supersedesPlanId) {
    return """
        {"number": "1570/KH-UBND", "documentType": "PLAN",
         "title": "Triển khai thực hiện Nghị quyết 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ và Chương trình số 95-CTr/TU ngày 24 tháng 01 năm 2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW",
         "issuerOrgId": "%s", "issuedOn": "2025-05-08",
         "objectives": {"general": "Tập trung phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh ngày càng vững chắc",
                        "specific": [{"code": "a", "text": "Quy mô kinh tế số đạt tối thiểu 25%% GRDP", "targetYear": 2030}]},
         "sections": [
           {"code": "I", "title": "Nâng cao nhận thức, đột phá về đổi mới tư duy"},
           {"code": "II", "title": "Khẩn trương, quyết liệt tham gia hoàn thiện, triển khai thực hiện có hiệu quả các thể chế"},
           {"code": "III", "title": "Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"},
           {"code": "IV", "title": "Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài"},
           {"code": "V", "title": "Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan trong hệ thống chính trị"},
           {"code": "VI", "title": "Thúc đẩy mạnh mẽ hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong doanh nghiệp"},
           {"code": "VII", "title": "Tăng cường hợp tác quốc tế"}],
         "legalBases": [{"number": "1679-CV/TU", "issuedOn": "2025-04-28", "issuer": "Ban Thường vụ Tỉnh ủy"}],
         "implementsDocuments": [
           {"number": "71/NQ-CP", "issuedOn": "2025-04-01", "issuer": "Chính phủ"},
           {"number": "95-CTr/TU", "issuedOn": "2025-01-24", "issuer": "Ban Thường vụ Tỉnh ủy"},
           {"number": "57-NQ/TW", "issuedOn": "2024-12-22", "issuer": "Bộ Chính trị"}],
         "supersedes": {"planId": "%s", "number": "484/KH-UBND", "issuedOn": "2025-02-14"},
         "reportingRules": [
           {"name": "Kế hoạch thực hiện của đơn vị", "frequency": "AD_HOC", "withinDays": 5,
            "recipients": ["Ủy ban nhân dân tỉnh (qua Sở Khoa học và Công nghệ)"]}]}
        """
        .formatted(KT_UBND, supersedesPlanId);
  }

  @Test
  void theKonTumChainIsCreatedIssuedAndSupersedesTheOldPlan() {
    String old =
        post(
                "/api/v1/plans",
                """
                {"number": "484/KH-UBND", "documentType": "PLAN", "issuerOrgId": "%s", "issuedOn": "2025-02-14",
                 "title": "Triển khai thực hiện Nghị quyết 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ"}
                """
                    .formatted(KT_UBND))
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .extract()
            .path("id");
    post("/api/v1/plans/" + old + "/issue", "").statusCode(200).body("status", equalTo("ISSUED"));

    String provincial =
        post("/api/v1/plans", plan1570(old))
            .statusCode(201)
            .body("sections", hasSize(7))
            .body("implementsDocuments.number", contains("71/NQ-CP", "95-CTr/TU", "57-NQ/TW"))
            .extract()
            .path("id");
    post("/api/v1/plans/" + provincial + "/issue", "")
        .statusCode(200)
        .body("status", equalTo("ISSUED"))
        .body("issuedOn", equalTo("2025-05-08"));
    given()
        .get("/api/v1/plans/" + old)
        .then()
        .body("status", equalTo("SUPERSEDED"))
        .body("statusReason", equalTo("replaced by 1570/KH-UBND"));

    // The department's sub-plan (seed kon-tum-so-khcn-plan-implementing-1570.txt). The text render
    // carries no
    // document number, so the test names it as such rather than inventing one.
    String department =
        post(
                "/api/v1/plans",
                """
                {"number": "KH-SKHCN (số chưa rõ trong bản văn)", "documentType": "PLAN",
                 "title": "Triển khai thực hiện Kế hoạch số 1570/KH-UBND ngày 08 tháng 5 năm 2025 của Ủy ban nhân dân tỉnh",
                 "issuerOrgId": "%s", "issuedOn": "2025-05-20", "signer": "Hoàng Trung Thông",
                 "sections": [{"code": "II", "title": "Nhiệm vụ, giải pháp"}],
                 "implementsDocuments": [{"planId": "%s", "number": "1570/KH-UBND", "clause": "Phụ lục I, II"}],
                 "reportingRules": [
                   {"name": "Báo cáo tuần", "frequency": "WEEKLY", "dueWeekday": "THURSDAY"},
                   {"name": "Báo cáo tháng", "frequency": "MONTHLY", "dueDay": 10},
                   {"name": "Báo cáo quý", "frequency": "QUARTERLY", "dueDay": 10},
                   {"name": "Báo cáo 6 tháng", "frequency": "SIX_MONTHS", "dueDay": 10},
                   {"name": "Báo cáo 9 tháng", "frequency": "NINE_MONTHS", "dueDay": 10},
                   {"name": "Báo cáo năm", "frequency": "YEARLY", "dueDay": 10, "dueMonth": 11,
                    "recipients": ["Phòng Quản lý Khoa học"]}]}
                """
                    .formatted(KT_SKHCN, provincial))
            .statusCode(201)
            .extract()
            .path("id");
    post("/api/v1/plans/" + department + "/issue", "").statusCode(200);

    given()
        .get("/api/v1/plans/" + provincial + "/tree")
        .then()
        .statusCode(200)
        .body("number", equalTo("1570/KH-UBND"))
        .body("implementedBy.id", contains(department));
    given()
        .get("/api/v1/plans/" + department + "/tree")
        .then()
        .statusCode(200)
        .body("implementsPlans.number", contains("1570/KH-UBND"));

    assertThat(
            TopicReader.await(
                kafka,
                "plantrack.plans",
                r -> provincial.equals(r.key()) && r.value().contains("plantrack.plan.issued.v1"),
                1,
                Duration.ofSeconds(20)))
        .hasSize(1);
    assertThat(
            TopicReader.await(
                kafka,
                "plantrack.plans",
                r -> old.equals(r.key()) && r.value().contains("plantrack.plan.superseded.v1"),
                1,
                Duration.ofSeconds(20)))
        .hasSize(1);
  }

  @Test
  void anIssuedPlansIdentityIsFrozenAndChangesAreRecordedAmendments() {
    String id =
        post(
                "/api/v1/plans",
                """
                {"number": "900/KH-UBND", "documentType": "PLAN", "title": "Kế hoạch thử", "issuerOrgId": "%s",
                 "issuedOn": "2025-06-01", "sections": [{"code": "I", "title": "Nhóm một"}]}
                """
                    .formatted(KT_UBND))
            .statusCode(201)
            .extract()
            .path("id");
    post("/api/v1/plans/" + id + "/issue", "").statusCode(200);
    String changedNumber =
        """
        {"number": "901/KH-UBND", "documentType": "PLAN", "title": "Kế hoạch thử", "issuerOrgId": "%s",
         "issuedOn": "2025-06-01", "sections": [{"code": "I", "title": "Nhóm một"}], "version": 1}
        """
            .formatted(KT_UBND);
    given()
        .contentType(ContentType.JSON)
        .body(changedNumber)
        .put("/api/v1/plans/" + id)
        .then()
        .statusCode(409);
    given()
        .contentType(ContentType.JSON)
        .body(
            changedNumber
                .replace("901/KH-UBND", "900/KH-UBND")
                .replace(
                    "Nhóm một\"}]", "Nhóm một\"}, {\"code\": \"II\", \"title\": \"Nhóm hai\"}]"))
        .put("/api/v1/plans/" + id)
        .then()
        .statusCode(200)
        .body("sections", hasSize(2));
    given()
        .get("/api/v1/plans/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.action", hasItems("CREATED", "ISSUED", "AMENDED"))
        .body("items.find { it.action == 'AMENDED' }.field", equalTo("sections"))
        .body("items.find { it.action == 'AMENDED' }.changedBy", equalTo("kt.coordinator"));
    assertThat(
            TopicReader.await(
                kafka,
                "plantrack.plans",
                r -> id.equals(r.key()) && r.value().contains("plantrack.plan.amended.v1"),
                1,
                Duration.ofSeconds(20)))
        .hasSize(1);
  }

  @Test
  void badPlansAreRefusedWithTheFieldNamedAndNothingStored() {
    String draft =
        post(
                "/api/v1/plans",
                "{\"number\": \"77/KH-UBND\", \"documentType\": \"PLAN\", \"title\": \"Chưa đủ\"}")
            .statusCode(201)
            .extract()
            .path("id");
    post("/api/v1/plans/" + draft + "/issue", "")
        .statusCode(400)
        .body("errors.field", hasItems("issuerOrgId", "issuedOn"));
    post(
            "/api/v1/plans",
            "{\"number\": \"77/KH-UBND\", \"documentType\": \"PLAN\", \"title\": \"Trùng số\"}")
        .statusCode(409);
    post(
            "/api/v1/plans",
            "{\"number\": \"77/KH-UBND\", \"documentType\": \"DECISION\", \"title\": \"Khác loại\"}")
        .statusCode(201);
    post(
            "/api/v1/plans",
            "{\"number\": \"78/KH-UBND\", \"documentType\": \"PLAN\", \"title\": \"x\", \"issuerOrgId\": \"%s\"}"
                .formatted(java.util.UUID.randomUUID()))
        .statusCode(400)
        .body("errors[0].field", equalTo("issuerOrgId"));
    post(
            "/api/v1/plans",
            "{\"number\": \"79/KH-UBND\", \"documentType\": \"PLAN\", \"title\": \"x\","
                + " \"reportingRules\": [{\"frequency\": \"MONTHLY\", \"dueDay\": 40}]}")
        .statusCode(400)
        .body("errors[0].field", equalTo("reportingRules[0].dueDay"));
    post(
            "/api/v1/plans",
            "{\"number\": \"80/KH-UBND\", \"documentType\": \"PLAN\", \"title\": \"x\","
                + " \"sections\": [{\"code\": \"I\", \"title\": \"a\"}, {\"code\": \"I\", \"title\": \"b\"}]}")
        .statusCode(400)
        .body("errors[0].field", equalTo("sections[1].code"));
    given().queryParam("q", "80/KH").get("/api/v1/plans").then().body("total", equalTo(0));
    post("/api/v1/plans/" + draft + "/cancel", "{}")
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    post("/api/v1/plans/" + draft + "/cancel", "{\"reason\": \"Nhập nhầm\"}")
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    post("/api/v1/plans/" + draft + "/cancel", "{\"reason\": \"Lần nữa\"}").statusCode(409);
  }

  /**
   * API.md: every q= lists exact matches first. Searching plans for "1570" lists 1570/KH-UBND
   * before the newer plans whose titles cite it (89/KH-SKHCN implements it); a number counts as
   * equal to q when its part before the first "/" is. Then plans starting with q, then those
   * containing it, ignoring case and diacritics; ties by the sort asked for. Province QT is this
   * test's own.
   */
  @Test
  @TestSecurity(user = "qt.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "QT"))
  void searchListsExactMatchesFirstThenPrefixesThenTheRest() {
    draft(
        "1570/KH-UBND",
        "2025-05-08",
        "Triển khai thực hiện Nghị quyết 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ");
    draft(
        "89/KH-SKHCN",
        "2025-05-20",
        "Triển khai thực hiện Kế hoạch số 1570/KH-UBND ngày 08 tháng 5 năm 2025 của Ủy ban nhân"
            + " dân tỉnh");
    draft("120/KH-STC", "2025-06-02", "Thực hiện Kế hoạch số 1570/KH-UBND về chuyển đổi số");
    draft("7/KH-CĐS", "2025-01-15", "Chuyển đổi số");
    draft("8/KH-CĐS", "2025-03-01", "Chuyển đổi số trong cơ quan nhà nước");
    draft("9/KH-CĐS", "2025-04-01", "Đẩy mạnh chuyển đổi số");

    given()
        .queryParam("q", "1570")
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items.number", contains("1570/KH-UBND", "120/KH-STC", "89/KH-SKHCN"));
    given()
        .queryParam("q", "1570")
        .queryParam("sort", "issuedOn,asc")
        .get("/api/v1/plans")
        .then()
        .body("items.number", contains("1570/KH-UBND", "89/KH-SKHCN", "120/KH-STC"));
    given()
        .queryParam("q", "1570/kh-ubnd")
        .queryParam("sort", "number,desc")
        .get("/api/v1/plans")
        .then()
        .body("items.number", contains("1570/KH-UBND", "89/KH-SKHCN", "120/KH-STC"));
    given()
        .queryParam("q", "chuyen doi so")
        .get("/api/v1/plans")
        .then()
        .body("items.number", contains("7/KH-CĐS", "8/KH-CĐS", "120/KH-STC", "9/KH-CĐS"));
  }

  private static void draft(String number, String issuedOn, String title) {
    post(
            "/api/v1/plans",
            """
            {"number": "%s", "documentType": "PLAN", "issuedOn": "%s", "title": "%s"}
            """
                .formatted(number, issuedOn, title))
        .statusCode(201);
  }

  @Test
  void aCycleInTheImplementsChainIsRefused() {
    String a =
        post("/api/v1/plans", "{\"number\": \"1/A\", \"documentType\": \"PLAN\", \"title\": \"A\"}")
            .statusCode(201)
            .extract()
            .path("id");
    String b =
        post(
                "/api/v1/plans",
                "{\"number\": \"2/B\", \"documentType\": \"PLAN\", \"title\": \"B\", \"implementsDocuments\": [{\"planId\": \"%s\"}]}"
                    .formatted(a))
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"number\": \"1/A\", \"documentType\": \"PLAN\", \"title\": \"A\", \"version\": 0,"
                + " \"implementsDocuments\": [{\"planId\": \"%s\"}]}".formatted(b))
        .put("/api/v1/plans/" + a)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("implementsDocuments[0].planId"));
  }

  @Test
  @TestSecurity(user = "bk.coordinator", roles = "coordinator")
  @OidcSecurity(claims = @Claim(key = "province", value = "BK"))
  void bacKanKeepsItsOwnNumbersAndPlans() {
    String id =
        post(
                "/api/v1/plans",
                """
                {"number": "131/KH-UBND", "documentType": "PLAN", "issuedOn": "2025-02-28",
                 "issuerOrgId": "%s", "signer": "Nguyễn Đăng Bình",
                 "title": "Triển khai thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ và Chương trình hành động số 35-CTr/TU ngày 14/02/2025 của Ban Thường vụ Tỉnh ủy Bắc Kạn thực hiện Nghị quyết số 57-NQ/TW",
                 "implementsDocuments": [{"number": "03/NQ-CP", "issuedOn": "2025-01-09", "issuer": "Chính phủ"},
                                         {"number": "35-CTr/TU", "issuedOn": "2025-02-14", "issuer": "Ban Thường vụ Tỉnh ủy Bắc Kạn"}],
                 "reportingRules": [{"name": "Báo cáo 6 tháng và năm", "frequency": "TWICE_YEARLY",
                                     "dueDates": ["06-01", "11-15"], "recipients": ["UBND tỉnh (qua Sở Khoa học và Công nghệ)"]}]}
                """
                    .formatted(Organization.idForCode("BK.UBND")))
            .statusCode(201)
            .extract()
            .path("id");
    post("/api/v1/plans/" + id + "/issue", "").statusCode(200);
    given()
        .get("/api/v1/plans")
        .then()
        .body("items.province", hasItem("BK"))
        .body("items.number", hasItem("131/KH-UBND"));
  }

  @Test
  @TestSecurity(user = "kt.officer.finance", roles = "officer")
  @OidcSecurity(claims = @Claim(key = "province", value = "KT"))
  void anOfficerReadsButDoesNotWritePlansAndCannotSeeAnotherProvince() {
    given().get("/api/v1/plans").then().statusCode(200);
    post("/api/v1/plans", "{\"number\": \"5/X\", \"documentType\": \"PLAN\", \"title\": \"x\"}")
        .statusCode(403);
    String hidden = insertBacKanPlan();
    given().get("/api/v1/plans/" + hidden).then().statusCode(404);
  }

  @Inject vn.plantrack.plan.repository.PlanRepository plans;

  private String insertBacKanPlan() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              vn.plantrack.plan.Plan p = new vn.plantrack.plan.Plan();
              p.id = java.util.UUID.randomUUID();
              p.province = "BK";
              p.number = "HIDDEN-" + p.id;
              p.documentType = vn.plantrack.plan.DocumentType.PLAN;
              p.title = "Kế hoạch của tỉnh khác";
              p.status = vn.plantrack.plan.PlanStatus.DRAFT;
              p.stampCreated("test");
              plans.persist(p);
              return p.id.toString();
            });
  }
}
