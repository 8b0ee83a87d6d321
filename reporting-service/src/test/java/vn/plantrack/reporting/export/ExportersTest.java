package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.plantrack.reporting.ConsolidatedContent;
import vn.plantrack.reporting.ReportContent;

/** The three documents open, read back, and show the Vietnamese text as written. */
class ExportersTest {
  static final String ISSUER = "Sở Khoa học và Công nghệ";
  static final String PROVINCE = "Tỉnh Kon Tum";
  static final String LETTERS = "ệ ộ ữ ẫ ằ ỹ ử Đ đ";

  static ConsolidatedContent content(int tasks) {
    Map<String, Integer> timeliness = new LinkedHashMap<>();
    timeliness.put("COMPLETED_ON_TIME", 2);
    timeliness.put("COMPLETED_LATE", 1);
    timeliness.put("IN_PROGRESS_WITHIN_DEADLINE", tasks - 3);
    timeliness.put("OVERDUE", 0);
    timeliness.put("ONGOING", 0);
    timeliness.put("AWAITING_CONDITION", 0);
    Map<String, Integer> evaluations = new LinkedHashMap<>();
    evaluations.put("ON_TRACK", 1);
    evaluations.put("AT_RISK", 1);
    List<ReportContent.TaskLine> lines = new ArrayList<>();
    for (int i = 1; i <= tasks; i++) {
      lines.add(
          new ReportContent.TaskLine(
              UUID.randomUUID(),
              "38." + i,
              "Triển khai đưa vào khai thác hiệu quả cơ sở dữ liệu quốc gia số "
                  + i
                  + " — kiểm thử chữ: "
                  + LETTERS,
              "6/2026",
              i % 3 == 0 ? "COMPLETED" : "IN_PROGRESS",
              i % 3 == 0 ? 100 : 40,
              i % 3 == 0 ? "COMPLETED_ON_TIME" : "IN_PROGRESS_WITHIN_DEADLINE",
              "Đã hoàn thành việc rà soát dữ liệu"));
    }
    List<ReportContent.IndicatorLine> indicators =
        List.of(
            new ReportContent.IndicatorLine(
                UUID.randomUUID(),
                "6",
                "Quy mô kinh tế số",
                "% GRDP",
                2030,
                "≥ 25",
                "2025",
                "12",
                "ON_TRACK",
                null),
            new ReportContent.IndicatorLine(
                UUID.randomUUID(),
                "2",
                "Xếp hạng năng lực cạnh tranh số",
                "Thứ bậc",
                2030,
                "45 các tỉnh, thành",
                "2025",
                "50",
                "AT_RISK",
                null));
    List<ConsolidatedContent.Unit> units =
        List.of(
            new ConsolidatedContent.Unit(
                UUID.randomUUID(),
                "Sở Tài chính",
                timeliness,
                tasks,
                "SUBMITTED",
                Instant.parse("2025-06-10T02:00:00Z"),
                true,
                "Hoàn thành 38.1 đúng hạn.",
                "Thiếu nhân lực công nghệ thông tin.",
                "Đề nghị bổ sung kinh phí năm 2026."),
            new ConsolidatedContent.Unit(
                UUID.randomUUID(),
                "Công an tỉnh",
                timeliness,
                3,
                "NOT_STARTED",
                null,
                null,
                null,
                null,
                null));
    return new ConsolidatedContent(
        "1570/KH-UBND",
        "Triển khai thực hiện Nghị quyết 71/NQ-CP và Chương trình số 95-CTr/TU",
        "KT",
        "2025-H1",
        LocalDate.of(2024, 12, 15),
        LocalDate.of(2025, 6, 14),
        Instant.parse("2025-06-15T17:00:00Z"),
        timeliness,
        evaluations,
        2,
        1,
        1,
        units,
        lines,
        indicators);
  }

  static byte[] export(ConsolidatedContent c, ExportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomicInteger last = new AtomicInteger();
    Exporters.write(c, format, ISSUER, PROVINCE, out, last::set);
    assertThat(last.get()).isEqualTo(100);
    return out.toByteArray();
  }

  @Test
  void theWorkbookHasOneSheetPerAnnexInVietnamese() throws IOException {
    byte[] xlsx = export(content(30), ExportFormat.XLSX);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
      assertThat(wb.getSheet("Nhiệm vụ").getLastRowNum()).isEqualTo(30);
      assertThat(wb.getSheet("Nhiệm vụ").getRow(0).getCell(2).getStringCellValue())
          .isEqualTo("Nhiệm vụ");
      assertThat(wb.getSheet("Nhiệm vụ").getRow(1).getCell(2).getStringCellValue())
          .contains(LETTERS);
      assertThat(wb.getSheet("Chỉ tiêu").getRow(2).getCell(4).getStringCellValue())
          .isEqualTo("45 các tỉnh, thành");
      assertThat(wb.getSheet("Tình hình báo cáo").getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("Công an tỉnh");
    }
  }

  @Test
  void twentyThousandTasksExport() throws IOException {
    byte[] xlsx = export(content(20_000), ExportFormat.XLSX);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheet("Nhiệm vụ").getLastRowNum()).isEqualTo(20_000);
    }
  }

  @Test
  void theDocumentHasTheAdministrativeLayout() throws IOException {
    byte[] docx = export(content(12), ExportFormat.DOCX);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      String all = text.getText();
      assertThat(all)
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc")
          .contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
          .contains("BÁO CÁO")
          .contains("6 tháng đầu năm 2025")
          .contains("Thiếu nhân lực công nghệ thông tin.")
          .contains("PHỤ LỤC I")
          .contains(LETTERS);
      // Heading, totals, evaluations, units, tasks (header + 12), indicators (header + 2).
      assertThat(doc.getTables()).hasSize(6);
      assertThat(doc.getTables().get(4).getRows()).hasSize(13);
    }
  }

  @Test
  void thePdfEmbedsItsFontAndRendersEveryDiacritic() throws IOException {
    byte[] pdf = export(content(60), ExportFormat.PDF);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Hoàn thành đúng hạn")
          .contains("Sở Tài chính")
          .contains("Đề nghị bổ sung kinh phí năm 2026.")
          .contains("ệ ộ ữ ẫ ằ ỹ ử Đ đ");
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        PDFont font = doc.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
      assertThat(doc.getNumberOfPages()).isGreaterThan(2);
      // A picture of the first page, to look at: target/export-check/page1.png.
      Path png = Path.of("target/export-check/page1.png");
      Files.createDirectories(png.getParent());
      ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 100), "png", png.toFile());
      Path annex = Path.of("target/export-check/page3.png");
      ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(2, 100), "png", annex.toFile());
    }
  }
}
