package vn.plantrack.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.plantrack.platform.problem.Problem;
import vn.plantrack.platform.problem.ProblemException;

/** The spreadsheet package on real workbooks, written and read with POI: no service, no mocks. */
class SpreadsheetTest {
  static final List<Choice> STATUSES =
      List.of(
          Choice.of("NOT_STARTED", "Chưa bắt đầu"),
          Choice.of("IN_PROGRESS", "Đang thực hiện"),
          Choice.of("COMPLETED", "Đã hoàn thành"));
  static final List<Choice> ORGS =
      List.of(
          Choice.of("KT.STC", "Sở Tài chính"),
          Choice.of("KT.CAT", "Công an tỉnh"),
          Choice.of("KT.SKHCN", "Sở Khoa học và Công nghệ"),
          Choice.of("KT.G.SO", "Các sở, ban, ngành, địa phương"));

  static final SheetDefinition SHEET =
      new SheetDefinition(
          "Nhiệm vụ",
          "Mẫu nhập nhiệm vụ",
          List.of("Mỗi dòng là một nhiệm vụ của kế hoạch."),
          List.of(
              Column.uuid("id", "Mã hệ thống").help("Để nguyên khi sửa."),
              Column.text("code", "Mã nhiệm vụ")
                  .mandatory()
                  .maxLength(40)
                  .pattern("[0-9A-Za-z][0-9A-Za-z.\\-]*", "như 38.12")
                  .help("Số thứ tự của nhiệm vụ trong kế hoạch."),
              Column.text("title", "Tên nhiệm vụ").mandatory().maxLength(4000),
              Column.list("leadOrgs", "Cơ quan chủ trì").mandatory().maxLength(20).choices(ORGS),
              Column.choice("status", "Trạng thái", STATUSES),
              Column.integer("percent", "Tiến độ (%)", 0, 100),
              Column.number("value", "Giá trị"),
              Column.date("completedOn", "Ngày hoàn thành"),
              Column.text("timeliness", "Tình trạng thời hạn").viewOnly(),
              Column.atLeast("version", "Phiên bản", 0)));

  static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    workbook.close();
    return out.toByteArray();
  }

  static byte[] template(SheetDefinition sheet) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SheetWriter.template(sheet, out);
    return out.toByteArray();
  }

  static byte[] export(SheetDefinition sheet, List<Map<String, Object>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SheetWriter.export(sheet, rows, out);
    return out.toByteArray();
  }

  /** A workbook typed by a person: one sheet, the given header and rows (null leaves a gap). */
  static byte[] typed(List<String> header, List<List<Object>> rows) throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Nhiệm vụ");
    Row h = sheet.createRow(0);
    for (int i = 0; i < header.size(); i++) {
      h.createCell(i).setCellValue(header.get(i));
    }
    CellStyle dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    CellStyle percentStyle = workbook.createCellStyle();
    percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0%"));
    for (int r = 0; r < rows.size(); r++) {
      List<Object> values = rows.get(r);
      if (values == null) {
        continue;
      }
      Row row = sheet.createRow(r + 1);
      for (int i = 0; i < values.size(); i++) {
        Object v = values.get(i);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        if (v instanceof Double d) {
          cell.setCellValue(d);
        } else if (v instanceof Percent p) {
          cell.setCellValue(p.value());
          cell.setCellStyle(percentStyle);
        } else if (v instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(dateStyle);
        } else if (v instanceof FormulaError e) {
          cell.setCellErrorValue(e.getCode());
        } else {
          cell.setCellValue(v.toString());
        }
      }
    }
    return bytes(workbook);
  }

  record Percent(double value) {}

  static final List<String> HEADER =
      List.of(
          "Mã nhiệm vụ",
          "Tên nhiệm vụ",
          "Cơ quan chủ trì",
          "Trạng thái",
          "Tiến độ (%)",
          "Giá trị",
          "Ngày hoàn thành");

  @Test
  void theTemplateHasItsChecksListsAndInstructions() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(SHEET)))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      assertThat(workbook.getSheetName(0)).isEqualTo("Nhiệm vụ");
      assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
      assertThat(workbook.getSheetName(2)).isEqualTo("Danh sách");
      assertThat(workbook.isSheetHidden(2)).as("the list sheet is hidden").isTrue();
      assertThat(workbook.isSheetHidden(1)).isFalse();

      XSSFSheet data = workbook.getSheetAt(0);
      List<String> headers = new ArrayList<>();
      data.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .containsExactly(
              "Mã hệ thống",
              "Mã nhiệm vụ *",
              "Tên nhiệm vụ *",
              "Cơ quan chủ trì *",
              "Trạng thái",
              "Tiến độ (%)",
              "Giá trị",
              "Ngày hoàn thành",
              "Tình trạng thời hạn",
              "Phiên bản");
      assertThat(data.getPaneInformation().isFreezePane()).isTrue();
      assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(
              data.getCellComment(new org.apache.poi.ss.util.CellAddress("B1"))
                  .getString()
                  .getString())
          .contains("Số thứ tự", "Bắt buộc");

      List<? extends DataValidation> validations = data.getDataValidations();
      assertThat(validations)
          .extracting(
              v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(),
              v -> v.getValidationConstraint().getValidationType(),
              DataValidation::getShowErrorBox)
          .contains(
              tuple(1, DataValidationConstraint.ValidationType.TEXT_LENGTH, true),
              tuple(3, DataValidationConstraint.ValidationType.LIST, false),
              tuple(4, DataValidationConstraint.ValidationType.LIST, true),
              tuple(5, DataValidationConstraint.ValidationType.INTEGER, true),
              tuple(7, DataValidationConstraint.ValidationType.DATE, true),
              tuple(9, DataValidationConstraint.ValidationType.INTEGER, true));
      DataValidation status =
          validations.stream()
              .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 4)
              .findFirst()
              .orElseThrow();
      assertThat(status.getRegions().getCellRangeAddress(0).getLastRow())
          .isEqualTo(SheetReader.MAX_ROWS);
      String listName = status.getValidationConstraint().getFormula1();
      String refersTo = workbook.getName(listName).getRefersToFormula();
      assertThat(refersTo).startsWith("'Danh sách'!");
      XSSFSheet lists = workbook.getSheetAt(2);
      int col =
          new org.apache.poi.ss.util.CellReference(refersTo.split("!")[1].split(":")[0]).getCol();
      List<String> labels = new ArrayList<>();
      for (int r = 1; r <= 3; r++) {
        labels.add(lists.getRow(r).getCell(col).getStringCellValue());
      }
      assertThat(labels).containsExactly("Chưa bắt đầu", "Đang thực hiện", "Đã hoàn thành");

      XSSFSheet instructions = workbook.getSheetAt(1);
      Map<String, List<String>> byColumn = new LinkedHashMap<>();
      for (Row row : instructions) {
        if (row.getCell(0) != null && row.getCell(4) != null) {
          List<String> cells = new ArrayList<>();
          row.forEach(c -> cells.add(c.getStringCellValue()));
          byColumn.put(cells.get(0), cells);
        }
      }
      assertThat(byColumn.keySet())
          .contains("Mã nhiệm vụ", "Tên nhiệm vụ", "Trạng thái", "Tình trạng thời hạn");
      assertThat(byColumn.get("Mã nhiệm vụ")).containsSequence("Mã nhiệm vụ", "Có");
      assertThat(byColumn.get("Mã nhiệm vụ").get(2)).contains("tối đa 40 ký tự", "như 38.12");
      assertThat(byColumn.get("Trạng thái").get(1)).isEqualTo("Không");
      assertThat(byColumn.get("Trạng thái").get(4))
          .contains("Đang thực hiện (IN_PROGRESS)", "Đã hoàn thành (COMPLETED)");
      assertThat(byColumn.get("Tình trạng thời hạn").get(1)).isEqualTo("Chỉ để xem");
      assertThat(byColumn.get("Phiên bản").get(2)).isEqualTo("Số, số nguyên, từ 0 trở lên");
      assertThat(instructions.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Mẫu nhập nhiệm vụ");
    }
    // An empty template reads as no rows and no errors.
    ReadResult empty = SheetReader.read(template(SHEET), SHEET);
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.errors()).isEmpty();
  }

  @Test
  void anExportReadsBackAsItWasWritten() throws IOException {
    UUID id = UUID.nameUUIDFromBytes("task/38.12".getBytes(StandardCharsets.UTF_8));
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("code", "38.10");
    row.put(
        "title",
        "Xây dựng Kế hoạch định hướng tuyên truyền nội dung Nghị quyết 57-NQ/TW; Chương trình"
            + " 95- CTr/TU");
    row.put("leadOrgs", List.of("KT.STC", "KT.G.SO"));
    row.put("status", "IN_PROGRESS");
    row.put("percent", 60);
    row.put("value", new BigDecimal("0.7"));
    row.put("completedOn", LocalDate.of(2025, 6, 30));
    row.put("timeliness", "Đang thực hiện trong hạn");
    row.put("version", 12L);
    Map<String, Object> second = new LinkedHashMap<>();
    second.put("code", "1");
    second.put("title", "Nhiệm vụ thứ hai");
    second.put("leadOrgs", List.of("KT.CAT"));
    byte[] file = export(SHEET, List.of(row, second));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Row written = workbook.getSheetAt(0).getRow(1);
      assertThat(written.getCell(3).getStringCellValue())
          .as("lists are written as labels")
          .isEqualTo("Sở Tài chính; Các sở, ban, ngành, địa phương");
      assertThat(written.getCell(4).getStringCellValue()).isEqualTo("Đang thực hiện");
    }

    ReadResult read = SheetReader.read(file, SHEET);
    assertThat(read.errors()).isEmpty();
    assertThat(read.rows()).hasSize(2);
    SheetRow first = read.rows().get(0);
    assertThat(first.number()).isEqualTo(2);
    assertThat(first.uuid("id")).isEqualTo(id);
    assertThat(first.text("code")).as("text stays text: 38.10 is not 38.1").isEqualTo("38.10");
    assertThat(first.text("title")).isEqualTo(row.get("title"));
    assertThat(first.list("leadOrgs")).containsExactly("KT.STC", "KT.G.SO");
    assertThat(first.choice("status")).isEqualTo("IN_PROGRESS");
    assertThat(first.integer("percent")).isEqualTo(60);
    assertThat(first.number("value")).isEqualByComparingTo("0.7");
    assertThat(first.date("completedOn")).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(first.has("timeliness")).as("view-only columns are not read").isFalse();
    assertThat(first.number("version")).isEqualByComparingTo("12");
    assertThat(first.cell("title")).isEqualTo("C2");
    SheetRow next = read.rows().get(1);
    assertThat(next.blank("status")).isTrue();
    assertThat(next.has("status")).isTrue();
  }

  @Test
  void anExportEditedWithAnotherProgramReadsTheEdits() throws IOException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", "38.1");
    row.put("title", "Cơ sở dữ liệu quốc gia về Bảo hiểm");
    row.put("leadOrgs", List.of("KT.STC"));
    row.put("status", "NOT_STARTED");
    XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(SHEET, List.of(row))));
    Row written = workbook.getSheetAt(0).getRow(1);
    written.getCell(2).setCellValue("Tiếp nhận và quản lý hồ sơ");
    written.getCell(4).setCellValue("Đang thực hiện");
    ReadResult read = SheetReader.read(bytes(workbook), SHEET);
    assertThat(read.errors()).isEmpty();
    assertThat(read.rows().get(0).text("title")).isEqualTo("Tiếp nhận và quản lý hồ sơ");
    assertThat(read.rows().get(0).choice("status")).isEqualTo("IN_PROGRESS");

    // An inline string with a value written over it (what POI leaves): the value is the cell's.
    String sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã nhiệm vụ</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>Tên nhiệm vụ</t></is></c>"
            + "<c r=\"C1\" t=\"inlineStr\"><is><t>Cơ quan chủ trì</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>38.2</t></is></c>"
            + "<c r=\"B2\" t=\"inlineStr\"><v>Mới</v><is><t>Cũ</t></is></c>"
            + "<c r=\"C2\" t=\"inlineStr\"><is><r><t>Sở Tài </t></r><r><t>chính</t></r>"
            + "<rPh><t>phonetic</t></rPh></is></c></row>"
            + "</sheetData></worksheet>";
    ReadResult inline =
        SheetReader.read(replaceEntry(template(SHEET), "xl/worksheets/sheet1.xml", sheet), SHEET);
    assertThat(inline.errors()).isEmpty();
    assertThat(inline.rows().get(0).text("title")).isEqualTo("Mới");
    assertThat(inline.rows().get(0).list("leadOrgs")).containsExactly("KT.STC");
  }

  @Test
  void enumerationsCarryTheLabelsTheApiServes() {
    assertThat(EnumChoices.of("TaskStatus"))
        .extracting(Choice::value)
        .containsExactly("NOT_STARTED", "IN_PROGRESS", "COMPLETED", "PAUSED", "CANCELLED");
    assertThat(EnumChoices.label("Timeliness", "OVERDUE")).isEqualTo("Chưa hoàn thành, quá hạn");
    assertThat(EnumChoices.label("Timeliness", "UNKNOWN")).isEqualTo("UNKNOWN");
    assertThatThrownBy(() -> EnumChoices.of("Nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void columnsAreFoundByHeaderWhateverTheirOrderCaseAndDiacritics() throws IOException {
    byte[] file =
        typed(
            List.of("Ghi chú riêng", "TRẠNG THÁI", "ten nhiem vu *", "co quan chu tri", "code"),
            List.of(List.of("bỏ qua", "dang thuc hien", "Nhiệm vụ 5", "công an tỉnh", "5")));
    ReadResult read = SheetReader.read(file, SHEET);
    assertThat(read.errors()).isEmpty();
    SheetRow row = read.rows().get(0);
    assertThat(row.text("code")).isEqualTo("5");
    assertThat(row.text("title")).isEqualTo("Nhiệm vụ 5");
    assertThat(row.choice("status")).isEqualTo("IN_PROGRESS");
    assertThat(row.list("leadOrgs")).containsExactly("KT.CAT");
    assertThat(row.has("percent")).as("a column left out").isFalse();
  }

  @Test
  void cellsAreReadAsPeopleTypeThem() throws IOException {
    byte[] file =
        typed(
            HEADER,
            List.of(
                List.of(
                    38.12,
                    "Tên",
                    "Sở Tài chính; KT.CAT\nsở khoa học và công nghệ",
                    "Đã hoàn thành",
                    new Percent(0.6),
                    "0,7",
                    LocalDate.of(2025, 6, 30)),
                List.of("38.110", "Tên", "KT.STC", "completed", 100.0, "1.234,5", "30/06/2025"),
                List.of("7", "Tên", "kt.stc", "COMPLETED", "60%", "1,234.5", "2025-06-30")));
    ReadResult read = SheetReader.read(file, SHEET);
    assertThat(read.errors()).isEmpty();
    SheetRow a = read.rows().get(0);
    assertThat(a.text("code")).as("a number typed in a text column").isEqualTo("38.12");
    assertThat(a.list("leadOrgs")).containsExactly("KT.STC", "KT.CAT", "KT.SKHCN");
    assertThat(a.choice("status")).isEqualTo("COMPLETED");
    assertThat(a.integer("percent"))
        .as("60% typed in Excel is 0.6 shown as a percentage")
        .isEqualTo(60);
    assertThat(a.number("value")).isEqualByComparingTo("0.7");
    assertThat(a.date("completedOn")).isEqualTo(LocalDate.of(2025, 6, 30));
    SheetRow b = read.rows().get(1);
    assertThat(b.text("code")).isEqualTo("38.110");
    assertThat(b.number("value")).isEqualByComparingTo("1234.5");
    assertThat(b.date("completedOn")).isEqualTo(LocalDate.of(2025, 6, 30));
    SheetRow c = read.rows().get(2);
    assertThat(c.list("leadOrgs")).containsExactly("KT.STC");
    assertThat(c.integer("percent")).isEqualTo(60);
    assertThat(c.number("value")).isEqualByComparingTo("1234.5");
    assertThat(c.date("completedOn")).isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void wrongCellsAreReportedAtTheRowAndColumnExcelShows() throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("1", "Đúng", "Sở Tài chính"));
    rows.add(null);
    rows.add(null);
    rows.add(Arrays.asList(null, "Thiếu mã", "Sở Tài chính"));
    rows.add(
        List.of(
            "2 3", "Mã sai dạng", "Sở Nội vụ; Công an tỉnh", "Xong", 101.0, "nhiều", "31/02/2025"));
    rows.add(
        List.of(
            "3", "x".repeat(4001), "KT.STC", "Đang thực hiện", 12.5, FormulaError.DIV0, "2025"));
    byte[] file = typed(HEADER, rows);
    ReadResult read = SheetReader.read(file, SHEET);
    assertThat(read.rows()).extracting(SheetRow::number).containsExactly(2, 5, 6, 7);
    assertThat(read.rows().get(0).valid()).isTrue();
    assertThat(read.validRows()).hasSize(1);
    assertThat(read.errors())
        .extracting(RowError::row, RowError::column, RowError::cell, RowError::field)
        .containsExactly(
            tuple(5, "Mã nhiệm vụ", "A5", "code"),
            tuple(6, "Mã nhiệm vụ", "A6", "code"),
            tuple(6, "Cơ quan chủ trì", "C6", "leadOrgs"),
            tuple(6, "Trạng thái", "D6", "status"),
            tuple(6, "Tiến độ (%)", "E6", "percent"),
            tuple(6, "Giá trị", "F6", "value"),
            tuple(6, "Ngày hoàn thành", "G6", "completedOn"),
            tuple(7, "Tên nhiệm vụ", "B7", "title"),
            tuple(7, "Tiến độ (%)", "E7", "percent"),
            tuple(7, "Giá trị", "F7", "value"),
            tuple(7, "Ngày hoàn thành", "G7", "completedOn"));
    assertThat(read.errors())
        .extracting(RowError::message)
        .containsExactly(
            "required",
            "như 38.12",
            "\"Sở Nội vụ\" is not in the list",
            "\"Xong\" is not one of: Chưa bắt đầu, Đang thực hiện, Đã hoàn thành",
            "between 0 and 100",
            "not a number",
            "not a date (dd/mm/yyyy)",
            "at most 4000 characters",
            "a whole number",
            "the cell shows a formula error (#DIV/0!)",
            "not a date (dd/mm/yyyy)");
  }

  @Test
  void aWholeNumberWithoutUpperBoundStillFitsALong() throws IOException {
    SheetDefinition versions =
        new SheetDefinition(
            "Nhiệm vụ",
            "Phiên bản",
            List.of(),
            List.of(
                Column.text("code", "Mã").mandatory(), Column.atLeast("version", "Phiên bản", 0)));
    ReadResult read =
        SheetReader.read(
            typed(
                List.of("Mã", "Phiên bản"),
                List.of(
                    List.of("1", "9223372036854775807"), List.of("2", "1e30"), List.of("3", -1.0))),
            versions);
    assertThat(read.rows().get(0).number("version").longValueExact()).isEqualTo(Long.MAX_VALUE);
    assertThat(read.errors())
        .extracting(RowError::row, RowError::message)
        .containsExactly(tuple(3, "too large"), tuple(4, "at least 0"));
  }

  @Test
  void aLabelSharedByTwoChoicesMustBeWrittenAsItsCode() throws IOException {
    SheetDefinition twins =
        SHEET.with(
            "leadOrgs",
            c ->
                c.choices(
                    List.of(
                        Choice.of("KT.STC", "Sở Tài chính"),
                        Choice.of("BK.STC", "Sở Tài chính"),
                        Choice.of("KT.CAT", "Công an tỉnh"))));
    byte[] exported =
        export(
            twins,
            List.of(Map.of("code", "1", "title", "A", "leadOrgs", List.of("BK.STC", "KT.CAT"))));
    ReadResult back = SheetReader.read(exported, twins);
    assertThat(back.errors()).isEmpty();
    assertThat(back.rows().get(0).list("leadOrgs"))
        .as("the export wrote the code where the name is shared")
        .containsExactly("BK.STC", "KT.CAT");
    ReadResult typed =
        SheetReader.read(typed(HEADER, List.of(List.of("1", "A", "Sở Tài chính"))), twins);
    assertThat(typed.errors())
        .extracting(RowError::message)
        .containsExactly("\"Sở Tài chính\" names several: write one of KT.STC, BK.STC");
  }

  @Test
  void aMissingRequiredColumnOrAColumnTwiceIsAnErrorOfTheHeaderRow() throws IOException {
    ReadResult missing =
        SheetReader.read(
            typed(List.of("Mã nhiệm vụ", "Tên nhiệm vụ"), List.of(List.of("1", "A"))), SHEET);
    assertThat(missing.rows()).isEmpty();
    assertThat(missing.headerErrors())
        .extracting(RowError::row, RowError::column, RowError::message)
        .containsExactly(
            tuple(
                1,
                "Cơ quan chủ trì",
                "required column missing: the header row needs \"Cơ quan chủ trì\""));
    ReadResult twice =
        SheetReader.read(
            typed(
                List.of("Mã nhiệm vụ", "Tên nhiệm vụ", "Cơ quan chủ trì", "Mã nhiệm vụ *"),
                List.of(List.of("1", "A", "KT.STC", "2"))),
            SHEET);
    assertThat(twice.headerErrors())
        .extracting(RowError::cell, RowError::message)
        .containsExactly(tuple("D1", "the column appears twice"));
  }

  @Test
  void moreRowsThanTheLimitAreRefusedBeforeAnyIsConverted() throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    Sheet sheet = workbook.createSheet("Nhiệm vụ");
    Row header = sheet.createRow(0);
    for (int i = 0; i < HEADER.size(); i++) {
      header.createCell(i).setCellValue(HEADER.get(i));
    }
    for (int r = 1; r <= SheetReader.MAX_ROWS + 1; r++) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue(Integer.toString(r));
      row.createCell(1).setCellValue("Nhiệm vụ " + r);
      row.createCell(2).setCellValue("KT.STC");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    workbook.close();
    assertThatThrownBy(() -> SheetReader.read(out.toByteArray(), SHEET))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errors())
                  .extracting(Problem.FieldError::field, Problem.FieldError::message)
                  .containsExactly(
                      tuple(
                          "file",
                          "more than 5000 rows; split the workbook (every row under the header"
                              + " counts)"));
            });
  }

  @Test
  void whatIsNotAnXlsxWorkbookIsA400() throws IOException {
    assertRefused(new byte[0], "the file is empty; send an .xlsx workbook");
    assertRefused("Mã nhiệm vụ;Tên\n1;A".getBytes(StandardCharsets.UTF_8), "not an .xlsx workbook");
    byte[] xls = new byte[512];
    System.arraycopy(
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        },
        0,
        xls,
        0,
        8);
    assertRefused(xls, "an old Excel 97-2003 (.xls) workbook: save it as .xlsx and send it again");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
    }
    assertRefused(zip.toByteArray(), "not a readable .xlsx workbook");
    byte[] truncated = template(SHEET);
    assertRefused(
        java.util.Arrays.copyOf(truncated, truncated.length / 2), "not a readable .xlsx workbook");
    assertRefused(new byte[SheetReader.MAX_BYTES + 1], "larger than 10 MB");
  }

  @Test
  void aZipBombIsRefusedWhileItInflates() throws IOException {
    // A real template whose sheet is replaced by 80 MB of blanks: 80 kB on the wire.
    byte[] bomb = replaceEntry(template(SHEET), "xl/worksheets/sheet1.xml", 80);
    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertRefused(bomb, "not a readable .xlsx workbook");
  }

  @Test
  void aDoctypeWithEntitiesIsNotExpanded() throws IOException {
    byte[] file = template(SHEET);
    String sheet =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row>"
            + "</sheetData></worksheet>";
    byte[] hostile = replaceEntry(file, "xl/worksheets/sheet1.xml", sheet);
    assertRefused(hostile, "not a readable .xlsx workbook");
  }

  @Test
  void everySheetReadsAsTheRowsAPersonSeesEmptyRowsIncluded() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    var first = workbook.createSheet("Kế hoạch");
    first.createRow(1).createCell(0).setCellValue("KẾ HOẠCH");
    var row = first.createRow(4);
    row.createCell(0).setCellValue("38.1");
    row.createCell(2).setCellValue("Sở Tài chính");
    row.createCell(3).setCellValue(2026);
    workbook.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("PHỤ LỤC I");
    List<ParsedSheet> sheets = SheetReader.parseAll(bytes(workbook), 100);
    assertThat(sheets).extracting(ParsedSheet::name).containsExactly("Kế hoạch", "Phụ lục");
    assertThat(sheets.get(0).textRows())
        .containsExactly(
            List.of(),
            List.of("KẾ HOẠCH"),
            List.of(),
            List.of(),
            List.of("38.1", "", "Sở Tài chính", "2026"));
    assertThat(sheets.get(1).textRows()).containsExactly(List.of("PHỤ LỤC I"));
    // The same guards as a single sheet's reading.
    assertThatThrownBy(
            () -> SheetReader.parseAll("not an xlsx".getBytes(StandardCharsets.UTF_8), 9))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("file"));
  }

  @Test
  void numbersAreReadWithADecimalCommaOrPoint() {
    assertThat(SheetReader.parseNumber("0,7")).isEqualByComparingTo("0.7");
    assertThat(SheetReader.parseNumber("> 0,7")).isNull();
    assertThat(SheetReader.parseNumber("1.234,5")).isEqualByComparingTo("1234.5");
    assertThat(SheetReader.parseNumber("1,234.5")).isEqualByComparingTo("1234.5");
    assertThat(SheetReader.parseNumber("1.234.567")).isEqualByComparingTo("1234567");
    assertThat(SheetReader.parseNumber("12,5 %")).isEqualByComparingTo("12.5");
    assertThat(SheetReader.parseNumber("−3")).isEqualByComparingTo("-3");
    assertThat(SheetReader.parseNumber("45 các tỉnh")).isNull();
    assertThat(SheetReader.parseNumber("1e999999")).isNull();
    assertThat(SheetReader.parseNumber("")).isNull();
  }

  @Test
  void aRefusedRowIsReportedAtTheColumnsOfTheFieldsTheServiceNamed() throws IOException {
    ReadResult read = SheetReader.read(typed(HEADER, List.of(List.of("1", "A", "KT.STC"))), SHEET);
    SheetRow row = read.rows().get(0);
    ProblemException fields =
        ProblemException.invalid(
            List.of(
                new Problem.FieldError("leadOrgIds[0]", "no organization in KT"),
                new Problem.FieldError("code", "taken"),
                new Problem.FieldError("implementsTaskId", "no task")));
    assertThat(RowImports.rowErrors(row, fields, SHEET, Map.of("leadOrgIds", "leadOrgs")))
        .containsExactly(
            new RowError(2, "Cơ quan chủ trì", "C2", "leadOrgs", "no organization in KT"),
            new RowError(2, "Mã nhiệm vụ", "A2", "code", "taken"),
            RowError.ofRow(2, "implementsTaskId: no task"));
    assertThat(RowImports.rowErrors(row, ProblemException.forbidden("not yours"), SHEET, Map.of()))
        .containsExactly(RowError.ofRow(2, "not yours"));
  }

  static void assertRefused(byte[] file, String message) {
    assertThatThrownBy(() -> SheetReader.read(file, SHEET))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errors())
                  .extracting(Problem.FieldError::field, Problem.FieldError::message)
                  .containsExactly(tuple("file", message));
            });
  }

  static byte[] replaceEntry(byte[] zip, String name, int megabytesOfBlanks) throws IOException {
    return rewrite(zip, name, null, megabytesOfBlanks);
  }

  static byte[] replaceEntry(byte[] zip, String name, String content) throws IOException {
    return rewrite(zip, name, content, 0);
  }

  private static byte[] rewrite(byte[] zip, String name, String content, int megabytes)
      throws IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("spreadsheet-test", ".zip");
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    try {
      java.nio.file.Files.write(file, zip);
      try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
          ZipOutputStream out = new ZipOutputStream(result)) {
        for (ZipEntry entry : java.util.Collections.list(in.entries())) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          if (!entry.getName().equals(name)) {
            try (java.io.InputStream data = in.getInputStream(entry)) {
              data.transferTo(out);
            }
          } else if (content != null) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
          } else {
            out.write(
                ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
              out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
          }
          out.closeEntry();
        }
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    return result.toByteArray();
  }
}
