package vn.plantrack.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plantrack.task.TestDirectory.id;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.plantrack.platform.test.AuditAttributionContract;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.platform.test.WorkbookEdits;

/**
 * Every task-service write (JSON and Excel uploads), by a coordinator and by the lead agency's
 * officer with real tokens, shows in the task's history with the user, the organization, the
 * province and the request id.
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
  static final Actor LEAD_OFFICER = new Actor("kt.officer.finance", "officer", "KT", STC);

  @Inject TestDirectory directory;

  @Override
  protected void performEveryWrite() {
    world();
    String code = "A-" + UUID.randomUUID().toString().substring(0, 8);
    JsonPath task =
        write(COORDINATOR, "POST", "/api/v1/tasks")
            .body(
                """
                {"planId": "%s", "code": "%s", "title": "Số hóa hồ sơ ghi vết",
                 "leadOrgIds": ["%s"], "deadlineText": "12/2026"}
                """
                    .formatted(PLAN, code, STC))
            .history(created -> "/api/v1/tasks/" + created.getString("id") + "/history")
            .send();
    String base = "/api/v1/tasks/" + task.getString("id");
    write(COORDINATOR, "PUT", base)
        .header("If-Match", "\"" + task.getLong("version") + "\"")
        .body(
            """
            {"planId": "%s", "code": "%s", "title": "Số hóa hồ sơ ghi vết (sửa)",
             "leadOrgIds": ["%s"], "deadlineText": "Sau khi có hướng dẫn của Trung ương"}
            """
                .formatted(PLAN, code, STC))
        .history(base + "/history")
        .send();
    write(LEAD_OFFICER, "POST", base + "/progress")
        .body("{\"status\": \"IN_PROGRESS\", \"percent\": 30, \"note\": \"Đang số hóa\"}")
        .history(base + "/history")
        .send();
    // A note alone changes neither status nor percent: it must show all the same.
    write(LEAD_OFFICER, "POST", base + "/progress")
        .body("{\"note\": \"Đã họp với các đơn vị\"}")
        .history(base + "/history")
        .send();
    write(COORDINATOR, "POST", base + "/condition-met")
        .body(
            "{\"metOn\": \"2025-08-01\", \"document\": \"Công văn 123/BKHCN\","
                + " \"dueDate\": \"2026-06-30\"}")
        .history(base + "/history")
        .send();

    // Deadline changes: asked by the lead agency, refused, asked again, approved.
    for (String decision : List.of("refuse", "approve")) {
      JsonPath asked =
          write(LEAD_OFFICER, "POST", base + "/deadline-changes")
              .body("{\"deadlineText\": \"Quý IV/2026\", \"reason\": \"Chờ kinh phí\"}")
              .history(base + "/history")
              .send();
      write(
              COORDINATOR,
              "POST",
              base + "/deadline-changes/" + asked.getString("id") + "/" + decision)
          .body("{\"note\": \"Quyết định của Sở\"}")
          .history(base + "/history")
          .send();
    }

    // Excel: the coordinator uploads the plan's export with the task renamed; the lead agency's
    // officer uploads its progress workbook.
    XSSFWorkbook tasks =
        open(COORDINATOR.request().queryParam("planId", PLAN).get("/api/v1/tasks/workbook"));
    Sheet sheet = tasks.getSheet("Nhiệm vụ");
    WorkbookEdits.put(
        sheet,
        WorkbookEdits.rowOf(sheet, "Mã nhiệm vụ", code),
        "Tên nhiệm vụ",
        "Số hóa hồ sơ (sửa trong Excel)");
    write(COORDINATOR, "POST", "/api/v1/tasks/workbook?planId=" + PLAN)
        .contentType(XLSX)
        .body(WorkbookEdits.save(tasks))
        .history(base + "/history")
        .send();
    XSSFWorkbook progress =
        open(
            LEAD_OFFICER
                .request()
                .queryParams(Map.of("planId", PLAN, "orgId", STC, "role", "lead"))
                .get("/api/v1/tasks/progress-workbook"));
    Sheet rows = progress.getSheet("Tiến độ");
    int row = WorkbookEdits.rowOf(rows, "Mã nhiệm vụ", code);
    WorkbookEdits.put(rows, row, "Tiến độ (%)", 60);
    WorkbookEdits.put(rows, row, "Kết quả thực hiện", "Đã số hóa 60% hồ sơ");
    write(LEAD_OFFICER, "POST", "/api/v1/tasks/progress-workbook")
        .contentType(XLSX)
        .body(WorkbookEdits.save(progress))
        .history(base + "/history")
        .send();
  }

  static XSSFWorkbook open(io.restassured.response.Response download) {
    assertThat(download.statusCode()).as(download.asString()).isEqualTo(200);
    return WorkbookEdits.open(download.asByteArray());
  }

  void world() {
    directory.plan(PLAN, "AUDIT/KH-UBND", Map.of(STC, "KT", SKHCN, "KT"));
  }
}
