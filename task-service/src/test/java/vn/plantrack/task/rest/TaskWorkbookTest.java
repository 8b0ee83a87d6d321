package vn.plantrack.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.directory.KnownPlan;
import vn.plantrack.directory.repository.KnownOrganizationRepository;
import vn.plantrack.directory.repository.KnownPlanRepository;
import vn.plantrack.platform.test.RealInfrastructure;
import vn.plantrack.platform.test.Tokens;
import vn.plantrack.platform.test.WorkbookEdits;

/**
 * Tasks and progress of Kon Tum's 1570/KH-UBND through Excel: a plan entered from a filled
 * template, exported, edited and uploaded again; bad workbooks refused row by row with nothing
 * changed; progress reported by the lead agency's officer. Real tokens, a real PostgreSQL and
 * Kafka; the workbooks are written and read with POI as Excel would.
 */
@QuarkusTest
@TestProfile(TaskWorkbookTest.Workbooks.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class TaskWorkbookTest {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Validated tokens, and a database of its own: counts and outbox rows are this class's. */
  public static class Workbooks extends Tokens.Validated {}

  static final UUID STC = org("KT.STC");
  static final UUID CAT = org("KT.CAT");
  static final UUID SKHCN = org("KT.SKHCN");
  static final UUID BK_STC = org("BK.STC");

  static final String COORDINATOR = Tokens.of("kt.coordinator", "coordinator", "KT", SKHCN);
  static final String OFFICER_STC = Tokens.of("kt.officer.finance", "officer", "KT", STC);
  static final String OFFICER_CAT = Tokens.of("kt.officer.police", "officer", "KT", CAT);
  static final String VIEWER = Tokens.of("kt.viewer", "viewer", "KT", null);
  static final String BK_COORDINATOR = Tokens.of("bk.coordinator", "coordinator", "BK", null);

  @Inject KnownPlanRepository plans;
  @Inject KnownOrganizationRepository organizations;
  @Inject EntityManager entityManager;

  static UUID org(String code) {
    return UUID.nameUUIDFromBytes(
        ("plantrack/organization/" + code).getBytes(StandardCharsets.UTF_8));
  }

  /** A task of the seed: code, parent, section, title, agencies, output, deadline. */
  record Seed(
      String section,
      String code,
      String parent,
      String title,
      List<String> lead,
      List<String> cooperating,
      String output,
      String deadline) {}

  /** Section I (tasks 1–11), task 38 and its sub-tasks 38.1–38.12 and 38.100 of the seed. */
  static List<Seed> seeds() throws IOException {
    List<Seed> seeds = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                TaskWorkbookTest.class.getResourceAsStream("/seeds/tasks-KT-1570.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        String code = c[3];
        boolean wanted =
            c[1].equals("I") && !code.contains(".") && Integer.parseInt(code) <= 11
                || code.equals("38")
                || code.matches("38\\.([1-9]|1[0-2]|100)");
        if (wanted) {
          seeds.add(new Seed(c[1], code, c[4], c[5], names(c[6]), names(c[7]), c[8], c[9]));
        }
      }
    }
    return seeds;
  }

  /** Agencies in a seed cell: separated by ";", or by "," before the next "Sở". */
  static List<String> names(String cell) {
    List<String> names = new ArrayList<>();
    for (String part : cell.split(";")) {
      for (String name : part.split(",\\s*(?=Sở )")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    return names;
  }

  static String fold(String name) {
    return java.text.Normalizer.normalize(
            name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('đ', 'd');
  }

  /**
   * Kon Tum's directory as task-service knows it: every agency the seed rows name (one per name,
   * case and diacritics aside; "Các …" are groups), with Sở Tài chính, Công an tỉnh and Sở KH&CN
   * under their real codes; and Bắc Kạn's Sở Tài chính, which Kon Tum's workbooks must not reach.
   */
  @BeforeEach
  void directory() throws IOException {
    Set<String> names =
        new LinkedHashSet<>(List.of("Sở Tài chính", "Công an tỉnh", "Sở Khoa học và Công nghệ"));
    for (Seed s : seeds()) {
      names.addAll(s.lead());
      names.addAll(s.cooperating());
    }
    Map<String, String> codes =
        Map.of(
            fold("Sở Tài chính"), "KT.STC",
            fold("Công an tỉnh"), "KT.CAT",
            fold("Sở Khoa học và Công nghệ"), "KT.SKHCN");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Set<String> done = new java.util.HashSet<>();
              int n = 0;
              for (String name : names) {
                String key = fold(name);
                n++;
                if (!done.add(key)) {
                  continue;
                }
                String code = codes.getOrDefault(key, "KT.O" + n);
                organization(code, "KT", name, key.startsWith("cac ") ? "GROUP" : "DEPARTMENT");
              }
              organization("BK.STC", "BK", "Sở Tài chính", "DEPARTMENT");
            });
  }

  private void organization(String code, String province, String name, String type) {
    UUID id = org(code);
    if (organizations.findById(id) == null) {
      KnownOrganization o = new KnownOrganization();
      o.id = id;
      o.province = province;
      o.code = code;
      o.name = name;
      o.type = type;
      if (type.equals("GROUP")) {
        o.memberTypes = new ArrayList<>(List.of("DEPARTMENT"));
      }
      o.version = 1;
      organizations.persist(o);
    }
  }

  /** A new plan 1570/KH-UBND of Kon Tum for one test. */
  UUID plan() {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              KnownPlan p = new KnownPlan();
              p.id = id;
              p.province = "KT";
              p.number = "1570/KH-UBND";
              p.status = "ISSUED";
              p.issuedOn = LocalDate.of(2025, 5, 8);
              p.sections = new ArrayList<>(List.of("I", "II", "III", "IV", "V", "VI", "VII"));
              p.version = 1;
              plans.persist(p);
            });
    return id;
  }

  long outboxEvents() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery("select count(*) from outbox_event")
                            .getSingleResult())
                    .longValue());
  }

  // --- Workbooks as a person edits them in Excel
  // ------------------------------------------------------------------------------------------

  /** The row (index) of a task code in an exported sheet. */
  static int rowOf(Sheet sheet, String code) {
    return WorkbookEdits.rowOf(sheet, "Mã nhiệm vụ", code);
  }

  /** The seed rows typed into the template: sub-tasks of 38 before 38 itself. */
  static byte[] filled(byte[] template, List<Seed> seeds) throws IOException {
    XSSFWorkbook workbook = WorkbookEdits.open(template);
    Sheet sheet = workbook.getSheet("Nhiệm vụ");
    List<Seed> ordered =
        new ArrayList<>(seeds.stream().filter(s -> !s.parent().isEmpty()).toList());
    ordered.addAll(seeds.stream().filter(s -> s.parent().isEmpty()).toList());
    int r = 1;
    for (Seed s : ordered) {
      WorkbookEdits.put(sheet, r, "Nhóm nhiệm vụ", s.section());
      WorkbookEdits.put(sheet, r, "Mã nhiệm vụ", s.code());
      WorkbookEdits.put(sheet, r, "Mã nhiệm vụ cha", s.parent().isEmpty() ? null : s.parent());
      WorkbookEdits.put(sheet, r, "Tên nhiệm vụ", s.title());
      WorkbookEdits.put(sheet, r, "Cơ quan chủ trì", String.join("; ", s.lead()));
      WorkbookEdits.put(
          sheet,
          r,
          "Cơ quan phối hợp",
          s.cooperating().isEmpty() ? null : String.join("; ", s.cooperating()));
      WorkbookEdits.put(sheet, r, "Kết quả, sản phẩm", s.output());
      WorkbookEdits.put(sheet, r, "Thời hạn hoàn thành", s.deadline());
      r++;
    }
    return WorkbookEdits.save(workbook);
  }

  static byte[] download(String token, String path, Map<String, ?> query) {
    Response response = given().auth().oauth2(token).queryParams(query).get(path);
    assertThat(response.statusCode()).as(path + ": " + response.asString()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo(XLSX);
    assertThat(response.header("Content-Disposition")).contains("attachment", ".xlsx");
    return response.asByteArray();
  }

  static Response upload(String token, String path, byte[] file, Map<String, ?> query) {
    return given().auth().oauth2(token).contentType(XLSX).queryParams(query).body(file).post(path);
  }

  static JsonPath tasks(UUID plan) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("planId", plan)
        .queryParam("size", 500)
        .get("/api/v1/tasks")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static Map<String, Map<String, Object>> byCode(UUID plan) {
    Map<String, Map<String, Object>> byCode = new HashMap<>();
    List<Map<String, Object>> items = tasks(plan).getList("items");
    items.forEach(t -> byCode.put((String) t.get("code"), t));
    return byCode;
  }

  /** A plan loaded from its filled template, as a coordinator would. */
  UUID loadedPlan() throws IOException {
    UUID plan = plan();
    byte[] template =
        download(COORDINATOR, "/api/v1/tasks/workbook/template", Map.of("planId", plan));
    upload(COORDINATOR, "/api/v1/tasks/workbook", filled(template, seeds()), Map.of("planId", plan))
        .then()
        .statusCode(200);
    return plan;
  }

  // --- Tasks
  // --------------------------------------------------------------------------------------------

  @Test
  void theTemplateHasTheListsOfThePlanAndTheInstructions() throws IOException {
    UUID plan = plan();
    try (XSSFWorkbook workbook =
        WorkbookEdits.open(
            download(COORDINATOR, "/api/v1/tasks/workbook/template", Map.of("planId", plan)))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Nhiệm vụ");
      assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
      assertThat(workbook.getSheetName(2)).isEqualTo("Danh sách");
      assertThat(workbook.isSheetHidden(2)).isTrue();
      XSSFSheet sheet = workbook.getSheetAt(0);
      Map<String, Integer> headers = WorkbookEdits.headers(sheet);
      assertThat(headers.keySet())
          .startsWith("Mã hệ thống (ID)", "Kế hoạch", "Nhóm nhiệm vụ", "Mã nhiệm vụ")
          .contains("Cơ quan chủ trì", "Thời hạn hoàn thành", "Phiên bản");
      assertThat(sheet.getRow(0).getCell(headers.get("Tên nhiệm vụ")).getStringCellValue())
          .isEqualTo("Tên nhiệm vụ *");
      // The organizations of Kon Tum, not Bắc Kạn's, in the list behind "Cơ quan chủ trì".
      DataValidation lead =
          sheet.getDataValidations().stream()
              .filter(
                  v ->
                      v.getRegions().getCellRangeAddress(0).getFirstColumn()
                          == headers.get("Cơ quan chủ trì"))
              .findFirst()
              .orElseThrow();
      assertThat(lead.getValidationConstraint().getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.LIST);
      String range =
          workbook.getName(lead.getValidationConstraint().getFormula1()).getRefersToFormula();
      List<String> listed = new ArrayList<>();
      XSSFSheet lists = workbook.getSheet("Danh sách");
      int col =
          new org.apache.poi.ss.util.CellReference(range.split("!")[1].split(":")[0]).getCol();
      for (Row row : lists) {
        if (row.getRowNum() > 0 && row.getCell(col) != null) {
          listed.add(row.getCell(col).getStringCellValue());
        }
      }
      long sttc = listed.stream().filter("Sở Tài chính"::equals).count();
      assertThat(sttc).as("Kon Tum's Sở Tài chính only").isEqualTo(1);
      assertThat(listed).contains("Công an tỉnh", "Sở Văn hóa, Thể thao và Du lịch");
      DataValidation section =
          sheet.getDataValidations().stream()
              .filter(
                  v ->
                      v.getRegions().getCellRangeAddress(0).getFirstColumn()
                          == headers.get("Nhóm nhiệm vụ"))
              .findFirst()
              .orElseThrow();
      assertThat(section.getShowErrorBox()).as("sections are a strict list").isTrue();
      List<String> instructed = new ArrayList<>();
      workbook
          .getSheet("Hướng dẫn")
          .forEach(
              r -> {
                if (r.getCell(0) != null) {
                  instructed.add(r.getCell(0).getStringCellValue());
                }
              });
      assertThat(instructed)
          .contains("Mã nhiệm vụ", "Cơ quan chủ trì", "Phiên bản", "Tình trạng thời hạn");
    }
  }

  @Test
  void aPlanEnteredInItsTemplateExportsEditsAndUploadsAgain() throws IOException {
    UUID plan = plan();
    List<Seed> seeds = seeds();
    byte[] template =
        download(COORDINATOR, "/api/v1/tasks/workbook/template", Map.of("planId", plan));
    JsonPath created =
        upload(
                COORDINATOR,
                "/api/v1/tasks/workbook",
                filled(template, seeds),
                Map.of("planId", plan))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(created.getInt("rows")).isEqualTo(seeds.size());
    assertThat(created.getInt("created")).isEqualTo(seeds.size());
    assertThat(created.getList("errors")).isEmpty();

    Map<String, Map<String, Object>> loaded = byCode(plan);
    assertThat(loaded).hasSize(seeds.size());
    Map<String, Object> t1 = loaded.get("1");
    assertThat(t1.get("leadOrgIds")).isEqualTo(List.of(id("Sở Văn hóa, Thể thao và Du lịch")));
    assertThat((List<?>) t1.get("cooperatingOrgIds")).hasSize(4);
    assertThat(((Map<?, ?>) t1.get("deadline")).get("dueDate")).isEqualTo("2025-06-30");
    assertThat(loaded.get("38.100").get("parentId")).isEqualTo(loaded.get("38").get("id"));
    assertThat(loaded.get("38.100").get("title")).isEqualTo("CSDL Mã ngân hàng");
    assertThat(loaded.get("38.1").get("leadOrgIds")).isEqualTo(List.of(STC.toString()));
    // "Các Sở, ngành, đơn vị, địa phương" and "Các sở, ngành, …" name one group.
    assertThat(loaded.get("3").get("cooperatingOrgIds"))
        .isEqualTo(loaded.get("4").get("cooperatingOrgIds"));

    // Export the plan, change task 2's title and deadline in Excel, upload it again.
    byte[] exported = download(COORDINATOR, "/api/v1/tasks/workbook", Map.of("planId", plan));
    XSSFWorkbook workbook = WorkbookEdits.open(exported);
    Sheet sheet = workbook.getSheet("Nhiệm vụ");
    assertThat(sheet.getLastRowNum()).isEqualTo(seeds.size());
    int row = rowOf(sheet, "2");
    assertThat(WorkbookEdits.text(sheet, row, "Cơ quan chủ trì"))
        .contains("Cổng Thông tin điện tử tỉnh");
    assertThat(WorkbookEdits.text(sheet, row, "Trạng thái")).isEqualTo("Chưa bắt đầu");
    WorkbookEdits.put(
        sheet,
        row,
        "Tên nhiệm vụ",
        "Xây dựng chương trình chuyên biệt về khoa học, công nghệ trên truyền hình");
    WorkbookEdits.put(sheet, row, "Thời hạn hoàn thành", "Quý IV/2025");
    byte[] edited = WorkbookEdits.save(workbook);
    long eventsBefore = outboxEvents();
    JsonPath updated =
        upload(COORDINATOR, "/api/v1/tasks/workbook", edited, Map.of("planId", plan))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(updated.getInt("updated")).isEqualTo(1);
    assertThat(updated.getInt("unchanged")).isEqualTo(seeds.size() - 1);
    assertThat(updated.getInt("created")).isZero();
    assertThat(outboxEvents()).as("one task.updated event").isEqualTo(eventsBefore + 1);

    Map<String, Map<String, Object>> after = byCode(plan);
    assertThat(after.get("2").get("title"))
        .isEqualTo("Xây dựng chương trình chuyên biệt về khoa học, công nghệ trên truyền hình");
    Map<?, ?> deadline = (Map<?, ?>) after.get("2").get("deadline");
    assertThat(deadline.get("kind")).isEqualTo("QUARTER");
    assertThat(deadline.get("dueDate")).isEqualTo("2025-12-31");
    assertThat(after.get("2").get("version")).isEqualTo(1);
    after.forEach(
        (code, task) -> {
          if (!code.equals("2")) {
            assertThat(task).as("task " + code + " untouched").isEqualTo(loaded.get(code));
          }
        });
    String history =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .get("/api/v1/tasks/" + after.get("2").get("id") + "/history")
            .asString();
    assertThat(history).contains("Quý IV/2025", "kt.coordinator");

    // The first export again: its row for task 2 is stale now and must not overwrite the change.
    long eventsNow = outboxEvents();
    JsonPath stale =
        upload(COORDINATOR, "/api/v1/tasks/workbook", exported, Map.of("planId", plan))
            .then()
            .statusCode(422)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(stale.getList("errors.row")).containsExactly(row + 1);
    assertThat(stale.getString("errors[0].message")).contains("version 1, not 0");
    assertThat(byCode(plan).get("2").get("title")).isEqualTo(after.get("2").get("title"));
    assertThat(outboxEvents()).isEqualTo(eventsNow);
  }

  /** The id of a Kon Tum agency by its name as the directory holds it. */
  String id(String name) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                organizations
                    .find("province = ?1 and name = ?2", "KT", name)
                    .firstResult()
                    .id
                    .toString());
  }

  @Test
  void aBadWorkbookGetsEveryRowErrorAndChangesNothing() throws IOException {
    UUID plan = loadedPlan();
    Map<String, Map<String, Object>> before = byCode(plan);
    long events = outboxEvents();
    byte[] exported = download(COORDINATOR, "/api/v1/tasks/workbook", Map.of("planId", plan));
    byte[] bad = badRows(exported);

    JsonPath problem =
        upload(COORDINATOR, "/api/v1/tasks/workbook", bad, Map.of("planId", plan))
            .then()
            .statusCode(422)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("type")).isEqualTo("https://plantrack.vn/problems/invalid-rows");
    assertThat(problem.getString("detail")).contains("nothing was changed");
    List<Map<String, Object>> errors = problem.getList("errors");
    assertThat(errors)
        .extracting(e -> e.get("row"), e -> e.get("column"), e -> e.get("message"))
        .containsExactlyElementsOf(expectedErrors());
    assertThat(problem.getInt("rejectedRows")).isEqualTo(7);

    assertThat(byCode(plan)).as("nothing changed").isEqualTo(before);
    assertThat(outboxEvents()).as("no event").isEqualTo(events);
  }

  @Test
  void applyValidRowsAppliesTheGoodRowsAndReportsTheOthers() throws IOException {
    UUID plan = loadedPlan();
    Map<String, Map<String, Object>> before = byCode(plan);
    long events = outboxEvents();
    byte[] bad = badRows(download(COORDINATOR, "/api/v1/tasks/workbook", Map.of("planId", plan)));

    JsonPath report =
        upload(
                COORDINATOR,
                "/api/v1/tasks/workbook",
                bad,
                Map.of("planId", plan, "mode", "apply-valid-rows"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getString("mode")).isEqualTo("apply-valid-rows");
    assertThat(report.getInt("created")).isEqualTo(1);
    assertThat(report.getInt("updated")).isEqualTo(1);
    assertThat(report.getInt("rejected")).isEqualTo(7);
    List<Map<String, Object>> errors = report.getList("errors");
    assertThat(errors)
        .extracting(e -> e.get("row"), e -> e.get("column"), e -> e.get("message"))
        .containsExactlyElementsOf(expectedErrors());

    Map<String, Map<String, Object>> after = byCode(plan);
    assertThat(after).hasSize(before.size() + 1);
    assertThat(after.get("12").get("title"))
        .isEqualTo("Tổ chức hội nghị phổ biến Kế hoạch 1570/KH-UBND");
    assertThat(after.get("9").get("title")).isEqualTo("Ban hành văn bản hướng dẫn (sửa)");
    assertThat(after.get("1")).isEqualTo(before.get("1"));
    assertThat(after.get("38.1")).isEqualTo(before.get("38.1"));
    assertThat(outboxEvents()).as("task.created and task.updated").isEqualTo(events + 2);
  }

  /**
   * The export with two good changes (task 9 renamed, task 12 added) and seven wrong rows, in the
   * file (cells, names) and for the service (a stale version, a sub-task under a sub-task).
   */
  static byte[] badRows(byte[] exported) throws IOException {
    XSSFWorkbook workbook = WorkbookEdits.open(exported);
    Sheet sheet = workbook.getSheet("Nhiệm vụ");
    WorkbookEdits.put(sheet, rowOf(sheet, "9"), "Tên nhiệm vụ", "Ban hành văn bản hướng dẫn (sửa)");
    int r1 = rowOf(sheet, "1");
    WorkbookEdits.put(
        sheet, r1, "Cơ quan chủ trì", "Sở Tài chính; Sở Ngoại giao"); // unknown agency
    int r2 = rowOf(sheet, "2");
    WorkbookEdits.put(sheet, r2, "Tên nhiệm vụ", null); // required
    WorkbookEdits.put(sheet, r2, "Nhóm nhiệm vụ", "IX"); // not a section of the plan
    int r3 = rowOf(sheet, "3");
    WorkbookEdits.put(sheet, r3, "Tên nhiệm vụ", "Đổi tên");
    WorkbookEdits.put(sheet, r3, "Phiên bản", 7); // stale: the service refuses it
    int r4 = rowOf(sheet, "38.1");
    WorkbookEdits.put(sheet, r4, "Mã nhiệm vụ cha", "38.2"); // a sub-task under a sub-task
    WorkbookEdits.put(sheet, r4, "Tên nhiệm vụ", "Cơ sở dữ liệu quốc gia về Bảo hiểm (sửa)");
    int last = sheet.getLastRowNum();
    WorkbookEdits.put(sheet, last + 1, "Mã nhiệm vụ", "12");
    WorkbookEdits.put(
        sheet, last + 1, "Tên nhiệm vụ", "Tổ chức hội nghị phổ biến Kế hoạch 1570/KH-UBND");
    WorkbookEdits.put(sheet, last + 1, "Cơ quan chủ trì", "sở khoa học và công nghệ");
    WorkbookEdits.put(sheet, last + 1, "Thời hạn hoàn thành", "Quý III/2025");
    WorkbookEdits.put(sheet, last + 2, "Mã nhiệm vụ", "13 a"); // not a code
    WorkbookEdits.put(sheet, last + 2, "Tên nhiệm vụ", "Mã sai");
    WorkbookEdits.put(sheet, last + 2, "Cơ quan chủ trì", "KT.STC");
    WorkbookEdits.put(sheet, last + 3, "Mã nhiệm vụ", "14");
    WorkbookEdits.put(sheet, last + 3, "Tên nhiệm vụ", "Cơ quan tỉnh khác");
    WorkbookEdits.put(sheet, last + 3, "Cơ quan chủ trì", "BK.STC"); // Bắc Kạn's agency
    WorkbookEdits.put(sheet, last + 4, "Mã nhiệm vụ", "15");
    WorkbookEdits.put(sheet, last + 4, "Tên nhiệm vụ", "Nhiệm vụ con của nhiệm vụ không có");
    WorkbookEdits.put(sheet, last + 4, "Cơ quan chủ trì", "Công an tỉnh");
    WorkbookEdits.put(sheet, last + 4, "Mã nhiệm vụ cha", "99");
    rows = new int[] {r1, r2, r3, r4, last + 2, last + 3, last + 4};
    return WorkbookEdits.save(workbook);
  }

  /** Excel row numbers (index + 1) of the wrong rows, set by {@link #badRows}. */
  static int[] rows;

  static List<org.assertj.core.groups.Tuple> expectedErrors() {
    List<org.assertj.core.groups.Tuple> expected = new ArrayList<>();
    int r1 = rows[0] + 1, r2 = rows[1] + 1, r3 = rows[2] + 1, r4 = rows[3] + 1;
    int code = rows[4] + 1, bk = rows[5] + 1, orphan = rows[6] + 1;
    List<Object[]> all = new ArrayList<>();
    all.add(new Object[] {r1, "Cơ quan chủ trì", "\"Sở Ngoại giao\" is not in the list"});
    all.add(new Object[] {r2, "Nhóm nhiệm vụ", "\"IX\" is not one of: I, II, III, IV, V, VI, VII"});
    all.add(new Object[] {r2, "Tên nhiệm vụ", "required"});
    all.add(new Object[] {r3, null, "the resource is at version 0, not 7; reload it and retry"});
    all.add(
        new Object[] {
          r4, "Mã nhiệm vụ cha", "sub-tasks are one level deep under a task of the plan"
        });
    all.add(
        new Object[] {code, "Mã nhiệm vụ", "chữ số, chữ cái, dấu chấm hoặc gạch ngang, như 38.12"});
    all.add(new Object[] {bk, "Cơ quan chủ trì", "\"BK.STC\" is not in the list"});
    all.add(new Object[] {orphan, "Mã nhiệm vụ cha", "no task 99 in plan 1570/KH-UBND"});
    all.sort(java.util.Comparator.comparingInt(o -> (Integer) o[0]));
    all.forEach(o -> expected.add(tuple(o[0], o[1], o[2])));
    return expected;
  }

  // --- Authorization and hostile files
  // --------------------------------------------------------------------------------------------

  @Test
  void onlyCoordinatorsOfThePlansProvinceUploadTasks() throws IOException {
    UUID plan = plan();
    byte[] file =
        filled(
            download(COORDINATOR, "/api/v1/tasks/workbook/template", Map.of("planId", plan)),
            seeds().subList(0, 2));
    long events = outboxEvents();
    for (String token : List.of(VIEWER, OFFICER_STC)) {
      upload(token, "/api/v1/tasks/workbook", file, Map.of("planId", plan))
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    upload(BK_COORDINATOR, "/api/v1/tasks/workbook", file, Map.of("planId", plan))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .contentType(XLSX)
        .body(file)
        .queryParam("planId", plan)
        .post("/api/v1/tasks/workbook")
        .then()
        .statusCode(401);
    assertThat(tasks(plan).getInt("total")).isZero();
    assertThat(outboxEvents()).isEqualTo(events);
  }

  @Test
  void whatIsNotAnXlsxWorkbookIsA400AndJsonA415() {
    UUID plan = plan();
    upload(
            COORDINATOR,
            "/api/v1/tasks/workbook",
            "code;title\n1;A".getBytes(StandardCharsets.UTF_8),
            Map.of("planId", plan))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("file"))
        .body("errors[0].message", org.hamcrest.Matchers.equalTo("not an .xlsx workbook"));
    upload(OFFICER_STC, "/api/v1/tasks/progress-workbook", new byte[0], Map.of("planId", plan))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType("application/json")
        .queryParam("planId", plan)
        .body("{\"rows\": []}")
        .post("/api/v1/tasks/workbook")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    upload(
            COORDINATOR,
            "/api/v1/tasks/workbook",
            new byte[] {1},
            Map.of("planId", plan, "mode", "some"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void theWorkbookEndpointsAreDescribedInOpenApi() {
    JsonPath api =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (String path :
        List.of(
            "/api/v1/tasks/workbook",
            "/api/v1/tasks/workbook/template",
            "/api/v1/tasks/progress-workbook",
            "/api/v1/tasks/progress-workbook/template")) {
      assertThat(api.getMap("paths")).as(path).containsKey(path);
      assertThat(api.getString("paths.'" + path + "'.get.description")).as(path).isNotBlank();
    }
    assertThat(api.getString("paths.'/api/v1/tasks/workbook'.post.description"))
        .contains("5,000 rows");
    assertThat(api.getList("paths.'/api/v1/tasks/workbook'.post.parameters.name"))
        .contains("planId", "mode");
    assertThat(api.getMap("paths.'/api/v1/tasks/workbook'.post.requestBody.content"))
        .containsKey(XLSX);
  }

  @Test
  void anUploadWithAnIdempotencyKeyIsAppliedOnce() throws IOException {
    UUID plan = plan();
    byte[] file =
        filled(
            download(COORDINATOR, "/api/v1/tasks/workbook/template", Map.of("planId", plan)),
            seeds().subList(0, 3));
    String key = "excel-" + plan;
    Response first =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .contentType(XLSX)
            .header("Idempotency-Key", key)
            .queryParam("planId", plan)
            .body(file)
            .post("/api/v1/tasks/workbook");
    assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
    assertThat(first.jsonPath().getInt("created")).isEqualTo(3);
    long events = outboxEvents();
    Response again =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .contentType(XLSX)
            .header("Idempotency-Key", key)
            .queryParam("planId", plan)
            .body(file)
            .post("/api/v1/tasks/workbook");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.jsonPath().getInt("created")).isEqualTo(3);
    assertThat(tasks(plan).getInt("total")).isEqualTo(3);
    assertThat(outboxEvents()).isEqualTo(events);
  }

  @Test
  void exportsTakeTheListsFiltersAndRefuseBadOnes() throws IOException {
    UUID plan = loadedPlan();
    try (XSSFWorkbook workbook =
        WorkbookEdits.open(
            download(
                COORDINATOR,
                "/api/v1/tasks/workbook",
                Map.of(
                    "planId", plan, "parentId", byCode(plan).get("38").get("id"), "q", "csdl")))) {
      Sheet sheet = workbook.getSheet("Nhiệm vụ");
      List<String> codes = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        codes.add(WorkbookEdits.text(sheet, r, "Mã nhiệm vụ"));
      }
      assertThat(codes)
          .as("38's sub-tasks named CSDL, in code order")
          .containsExactly("38.8", "38.9", "38.10", "38.11", "38.12", "38.100");
    }
    for (Map<String, String> bad :
        List.of(
            Map.of("role", "boss"),
            Map.of("status", "DONE"),
            Map.of("q", "x".repeat(201)),
            Map.of("dueFrom", "mai"))) {
      given()
          .auth()
          .oauth2(COORDINATOR)
          .queryParams(bad)
          .get("/api/v1/tasks/workbook")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  // --- Progress
  // --------------------------------------------------------------------------------------------

  @Test
  void theLeadAgencyReportsProgressFromItsWorkbook() throws IOException {
    UUID plan = loadedPlan();
    Map<String, Map<String, Object>> before = byCode(plan);
    // Sở Tài chính's own tasks (38.1–38.6), exported by its officer.
    byte[] exported =
        download(
            OFFICER_STC,
            "/api/v1/tasks/progress-workbook",
            Map.of("planId", plan, "orgId", STC, "role", "lead"));
    int led =
        given()
            .auth()
            .oauth2(OFFICER_STC)
            .queryParams(Map.of("planId", plan, "orgId", STC, "role", "lead"))
            .get("/api/v1/tasks")
            .then()
            .statusCode(200)
            .extract()
            .path("total");
    // 38.1–38.6, and the tasks led by groups Sở Tài chính belongs to ("Các sở, ngành, …").
    assertThat(led).isGreaterThanOrEqualTo(6);
    XSSFWorkbook workbook = WorkbookEdits.open(exported);
    Sheet sheet = workbook.getSheet("Tiến độ");
    assertThat(sheet.getLastRowNum()).isEqualTo(led);
    int r1 = rowOf(sheet, "38.1");
    assertThat(WorkbookEdits.text(sheet, r1, "Cơ quan chủ trì")).isEqualTo("Sở Tài chính");
    assertThat(WorkbookEdits.text(sheet, r1, "Trạng thái")).isEqualTo("Chưa bắt đầu");
    WorkbookEdits.put(sheet, r1, "Tiến độ (%)", 40);
    WorkbookEdits.put(sheet, r1, "Kết quả thực hiện", "Đã rà soát, chuẩn hóa 40% dữ liệu bảo hiểm");
    WorkbookEdits.put(sheet, r1, "Khó khăn, vướng mắc", "Thiếu nhân lực nhập liệu");
    int r2 = rowOf(sheet, "38.2");
    WorkbookEdits.put(sheet, r2, "Trạng thái", "Đã hoàn thành");
    WorkbookEdits.put(sheet, r2, "Ngày hoàn thành", LocalDate.of(2025, 11, 20));
    WorkbookEdits.put(sheet, r2, "Số văn bản minh chứng", "245/STC-TH");
    WorkbookEdits.put(sheet, r2, "Ngày văn bản minh chứng", LocalDate.of(2025, 11, 21));
    WorkbookEdits.put(sheet, r2, "Kết quả thực hiện", "Đã đưa vào khai thác sử dụng");
    long events = outboxEvents();
    JsonPath report =
        upload(
                OFFICER_STC,
                "/api/v1/tasks/progress-workbook",
                WorkbookEdits.save(workbook),
                Map.of())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getInt("rows")).isEqualTo(led);
    assertThat(report.getInt("created")).isEqualTo(2);
    assertThat(report.getInt("unchanged")).isEqualTo(led - 2);
    // One change, one event: 38.1's status-changed (0 → 40 % starts it); 38.2's the same.
    assertThat(outboxEvents()).isEqualTo(events + 2);

    Map<String, Map<String, Object>> after = byCode(plan);
    assertThat(after.get("38.1").get("progressPercent")).isEqualTo(40);
    assertThat(after.get("38.1").get("status")).isEqualTo("IN_PROGRESS");
    assertThat(after.get("38.2").get("status")).isEqualTo("COMPLETED");
    assertThat(after.get("38.2").get("completedOn")).isEqualTo("2025-11-20");
    assertThat(after.get("38.2").get("evidenceNumber")).isEqualTo("245/STC-TH");
    assertThat(after.get("38.3")).isEqualTo(before.get("38.3"));
    String progress =
        given()
            .auth()
            .oauth2(OFFICER_STC)
            .get("/api/v1/tasks/" + after.get("38.1").get("id") + "/progress")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(progress)
        .contains(
            "Đã rà soát, chuẩn hóa 40% dữ liệu bảo hiểm",
            "Thiếu nhân lực nhập liệu", "kt.officer.finance");
  }

  @Test
  void anOfficerOfAnotherAgencyCannotReportAndNothingChanges() throws IOException {
    UUID plan = loadedPlan();
    Map<String, Map<String, Object>> before = byCode(plan);
    byte[] template =
        download(OFFICER_CAT, "/api/v1/tasks/progress-workbook/template", Map.of("planId", plan));
    XSSFWorkbook workbook = WorkbookEdits.open(template);
    Sheet sheet = workbook.getSheet("Tiến độ");
    WorkbookEdits.put(sheet, 1, "Mã nhiệm vụ", "38.7"); // Công an tỉnh's own task
    WorkbookEdits.put(sheet, 1, "Tiến độ (%)", 50);
    WorkbookEdits.put(sheet, 1, "Kết quả thực hiện", "Đã cập nhật dữ liệu cư trú");
    WorkbookEdits.put(sheet, 2, "Mã nhiệm vụ", "38.1"); // Sở Tài chính's
    WorkbookEdits.put(sheet, 2, "Tiến độ (%)", 90);
    WorkbookEdits.put(sheet, 3, "Mã nhiệm vụ", "38.3"); // Sở Tài chính's
    WorkbookEdits.put(sheet, 3, "Trạng thái", "Đang thực hiện");
    WorkbookEdits.put(sheet, 4, "Mã nhiệm vụ", "38.7");
    WorkbookEdits.put(sheet, 4, "Trạng thái", "Đã hoàn thành"); // without date or evidence
    byte[] file = WorkbookEdits.save(workbook);
    long events = outboxEvents();
    JsonPath problem =
        upload(OFFICER_CAT, "/api/v1/tasks/progress-workbook", file, Map.of("planId", plan))
            .then()
            .statusCode(422)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    List<Map<String, Object>> errors = problem.getList("errors");
    assertThat(errors)
        .extracting(e -> e.get("row"), e -> e.get("column"), e -> e.get("message"))
        .containsExactly(
            tuple(3, null, "your organization neither leads nor cooperates on task 38.1"),
            tuple(4, null, "your organization neither leads nor cooperates on task 38.3"),
            tuple(5, "Ngày hoàn thành", "a completed task has a completion date"),
            tuple(
                5,
                "Số văn bản minh chứng",
                "completion needs evidence: an issued document (number and date) or a link"));
    assertThat(byCode(plan)).as("38.7's valid row was rolled back too").isEqualTo(before);
    assertThat(outboxEvents()).isEqualTo(events);

    // A viewer uploads nothing.
    upload(VIEWER, "/api/v1/tasks/progress-workbook", file, Map.of("planId", plan))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // In apply-valid-rows mode Công an tỉnh's own row goes through.
    upload(
            OFFICER_CAT,
            "/api/v1/tasks/progress-workbook",
            file,
            Map.of("planId", plan, "mode", "apply-valid-rows"))
        .then()
        .statusCode(200)
        .body("created", org.hamcrest.Matchers.equalTo(1))
        .body("rejected", org.hamcrest.Matchers.equalTo(3));
    assertThat(byCode(plan).get("38.7").get("progressPercent")).isEqualTo(50);
    assertThat(byCode(plan).get("38.1")).isEqualTo(before.get("38.1"));
  }
}
