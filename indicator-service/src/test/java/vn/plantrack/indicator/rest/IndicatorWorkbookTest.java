package vn.plantrack.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
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
 * Kon Tum's indicators (Phụ lục I of 1570/KH-UBND) and their values through Excel: the appendix
 * entered in its template with a column per milestone year, exported, edited and uploaded again;
 * bad workbooks refused row by row with nothing changed; values recorded by the monitoring agency
 * only. Real tokens, a real PostgreSQL and Kafka; workbooks written and read with POI.
 */
@QuarkusTest
@TestProfile(IndicatorWorkbookTest.Workbooks.class)
@WithTestResource(OidcWiremockTestResource.class)
@RealInfrastructure
class IndicatorWorkbookTest {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Validated tokens, and a database of its own: counts and outbox rows are this class's. */
  public static class Workbooks extends Tokens.Validated {}

  static final UUID SKHCN = org("KT.SKHCN");
  static final UUID STC = org("KT.STC");

  static final String COORDINATOR = Tokens.of("kt.coordinator", "coordinator", "KT", SKHCN);
  static final String OFFICER_SKHCN = Tokens.of("kt.officer.skhcn", "officer", "KT", SKHCN);
  static final String OFFICER_STC = Tokens.of("kt.officer.finance", "officer", "KT", STC);
  static final String VIEWER = Tokens.of("kt.viewer", "viewer", "KT", null);

  @Inject KnownPlanRepository plans;
  @Inject KnownOrganizationRepository organizations;
  @Inject EntityManager entityManager;

  static UUID org(String code) {
    return UUID.nameUUIDFromBytes(
        ("plantrack/organization/" + code).getBytes(StandardCharsets.UTF_8));
  }

  /** A row of the seed: milestone year, code, name, unit, target, monitoring, expected kind. */
  record Seed(
      int year,
      String code,
      String name,
      String unit,
      String target,
      String monitoring,
      String kind) {
    String parent() {
      return code.contains(".") ? code.substring(0, code.indexOf('.')) : null;
    }
  }

  static List<Seed> seeds() throws IOException {
    List<Seed> seeds = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                IndicatorWorkbookTest.class.getResourceAsStream("/seeds/indicators-KT-1570.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        seeds.add(new Seed(Integer.parseInt(c[0]), c[1], c[2], c[3], c[4], c[5], c[6]));
      }
    }
    return seeds;
  }

  /**
   * Kon Tum's monitoring agencies as indicator-service knows them (Sở KH&CN and Sở Tài chính under
   * their real codes), and Bắc Kạn's Sở Tài chính.
   */
  @BeforeEach
  void directory() throws IOException {
    Set<String> names = new LinkedHashSet<>(List.of("Sở Khoa học và Công nghệ", "Sở Tài chính"));
    seeds().stream().filter(s -> !s.monitoring().isBlank()).forEach(s -> names.add(s.monitoring()));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              int n = 0;
              for (String name : names) {
                n++;
                String code =
                    switch (name) {
                      case "Sở Khoa học và Công nghệ" -> "KT.SKHCN";
                      case "Sở Tài chính" -> "KT.STC";
                      default -> "KT.I" + n;
                    };
                organization(code, "KT", name);
              }
              organization("BK.STC", "BK", "Sở Tài chính");
            });
  }

  private void organization(String code, String province, String name) {
    UUID id = org(code);
    if (organizations.findById(id) == null) {
      KnownOrganization o = new KnownOrganization();
      o.id = id;
      o.province = province;
      o.code = code;
      o.name = name;
      o.type = "DEPARTMENT";
      o.version = 1;
      organizations.persist(o);
    }
  }

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

  static int rowOf(Sheet sheet, String code) {
    return WorkbookEdits.rowOf(sheet, "Mã chỉ tiêu", code);
  }

  /** The seed's rows typed into the template: children of 7 and 15 before their group rows. */
  static byte[] filled(byte[] template, List<Seed> seeds) throws IOException {
    XSSFWorkbook workbook = WorkbookEdits.open(template);
    Sheet sheet = workbook.getSheet("Chỉ tiêu");
    List<Seed> ordered = new ArrayList<>(seeds.stream().filter(s -> s.parent() != null).toList());
    ordered.addAll(seeds.stream().filter(s -> s.parent() == null).toList());
    int r = 1;
    for (Seed s : ordered) {
      WorkbookEdits.put(sheet, r, "Mã chỉ tiêu", s.code());
      WorkbookEdits.put(sheet, r, "Mã chỉ tiêu cha", s.parent());
      WorkbookEdits.put(sheet, r, "Tên chỉ tiêu", s.name());
      WorkbookEdits.put(sheet, r, "Đơn vị tính", s.unit().isBlank() ? null : s.unit());
      if (!s.monitoring().isBlank()) {
        WorkbookEdits.put(sheet, r, "Cơ quan chủ trì", s.monitoring());
        WorkbookEdits.put(sheet, r, "Cơ quan theo dõi, đánh giá", s.monitoring());
      }
      if (!s.target().isBlank()) {
        WorkbookEdits.put(sheet, r, "Mục tiêu " + s.year(), s.target());
      }
      r++;
    }
    return WorkbookEdits.save(workbook);
  }

  static byte[] download(String token, String path, Map<String, ?> query) {
    Response response = given().auth().oauth2(token).queryParams(query).get(path);
    assertThat(response.statusCode()).as(path + ": " + response.asString()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo(XLSX);
    return response.asByteArray();
  }

  static Response upload(String token, String path, byte[] file, Map<String, ?> query) {
    return given().auth().oauth2(token).contentType(XLSX).queryParams(query).body(file).post(path);
  }

  static Map<String, Map<String, Object>> byCode(UUID plan) {
    List<Map<String, Object>> items =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .queryParam("planId", plan)
            .queryParam("size", 500)
            .get("/api/v1/indicators")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    Map<String, Map<String, Object>> byCode = new HashMap<>();
    items.forEach(
        i -> {
          Map<String, Object> copy = new HashMap<>(i);
          copy.remove("updatedAt");
          byCode.put((String) i.get("code"), copy);
        });
    return byCode;
  }

  static List<Map<String, Object>> values(Object indicatorId) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/indicators/" + indicatorId + "/measurements")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  UUID loadedPlan() throws IOException {
    UUID plan = plan();
    byte[] template =
        download(COORDINATOR, "/api/v1/indicators/workbook/template", Map.of("planId", plan));
    upload(
            COORDINATOR,
            "/api/v1/indicators/workbook",
            filled(template, seeds()),
            Map.of("planId", plan))
        .then()
        .statusCode(200);
    return plan;
  }

  // --- Indicators
  // --------------------------------------------------------------------------------------------

  @Test
  void theTemplateHasAColumnPerMilestoneTheListsAndTheInstructions() throws IOException {
    UUID plan = plan();
    try (XSSFWorkbook workbook =
        WorkbookEdits.open(
            download(
                COORDINATOR, "/api/v1/indicators/workbook/template", Map.of("planId", plan)))) {
      assertThat(
              List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
          .containsExactly("Chỉ tiêu", "Hướng dẫn", "Danh sách");
      assertThat(workbook.isSheetHidden(2)).isTrue();
      XSSFSheet sheet = workbook.getSheetAt(0);
      Map<String, Integer> headers = WorkbookEdits.headers(sheet);
      assertThat(headers.keySet())
          .contains(
              "Mã chỉ tiêu",
              "Tên chỉ tiêu",
              "Cơ quan theo dõi, đánh giá",
              "Mục tiêu 2025",
              "Mục tiêu 2030",
              "Mục tiêu 2035",
              "Mục tiêu 2040",
              "Mục tiêu 2045",
              "Phiên bản");
      DataValidation direction =
          sheet.getDataValidations().stream()
              .filter(
                  v ->
                      v.getRegions().getCellRangeAddress(0).getFirstColumn()
                          == headers.get("Chiều đánh giá"))
              .findFirst()
              .orElseThrow();
      String range =
          workbook.getName(direction.getValidationConstraint().getFormula1()).getRefersToFormula();
      int col =
          new org.apache.poi.ss.util.CellReference(range.split("!")[1].split(":")[0]).getCol();
      List<String> listed = new ArrayList<>();
      workbook
          .getSheet("Danh sách")
          .forEach(
              r -> {
                if (r.getRowNum() > 0 && r.getCell(col) != null) {
                  listed.add(r.getCell(col).getStringCellValue());
                }
              });
      assertThat(listed).contains("Càng cao càng tốt", "Càng thấp càng tốt (thứ hạng)", "Duy trì");
      List<String> instructed = new ArrayList<>();
      workbook
          .getSheet("Hướng dẫn")
          .forEach(
              r -> {
                if (r.getCell(0) != null) {
                  instructed.add(r.getCell(0).getStringCellValue());
                }
              });
      assertThat(instructed).contains("Mục tiêu 2030", "Cơ quan theo dõi, đánh giá", "Phiên bản");
    }
  }

  @Test
  void anAppendixEnteredInItsTemplateExportsEditsAndUploadsAgain() throws IOException {
    UUID plan = plan();
    List<Seed> seeds = seeds();
    byte[] template =
        download(COORDINATOR, "/api/v1/indicators/workbook/template", Map.of("planId", plan));
    JsonPath created =
        upload(
                COORDINATOR,
                "/api/v1/indicators/workbook",
                filled(template, seeds),
                Map.of("planId", plan))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(created.getInt("created")).isEqualTo(36);
    Map<String, Map<String, Object>> loaded = byCode(plan);
    for (Seed s : seeds) {
      Map<String, Object> indicator = loaded.get(s.code());
      List<Map<String, Object>> targets = (List<Map<String, Object>>) indicator.get("targets");
      if (s.kind().isBlank()) {
        assertThat(targets).as(s.code()).isEmpty();
        continue;
      }
      assertThat(targets).as(s.code()).hasSize(1);
      assertThat(targets.get(0).get("year")).isEqualTo(s.year());
      assertThat(targets.get(0).get("text")).isEqualTo(s.target());
      assertThat(targets.get(0).get("kind")).as(s.code() + " " + s.target()).isEqualTo(s.kind());
    }
    assertThat(loaded.get("7.3").get("parentId")).isEqualTo(loaded.get("7").get("id"));
    assertThat(loaded.get("6").get("monitoringOrgIds")).isEqualTo(List.of(SKHCN.toString()));
    assertThat(loaded.get("2").get("direction")).isEqualTo("LOWER_IS_BETTER");

    // A coordinator reads "8" (indicator 14) as "at least 8": a reading the upload must keep.
    Map<String, Object> i14 = loaded.get("14");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + i14.get("version") + "\"")
        .body(
            """
            {"planId": "%s", "code": "14", "name": %s, "unit": "Người/vạn dân",
             "leadOrgIds": ["%s"], "monitoringOrgIds": ["%s"],
             "targets": [{"year": 2030, "text": "8", "kind": "AT_LEAST", "min": 8}]}
            """
                .formatted(plan, "\"" + i14.get("name") + "\"", SKHCN, SKHCN))
        .put("/api/v1/indicators/" + i14.get("id"))
        .then()
        .statusCode(200);
    Map<String, Map<String, Object>> before = byCode(plan);

    byte[] exported = download(COORDINATOR, "/api/v1/indicators/workbook", Map.of("planId", plan));
    XSSFWorkbook workbook = WorkbookEdits.open(exported);
    Sheet sheet = workbook.getSheet("Chỉ tiêu");
    assertThat(WorkbookEdits.headers(sheet).keySet())
        .as("a target column per year the indicators have")
        .contains("Mục tiêu 2030", "Mục tiêu 2045")
        .doesNotContain("Mục tiêu 2035");
    int r6 = rowOf(sheet, "6");
    assertThat(WorkbookEdits.text(sheet, r6, "Cơ quan theo dõi, đánh giá"))
        .isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(WorkbookEdits.text(sheet, r6, "Kiểu giá trị")).isEqualTo("Số");
    WorkbookEdits.put(sheet, r6, "Mục tiêu 2030", "≥ 30");
    WorkbookEdits.put(sheet, r6, "Mục tiêu 2045", "≥ 50");
    int r14 = rowOf(sheet, "14");
    WorkbookEdits.put(
        sheet, r14, "Tên chỉ tiêu", "Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ");
    long events = outboxEvents();
    JsonPath updated =
        upload(
                COORDINATOR,
                "/api/v1/indicators/workbook",
                WorkbookEdits.save(workbook),
                Map.of("planId", plan))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(updated.getInt("updated")).isEqualTo(2);
    assertThat(updated.getInt("unchanged")).isEqualTo(34);
    assertThat(outboxEvents()).isGreaterThan(events);

    Map<String, Map<String, Object>> after = byCode(plan);
    List<Map<String, Object>> targets6 = (List<Map<String, Object>>) after.get("6").get("targets");
    assertThat(targets6)
        .extracting(t -> t.get("year"), t -> t.get("text"), t -> t.get("kind"))
        .containsExactly(tuple(2030, "≥ 30", "AT_LEAST"), tuple(2045, "≥ 50", "AT_LEAST"));
    List<Map<String, Object>> targets14 =
        (List<Map<String, Object>>) after.get("14").get("targets");
    assertThat(targets14.get(0).get("kind"))
        .as("the coordinator's reading stays")
        .isEqualTo("AT_LEAST");
    assertThat(after.get("14").get("name"))
        .isEqualTo("Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ");
    after.forEach(
        (code, indicator) -> {
          if (!code.equals("6") && !code.equals("14")) {
            assertThat(indicator)
                .as("indicator " + code + " untouched")
                .isEqualTo(before.get(code));
          }
        });
  }

  @Test
  void aBadIndicatorsWorkbookGetsEveryRowErrorAndChangesNothing() throws IOException {
    UUID plan = loadedPlan();
    Map<String, Map<String, Object>> before = byCode(plan);
    long events = outboxEvents();
    Bad bad = bad(download(COORDINATOR, "/api/v1/indicators/workbook", Map.of("planId", plan)));
    JsonPath problem =
        upload(COORDINATOR, "/api/v1/indicators/workbook", bad.file(), Map.of("planId", plan))
            .then()
            .statusCode(422)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    List<Map<String, Object>> errors = problem.getList("errors");
    assertThat(errors)
        .extracting(e -> e.get("row"), e -> e.get("column"), e -> e.get("message"))
        .containsExactlyElementsOf(bad.expected());
    assertThat(byCode(plan)).isEqualTo(before);
    assertThat(outboxEvents()).isEqualTo(events);

    JsonPath applied =
        upload(
                COORDINATOR,
                "/api/v1/indicators/workbook",
                bad.file(),
                Map.of("planId", plan, "mode", "apply-valid-rows"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(applied.getInt("created")).isEqualTo(1);
    assertThat(applied.getInt("updated")).isEqualTo(1);
    assertThat(applied.getInt("rejected")).isEqualTo(6);
    Map<String, Map<String, Object>> after = byCode(plan);
    assertThat(after.get("26").get("name")).isEqualTo("Tỷ lệ doanh nghiệp sử dụng nền tảng số");
    assertThat(after.get("11").get("name"))
        .isEqualTo("Kinh phí chi cho nghiên cứu và phát triển (R&D)");
    assertThat(after.get("5")).isEqualTo(before.get("5"));
  }

  record Bad(byte[] file, List<Tuple> expected) {}

  /** The export with two good rows (11 renamed, 26 added) and six wrong ones. */
  static Bad bad(byte[] exported) throws IOException {
    XSSFWorkbook workbook = WorkbookEdits.open(exported);
    Sheet sheet = workbook.getSheet("Chỉ tiêu");
    WorkbookEdits.put(
        sheet,
        rowOf(sheet, "11"),
        "Tên chỉ tiêu",
        "Kinh phí chi cho nghiên cứu và phát triển (R&D)");
    int r5 = rowOf(sheet, "5");
    WorkbookEdits.put(sheet, r5, "Cơ quan theo dõi, đánh giá", "Sở Ngoại giao");
    int r8 = rowOf(sheet, "8");
    WorkbookEdits.put(sheet, r8, "Tên chỉ tiêu", null);
    int r9 = rowOf(sheet, "9");
    String version9 = WorkbookEdits.text(sheet, r9, "Phiên bản");
    WorkbookEdits.put(sheet, r9, "Tên chỉ tiêu", "Đổi tên");
    WorkbookEdits.put(sheet, r9, "Phiên bản", 99);
    int r10 = rowOf(sheet, "10");
    WorkbookEdits.put(sheet, r10, "Giá trị cơ sở", "0,65");
    WorkbookEdits.put(sheet, r10, "Năm cơ sở", 2031);
    int last = sheet.getLastRowNum();
    WorkbookEdits.put(sheet, last + 1, "Mã chỉ tiêu", "26");
    WorkbookEdits.put(sheet, last + 1, "Tên chỉ tiêu", "Tỷ lệ doanh nghiệp sử dụng nền tảng số");
    WorkbookEdits.put(sheet, last + 1, "Đơn vị tính", "%");
    WorkbookEdits.put(sheet, last + 1, "Mục tiêu 2030", "≥ 50");
    WorkbookEdits.put(sheet, last + 1, "Cơ quan theo dõi, đánh giá", "sở khoa học và công nghệ");
    WorkbookEdits.put(sheet, last + 2, "Mã chỉ tiêu", "27");
    WorkbookEdits.put(sheet, last + 2, "Mã chỉ tiêu cha", "99");
    WorkbookEdits.put(sheet, last + 2, "Tên chỉ tiêu", "Chỉ tiêu con của nhóm không có");
    WorkbookEdits.put(sheet, last + 3, "Mã chỉ tiêu", "28 x");
    WorkbookEdits.put(sheet, last + 3, "Tên chỉ tiêu", "Mã sai");
    List<Object[]> all = new ArrayList<>();
    all.add(
        new Object[] {
          r5 + 1, "Cơ quan theo dõi, đánh giá", "\"Sở Ngoại giao\" is not in the list"
        });
    all.add(new Object[] {r8 + 1, "Tên chỉ tiêu", "required"});
    all.add(
        new Object[] {
          r9 + 1, null, "the resource is at version " + version9 + ", not 99; reload it and retry"
        });
    all.add(new Object[] {r10 + 1, "Năm cơ sở", "must be before every milestone year"});
    all.add(new Object[] {last + 3, "Mã chỉ tiêu cha", "no indicator 99 in plan 1570/KH-UBND"});
    all.add(
        new Object[] {
          last + 4, "Mã chỉ tiêu", "chữ số, chữ cái, dấu chấm hoặc gạch ngang, như 7.1"
        });
    all.sort(java.util.Comparator.comparingInt(o -> (Integer) o[0]));
    return new Bad(
        WorkbookEdits.save(workbook), all.stream().map(o -> tuple(o[0], o[1], o[2])).toList());
  }

  // --- Values
  // --------------------------------------------------------------------------------------------

  @Test
  void theMonitoringAgencyRecordsAndCorrectsValuesFromItsWorkbook() throws IOException {
    UUID plan = loadedPlan();
    Map<String, Map<String, Object>> indicators = byCode(plan);
    Map<String, ?> mine = Map.of("planId", plan, "orgId", SKHCN, "role", "monitoring");
    XSSFWorkbook workbook =
        WorkbookEdits.open(
            download(OFFICER_SKHCN, "/api/v1/indicators/measurements-workbook", mine));
    Sheet sheet = workbook.getSheet("Số liệu");
    int monitored = sheet.getLastRowNum();
    assertThat(monitored).as("one empty row per indicator Sở KH&CN monitors").isEqualTo(17);
    int r6 = rowOf(sheet, "6");
    assertThat(WorkbookEdits.text(sheet, r6, "Tên chỉ tiêu")).isEqualTo("Quy mô kinh tế số");
    WorkbookEdits.put(sheet, r6, "Kỳ", "2025");
    WorkbookEdits.put(sheet, r6, "Giá trị", "12,5");
    WorkbookEdits.put(sheet, r6, "Nguồn số liệu", "Cục Thống kê tỉnh");
    int r4 = rowOf(sheet, "4");
    WorkbookEdits.put(sheet, r4, "Kỳ", "2025-h1");
    WorkbookEdits.put(sheet, r4, "Giá trị", 2);
    int r1 = rowOf(sheet, "1");
    WorkbookEdits.put(sheet, r1, "Kỳ", "2025");
    WorkbookEdits.put(sheet, r1, "Giá trị", "Đạt mức khá trong khu vực");
    JsonPath recorded =
        upload(
                OFFICER_SKHCN,
                "/api/v1/indicators/measurements-workbook",
                WorkbookEdits.save(workbook),
                Map.of())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(recorded.getInt("created")).isEqualTo(3);
    assertThat(recorded.getInt("unchanged")).isEqualTo(monitored - 3);
    assertThat(values(indicators.get("6").get("id")))
        .extracting(
            v -> v.get("period"), v -> v.get("value"), v -> v.get("source"), v -> v.get("revision"))
        .containsExactly(tuple("2025", 12.5f, "Cục Thống kê tỉnh", 1));
    assertThat(values(indicators.get("4").get("id")))
        .extracting(v -> v.get("period"), v -> v.get("value"))
        .containsExactly(tuple("2025-H1", 2));
    assertThat(values(indicators.get("1").get("id")))
        .extracting(v -> v.get("value"))
        .containsExactly("Đạt mức khá trong khu vực");

    // The values exported again, 6 corrected: a new revision, the rest left alone.
    byte[] again = download(OFFICER_SKHCN, "/api/v1/indicators/measurements-workbook", mine);
    XSSFWorkbook second = WorkbookEdits.open(again);
    Sheet values = second.getSheet("Số liệu");
    int row6 = rowOf(values, "6");
    assertThat(WorkbookEdits.text(values, row6, "Giá trị")).isEqualTo("12.5");
    assertThat(WorkbookEdits.text(values, row6, "Lần ghi")).isEqualTo("1");
    WorkbookEdits.put(values, row6, "Giá trị", 13);
    JsonPath corrected =
        upload(
                OFFICER_SKHCN,
                "/api/v1/indicators/measurements-workbook",
                WorkbookEdits.save(second),
                Map.of())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(corrected.getInt("updated")).isEqualTo(1);
    assertThat(corrected.getInt("created")).isZero();
    assertThat(values(indicators.get("6").get("id")))
        .extracting(v -> v.get("value"), v -> v.get("revision"))
        .containsExactly(tuple(13, 2));
    // The export as it was: everything equal to what is recorded now but 6, which is stale-equal.
    long events = outboxEvents();
    JsonPath same =
        upload(OFFICER_SKHCN, "/api/v1/indicators/measurements-workbook", again, Map.of())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(same.getInt("updated")).as("12.5 again is a correction of 13").isEqualTo(1);
    assertThat(same.getInt("unchanged")).isEqualTo(monitored - 1);
    assertThat(outboxEvents()).isGreaterThan(events);
  }

  @Test
  void onlyTheMonitoringAgencyRecordsAndBadValuesAreRowErrors() throws IOException {
    UUID plan = loadedPlan();
    Map<String, Map<String, Object>> indicators = byCode(plan);
    byte[] template =
        download(
            OFFICER_STC,
            "/api/v1/indicators/measurements-workbook/template",
            Map.of("planId", plan));
    XSSFWorkbook workbook = WorkbookEdits.open(template);
    Sheet sheet = workbook.getSheet("Số liệu");
    Object[][] rows = {
      {"5", "2025", "40"}, // Sở Tài chính monitors 5: fine
      {"6", "2025", "3"}, // Sở KH&CN's
      {"13", "2025", "ba phần trăm"}, // not a number
      {"5", "2019", "40"}, // before the plan
      {"13", "2027", "3,2"}, // not begun
      {"13", "2025", null}, // a period without a value
    };
    for (int i = 0; i < rows.length; i++) {
      WorkbookEdits.put(sheet, i + 1, "Mã chỉ tiêu", rows[i][0]);
      WorkbookEdits.put(sheet, i + 1, "Kỳ", rows[i][1]);
      WorkbookEdits.put(sheet, i + 1, "Giá trị", rows[i][2]);
    }
    byte[] file = WorkbookEdits.save(workbook);
    long events = outboxEvents();
    JsonPath problem =
        upload(
                OFFICER_STC,
                "/api/v1/indicators/measurements-workbook",
                file,
                Map.of("planId", plan))
            .then()
            .statusCode(422)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    List<Map<String, Object>> errors = problem.getList("errors");
    assertThat(errors)
        .extracting(e -> e.get("row"), e -> e.get("column"), e -> e.get("message"))
        .containsExactly(
            tuple(3, null, "only the monitoring organization records values of indicator 6"),
            tuple(4, "Giá trị", "a number, like 12,5"),
            tuple(5, "Kỳ", "outside the plan's horizon 2025–2030 for this indicator"),
            tuple(6, "Kỳ", "has not begun yet"),
            tuple(7, "Giá trị", "required with the period"));
    assertThat(values(indicators.get("5").get("id"))).as("the valid row was rolled back").isEmpty();
    assertThat(outboxEvents()).isEqualTo(events);

    upload(VIEWER, "/api/v1/indicators/measurements-workbook", file, Map.of("planId", plan))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    upload(OFFICER_STC, "/api/v1/indicators/workbook", file, Map.of("planId", plan))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    upload(
            OFFICER_STC,
            "/api/v1/indicators/measurements-workbook",
            file,
            Map.of("planId", plan, "mode", "apply-valid-rows"))
        .then()
        .statusCode(200)
        .body("created", org.hamcrest.Matchers.equalTo(1))
        .body("rejected", org.hamcrest.Matchers.equalTo(5));
    assertThat(values(indicators.get("5").get("id")))
        .extracting(v -> v.get("period"), v -> v.get("value"))
        .containsExactly(tuple("2025", 40));
  }

  @Test
  void whatIsNotAnXlsxWorkbookIsA400() {
    UUID plan = plan();
    upload(
            COORDINATOR,
            "/api/v1/indicators/workbook",
            "mã;tên".getBytes(StandardCharsets.UTF_8),
            Map.of("planId", plan))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("file"));
    upload(
            OFFICER_STC,
            "/api/v1/indicators/measurements-workbook",
            new byte[] {'P', 'K', 3, 4, 0, 0},
            Map.of())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].message", org.hamcrest.Matchers.equalTo("not a readable .xlsx workbook"));
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
            "/api/v1/indicators/workbook",
            "/api/v1/indicators/workbook/template",
            "/api/v1/indicators/measurements-workbook",
            "/api/v1/indicators/measurements-workbook/template")) {
      assertThat(api.getMap("paths")).as(path).containsKey(path);
      assertThat(api.getString("paths.'" + path + "'.get.description")).as(path).isNotBlank();
    }
    assertThat(api.getList("paths.'/api/v1/indicators/measurements-workbook'.post.parameters.name"))
        .contains("planId", "mode");
  }
}
