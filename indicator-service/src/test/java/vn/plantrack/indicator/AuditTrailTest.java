package vn.plantrack.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plantrack.indicator.TestDirectory.id;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.plantrack.platform.test.AuditAttributionContract;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.platform.test.WorkbookEdits;

/**
 * Every indicator-service write (JSON and Excel uploads), by a coordinator and by the monitoring
 * organization's officer with real tokens, shows in the indicator's history with the user, the
 * organization, the province and the request id.
 */
@QuarkusTest
@TestProfile(Tokens.Validated.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class AuditTrailTest extends AuditAttributionContract {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final UUID PLAN = id("audit/plan/KT");
  static final UUID STC = id("audit/org/KT.STC");
  static final UUID SKHCN = id("audit/org/KT.SKHCN");
  static final Actor COORDINATOR = new Actor("kt.coordinator", "coordinator", "KT", SKHCN);
  static final Actor MONITORING_OFFICER = new Actor("kt.officer.finance", "officer", "KT", STC);

  @Inject TestDirectory directory;

  static String indicator(String code, String name) {
    return """
        {"planId": "%s", "code": "%s", "name": "%s", "unit": "%%",
         "monitoringOrgIds": ["%s"],
         "targets": [{"year": 2026, "text": "≥ 25"},
                     {"year": 2030, "text": "Cải thiện rõ rệt", "kind": "QUALITATIVE"}]}
        """
        .formatted(PLAN, code, name, STC);
  }

  @Override
  protected void performEveryWrite() {
    world();
    String code = "A" + UUID.randomUUID().toString().substring(0, 6);
    JsonPath created =
        write(COORDINATOR, "POST", "/api/v1/indicators")
            .body(indicator(code, "Tỷ lệ hồ sơ ghi vết"))
            .history(answer -> "/api/v1/indicators/" + answer.getString("id") + "/history")
            .send();
    String base = "/api/v1/indicators/" + created.getString("id");
    write(COORDINATOR, "PUT", base)
        .header("If-Match", "\"" + created.getLong("version") + "\"")
        .body(indicator(code, "Tỷ lệ hồ sơ được ghi vết đầy đủ"))
        .history(base + "/history")
        .send();
    write(MONITORING_OFFICER, "POST", base + "/measurements")
        .body("{\"period\": \"2025\", \"value\": 12.5, \"source\": \"Báo cáo năm\"}")
        .history(base + "/history")
        .send();
    // The same value again (a correction of its source) is a new revision: it shows too.
    write(MONITORING_OFFICER, "POST", base + "/measurements")
        .body("{\"period\": \"2025\", \"value\": 12.5, \"source\": \"Niên giám thống kê\"}")
        .history(base + "/history")
        .send();
    write(COORDINATOR, "POST", base + "/judgements")
        .body("{\"year\": 2030, \"result\": \"MET\", \"reason\": \"Đánh giá của Hội đồng\"}")
        .history(base + "/history")
        .send();

    // Excel: the coordinator uploads the plan's export with the indicator renamed; the monitoring
    // organization's officer uploads its values workbook.
    XSSFWorkbook indicators =
        open(COORDINATOR.request().queryParam("planId", PLAN).get("/api/v1/indicators/workbook"));
    Sheet sheet = indicators.getSheet("Chỉ tiêu");
    WorkbookEdits.put(
        sheet,
        WorkbookEdits.rowOf(sheet, "Mã chỉ tiêu", code),
        "Tên chỉ tiêu",
        "Tỷ lệ hồ sơ (sửa trong Excel)");
    write(COORDINATOR, "POST", "/api/v1/indicators/workbook?planId=" + PLAN)
        .contentType(XLSX)
        .body(WorkbookEdits.save(indicators))
        .history(base + "/history")
        .send();
    XSSFWorkbook values =
        open(
            MONITORING_OFFICER
                .request()
                .queryParams(Map.of("planId", PLAN, "orgId", STC, "role", "monitoring"))
                .get("/api/v1/indicators/measurements-workbook"));
    Sheet rows = values.getSheet("Số liệu");
    int row = WorkbookEdits.rowOf(rows, "Mã chỉ tiêu", code);
    WorkbookEdits.put(rows, row, "Kỳ", "2026");
    WorkbookEdits.put(rows, row, "Giá trị", 20);
    WorkbookEdits.put(rows, row, "Nguồn số liệu", "Báo cáo 6 tháng");
    write(MONITORING_OFFICER, "POST", "/api/v1/indicators/measurements-workbook")
        .contentType(XLSX)
        .body(WorkbookEdits.save(values))
        .history(base + "/history")
        .send();
  }

  static XSSFWorkbook open(io.restassured.response.Response download) {
    assertThat(download.statusCode()).as(download.asString()).isEqualTo(200);
    return WorkbookEdits.open(download.asByteArray());
  }

  void world() {
    directory.plan(
        PLAN,
        "AUDIT/KH-UBND",
        Map.of(STC, TestDirectory.code(STC), SKHCN, TestDirectory.code(SKHCN)));
  }
}
