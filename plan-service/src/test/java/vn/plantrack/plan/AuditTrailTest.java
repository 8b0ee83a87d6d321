package vn.plantrack.plan;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import vn.plantrack.platform.test.AuditAttributionContract;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;

/**
 * Every plan-service write — the directory's and the plans' — by a Kon Tum coordinator with a real
 * token, shows in the history of what it changed with the user, the organization, the province and
 * the request id.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class AuditTrailTest extends AuditAttributionContract {
  static final UUID SKHCN = UUID.nameUUIDFromBytes("plantrack/organization/KT.SKHCN".getBytes());
  static final Actor COORDINATOR = new Actor("kt.coordinator", "coordinator", "KT", SKHCN);

  @Override
  protected void performEveryWrite() {
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String old = organization("KT.AUDIT-" + tag, "Sở ghi vết " + tag);
    String merged = organization("KT.AUDIT-M" + tag, "Sở hợp nhất " + tag);
    String split = organization("KT.AUDIT-S" + tag, "Sở được chia " + tag);
    String heir = organization("KT.AUDIT-H" + tag, "Sở kế thừa " + tag);
    write(COORDINATOR, "PUT", "/api/v1/organizations/" + old)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Sở ghi vết (đổi tên) " + tag, "type", "DEPARTMENT"))
        .history("/api/v1/organizations/" + old + "/history")
        .send();
    write(COORDINATOR, "PUT", "/api/v1/organizations/" + heir + "/contacts")
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "contacts",
                java.util.List.of(
                    Map.of("name", "Đầu mối " + tag, "email", tag + "@kontum.gov.vn"))))
        .history("/api/v1/organizations/" + heir + "/history")
        .send();
    write(COORDINATOR, "POST", "/api/v1/organizations/" + old + "/merge")
        .body(Map.of("successorId", merged, "effectiveOn", "2026-01-01", "note", "Hợp nhất"))
        .history("/api/v1/organizations/" + old + "/history")
        .send();
    write(COORDINATOR, "POST", "/api/v1/organizations/" + split + "/split")
        .body(
            Map.of(
                "successorIds",
                java.util.List.of(merged, heir),
                "effectiveOn",
                "2026-01-01",
                "note",
                "Chia tách"))
        .history("/api/v1/organizations/" + split + "/history")
        .send();

    JsonPath plan = plan("AUDIT-" + tag + "/KH-UBND", "Kế hoạch ghi vết", heir);
    String base = "/api/v1/plans/" + plan.getString("id");
    write(COORDINATOR, "PUT", base)
        .header("If-Match", "\"" + plan.getLong("version") + "\"")
        .body(planBody("AUDIT-" + tag + "/KH-UBND", "Kế hoạch ghi vết (sửa)", heir))
        .history(base + "/history")
        .send();
    write(COORDINATOR, "POST", base + "/issue").history(base + "/history").send();
    String other =
        "/api/v1/plans/"
            + plan("AUDIT-C" + tag + "/KH-UBND", "Kế hoạch bị hủy", heir).getString("id");
    write(COORDINATOR, "POST", other + "/cancel")
        .body(Map.of("reason", "Thay bằng kế hoạch khác"))
        .history(other + "/history")
        .send();
    JsonPath imported =
        write(COORDINATOR, "POST", "/api/v1/plans/imports")
            .body(
                Map.of(
                    "text",
                    "KẾ HOẠCH\nThí điểm ghi vết thay đổi của kế hoạch nhập từ văn bản\n",
                    "number",
                    "AUDIT-I" + tag + "/KH-UBND"))
            .history(answer -> "/api/v1/plans/" + answer.getString("planId") + "/history")
            .send();
    // The text names no issuer: the coordinator completes the draft, then confirms the import.
    String importedPlan = "/api/v1/plans/" + imported.getString("planId");
    long version =
        COORDINATOR.request().get(importedPlan).then().extract().jsonPath().getLong("version");
    write(COORDINATOR, "PUT", importedPlan)
        .header("If-Match", "\"" + version + "\"")
        .body(planBody("AUDIT-I" + tag + "/KH-UBND", "Kế hoạch nhập từ văn bản", heir))
        .history(importedPlan + "/history")
        .send();
    write(COORDINATOR, "POST", "/api/v1/plans/imports/" + imported.getString("id") + "/confirm")
        .body(Map.of("issuedOn", "2026-03-01"))
        .history("/api/v1/plans/" + imported.getString("planId") + "/history")
        .send();
  }

  String organization(String code, String name) {
    return write(COORDINATOR, "POST", "/api/v1/organizations")
        .body(Map.of("code", code, "name", name, "type", "DEPARTMENT"))
        .history(created -> "/api/v1/organizations/" + created.getString("id") + "/history")
        .send()
        .getString("id");
  }

  JsonPath plan(String number, String title, String issuer) {
    return write(COORDINATOR, "POST", "/api/v1/plans")
        .body(planBody(number, title, issuer))
        .history(created -> "/api/v1/plans/" + created.getString("id") + "/history")
        .send();
  }

  static Map<String, Object> planBody(String number, String title, String issuer) {
    return Map.of(
        "number",
        number,
        "documentType",
        "PLAN",
        "title",
        title,
        "issuerOrgId",
        issuer,
        "issuedOn",
        "2026-03-01");
  }
}
