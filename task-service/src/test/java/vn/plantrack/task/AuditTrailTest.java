package vn.plantrack.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Row.MissingCellPolicy;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.plantrack.platform.test.AuditAttributionContract;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.task.repository.KnownOrganizationRepository;
import vn.plantrack.task.repository.KnownPlanRepository;

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

  @Inject KnownPlanRepository plans;
  @Inject KnownOrganizationRepository organizations;

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

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

    // Excel: the coordinator uploads the plan's export with the task renamed; the lead agency's
    // officer uploads its progress workbook.
    XSSFWorkbook tasks =
        open(COORDINATOR.request().queryParam("planId", PLAN).get("/api/v1/tasks/workbook"));
    Sheet sheet = tasks.getSheet("Nhiệm vụ");
    put(sheet, rowOf(sheet, "Mã nhiệm vụ", code), "Tên nhiệm vụ", "Số hóa hồ sơ (sửa trong Excel)");
    write(COORDINATOR, "POST", "/api/v1/tasks/workbook?planId=" + PLAN)
        .contentType(XLSX)
        .body(save(tasks))
        .history(base + "/history")
        .send();
    XSSFWorkbook progress =
        open(
            LEAD_OFFICER
                .request()
                .queryParams(Map.of("planId", PLAN, "orgId", STC, "role", "lead"))
                .get("/api/v1/tasks/progress-workbook"));
    Sheet rows = progress.getSheet("Tiến độ");
    int row = rowOf(rows, "Mã nhiệm vụ", code);
    put(rows, row, "Tiến độ (%)", 60);
    put(rows, row, "Kết quả thực hiện", "Đã số hóa 60% hồ sơ");
    write(LEAD_OFFICER, "POST", "/api/v1/tasks/progress-workbook")
        .contentType(XLSX)
        .body(save(progress))
        .history(base + "/history")
        .send();
  }

  static XSSFWorkbook open(io.restassured.response.Response download) {
    try {
      assertThat(download.statusCode()).as(download.asString()).isEqualTo(200);
      return new XSSFWorkbook(new ByteArrayInputStream(download.asByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] save(XSSFWorkbook workbook) {
    try (workbook) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int column(Sheet sheet, String header) {
    for (Cell cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().replace(" *", "").equals(header)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + header);
  }

  static int rowOf(Sheet sheet, String header, String code) {
    int column = column(sheet, header);
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (row.getRowNum() > 0 && cell != null && code.equals(cell.getStringCellValue())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row for " + code);
  }

  static void put(Sheet sheet, int row, String header, Object value) {
    Cell cell =
        sheet.getRow(row).getCell(column(sheet, header), MissingCellPolicy.CREATE_NULL_AS_BLANK);
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else {
      cell.setCellValue(value.toString());
    }
  }

  void world() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (plans.findById(PLAN) != null) {
                return;
              }
              KnownPlan p = new KnownPlan();
              p.id = PLAN;
              p.province = "KT";
              p.number = "AUDIT/KH-UBND";
              p.status = "ISSUED";
              p.version = 1;
              plans.persist(p);
              for (UUID org : List.of(STC, SKHCN)) {
                KnownOrganization o = new KnownOrganization();
                o.id = org;
                o.province = "KT";
                o.code = "KT." + org.toString().substring(0, 6);
                o.name = o.code;
                o.type = "DEPARTMENT";
                o.version = 1;
                organizations.persist(o);
              }
            });
  }
}
