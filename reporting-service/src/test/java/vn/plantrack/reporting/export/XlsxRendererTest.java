package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plantrack.reporting.export.KonTumReport.CONG_AN;
import static vn.plantrack.reporting.export.KonTumReport.SKHCN;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook opens in POI again, with its Vietnamese sheets, headers and values intact. */
class XlsxRendererTest {

  static XSSFWorkbook export(ConsolidatedReportDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.write(d, ExportFormat.XLSX, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void oneSheetPerPartWithVietnameseNames() throws IOException {
    try (XSSFWorkbook wb = export(KonTumReport.document(30))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("Tổng hợp", "Nhiệm vụ", "Chỉ tiêu", "Tình hình báo cáo");
    }
  }

  @Test
  void theTasksSheetHasABoldFrozenHeaderAndOneRowPerTask() throws IOException {
    try (XSSFWorkbook wb = export(KonTumReport.document(30))) {
      Sheet tasks = wb.getSheet("Nhiệm vụ");
      assertThat(texts(tasks.getRow(0)))
          .containsExactly(
              "TT",
              "Nhiệm vụ",
              "Cơ quan chủ trì",
              "Cơ quan phối hợp",
              "Thời gian hoàn thành",
              "Trạng thái",
              "Tiến độ (%)",
              "Phân loại",
              "Tình hình thực hiện mới nhất");
      assertThat(wb.getFontAt(tasks.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(tasks.getPaneInformation().isFreezePane()).isTrue();
      assertThat(tasks.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(tasks.getRow(1).getCell(1).getCellStyle().getWrapText()).isTrue();
      assertThat(tasks.getColumnWidth(1)).isEqualTo(60 * 256);
      assertThat(tasks.getPhysicalNumberOfRows()).isEqualTo(30 + 1);

      Row cadastre = tasks.getRow(8); // the 8th task: 38.12
      assertThat(cadastre.getCell(0).getStringCellValue()).isEqualTo("38.12");
      assertThat(cadastre.getCell(1).getStringCellValue()).isEqualTo("CSDL định danh điện tử");
      assertThat(cadastre.getCell(2).getStringCellValue()).isEqualTo(CONG_AN);
      assertThat(cadastre.getCell(7).getStringCellValue()).isEqualTo("Đang thực hiện trong hạn");
      assertThat(cadastre.getCell(6).getNumericCellValue()).isEqualTo(60);
      Row fifth = tasks.getRow(5);
      assertThat(fifth.getCell(2).getStringCellValue()).isEqualTo(SKHCN);
      assertThat(fifth.getCell(3).getStringCellValue())
          .isEqualTo("Các sở, ngành, địa phương; các doanh nghiệp Viễn thông");
    }
  }

  @Test
  void theSummaryHasTheHeadingAndEveryClassWithItsVietnameseLabel() throws IOException {
    try (XSSFWorkbook wb = export(KonTumReport.document(12))) {
      Sheet summary = wb.getSheet("Tổng hợp");
      assertThat(summary.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("BÁO CÁO TỔNG HỢP 6 THÁNG ĐẦU NĂM 2025");
      List<String> labels = new ArrayList<>();
      summary.forEach(
          r -> labels.add(r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue()));
      assertThat(labels)
          .contains(
              "Hoàn thành đúng hạn",
              "Hoàn thành quá hạn",
              "Đang thực hiện trong hạn",
              "Quá hạn chưa hoàn thành",
              "Thường xuyên",
              "Chờ điều kiện",
              "Đạt",
              "Không đạt",
              "Đúng tiến độ",
              "Có nguy cơ không đạt",
              "Chưa có số liệu",
              "Cần đánh giá",
              "Đơn vị phải báo cáo");
      assertThat(value(summary, "Cơ quan tổng hợp")).isEqualTo(SKHCN);
      assertThat(value(summary, "Kế hoạch"))
          .startsWith(
              "Kết quả thực hiện Kế hoạch số 1570/KH-UBND ngày 08/05/2025 của UBND tỉnh về");
      // 12 seed tasks: 7 in progress within the deadline (58.3%).
      Row inProgress = row(summary, "Đang thực hiện trong hạn");
      assertThat(inProgress.getCell(1).getNumericCellValue()).isEqualTo(7);
      assertThat(inProgress.getCell(2).getNumericCellValue()).isCloseTo(7 / 12.0, within());
      assertThat(row(summary, "Gửi đúng hạn").getCell(1).getNumericCellValue()).isEqualTo(2);
    }
  }

  @Test
  void theIndicatorAndComplianceSheetsHoldTheAnnexes() throws IOException {
    try (XSSFWorkbook wb = export(KonTumReport.document(12))) {
      Sheet indicators = wb.getSheet("Chỉ tiêu");
      assertThat(indicators.getPhysicalNumberOfRows()).isEqualTo(8 + 1);
      assertThat(indicators.getRow(0).getCell(3).getStringCellValue())
          .isEqualTo("Cơ quan chủ trì theo dõi, đánh giá");
      Row rank = indicators.getRow(2);
      assertThat(rank.getCell(1).getStringCellValue()).isEqualTo("Xếp hạng năng lực cạnh tranh số");
      assertThat(rank.getCell(6).getStringCellValue()).isEqualTo("45 các tỉnh, thành");
      assertThat(rank.getCell(5).getNumericCellValue()).isEqualTo(2030);
      assertThat(rank.getCell(8).getStringCellValue()).isEqualTo("Có nguy cơ không đạt");
      assertThat(indicators.getRow(3).getCell(6).getStringCellValue()).isEqualTo("≥ 25");

      Sheet units = wb.getSheet("Tình hình báo cáo");
      assertThat(units.getPaneInformation().isFreezePane()).isTrue();
      assertThat(units.getPhysicalNumberOfRows()).isEqualTo(4 + 1);
      assertThat(texts(units.getRow(0)))
          .contains("Đơn vị", "Hoàn thành đúng hạn", "Trạng thái báo cáo", "Khó khăn, vướng mắc");
      Row police = units.getRow(3);
      assertThat(police.getCell(1).getStringCellValue()).isEqualTo(CONG_AN);
      assertThat(police.getCell(2).getNumericCellValue()).isEqualTo(4);
      assertThat(police.getCell(9).getStringCellValue()).isEqualTo("Đã tiếp nhận");
      assertThat(police.getCell(10).getStringCellValue()).isEqualTo("10:00 09/06/2025");
      assertThat(police.getCell(14).getStringCellValue()).isEqualTo(KonTumReport.PROPOSAL_CONG_AN);
      Row late = units.getRow(2);
      assertThat(late.getCell(11).getStringCellValue()).isEqualTo("Muộn");
      Row missing = units.getRow(4);
      assertThat(missing.getCell(9).getStringCellValue()).isEqualTo("Chưa báo cáo");
      assertThat(missing.getCell(10).getStringCellValue()).isEmpty();
    }
  }

  @Test
  void twentyThousandTasksAndAThousandIndicatorsExport() throws IOException {
    ConsolidatedReportDocument base = KonTumReport.document(20_000);
    List<ConsolidatedReportDocument.IndicatorRow> many = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      var seed = base.indicators().get(i % base.indicators().size());
      many.add(
          new ConsolidatedReportDocument.IndicatorRow(
              seed.code() + "." + i,
              seed.name(),
              seed.unit(),
              seed.monitoringOrgNames(),
              seed.baseline(),
              seed.target(),
              seed.milestoneYear(),
              seed.latestValue(),
              seed.evaluation()));
    }
    ConsolidatedReportDocument big =
        new ConsolidatedReportDocument(
            base.header(), base.totals(), base.units(), base.tasks(), many, base.compliance());
    try (XSSFWorkbook wb = export(big)) {
      Sheet tasks = wb.getSheet("Nhiệm vụ");
      assertThat(tasks.getPhysicalNumberOfRows()).isEqualTo(20_000 + 1);
      assertThat(tasks.getLastRowNum()).isEqualTo(20_000);
      assertThat(tasks.getRow(20_000).getCell(0).getStringCellValue()).isEqualTo("38.12.1666");
      assertThat(wb.getSheet("Chỉ tiêu").getPhysicalNumberOfRows()).isEqualTo(1_000 + 1);
    }
  }

  @Test
  void aTextLongerThanACellHoldsIsCut() {
    assertThat(XlsxRenderer.text("ệ".repeat(40_000))).hasSize(32_767).endsWith("…");
    assertThat(XlsxRenderer.text("a\u0001b\nc")).isEqualTo("a b\nc");
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell c : row) {
      out.add(c.getStringCellValue());
    }
    return out;
  }

  private static Row row(Sheet sheet, String label) {
    for (Row r : sheet) {
      if (r.getCell(0) != null && label.equals(r.getCell(0).getStringCellValue())) {
        return r;
      }
    }
    throw new AssertionError("no row " + label);
  }

  private static String value(Sheet sheet, String label) {
    return row(sheet, label).getCell(1).getStringCellValue();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
