package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.plantrack.reporting.ConsolidatedContent;
import vn.plantrack.reporting.ReportContent;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Evaluation;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.ReportStatus;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TimelinessClass;

/** The common entry: formats, progress, and the stored content turned into a document. */
class ExportersTest {

  @Test
  void eachFormatHasItsMediaTypeAndExtension() {
    assertThat(ExportFormat.XLSX.mediaType)
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(ExportFormat.DOCX.mediaType)
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(ExportFormat.PDF.mediaType).isEqualTo("application/pdf");
    assertThat(ExportFormat.values())
        .extracting(f -> f.extension)
        .containsExactly("xlsx", "docx", "pdf");
  }

  @Test
  void everyFormatWritesItsMagicNumberAndReportsProgressToTheEnd() throws IOException {
    ConsolidatedReportDocument d = KonTumReport.document(25);
    for (ExportFormat format : ExportFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      List<Integer> progress = new ArrayList<>();
      Exporters.write(d, format, out, progress::add);
      byte[] bytes = out.toByteArray();
      String start = new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(start).as(format.name()).isEqualTo(format == ExportFormat.PDF ? "%PDF" : "PK\3\4");
      assertThat(progress).as(format.name()).isSorted().endsWith(100);
    }
  }

  @Test
  void theLabelsAreTheVietnameseOfTheCodes() {
    assertThat(TimelinessClass.values())
        .extracting(c -> c.label)
        .containsExactly(
            "Hoàn thành đúng hạn",
            "Hoàn thành quá hạn",
            "Đang thực hiện trong hạn",
            "Quá hạn chưa hoàn thành",
            "Thường xuyên",
            "Chờ điều kiện");
    assertThat(Evaluation.values())
        .extracting(e -> e.label)
        .containsExactly(
            "Đạt",
            "Không đạt",
            "Đúng tiến độ",
            "Có nguy cơ không đạt",
            "Chưa có số liệu",
            "Cần đánh giá");
    assertThat(Labels.period("2025-Q4")).isEqualTo("quý IV năm 2025");
    assertThat(Labels.abbreviation("Sở Khoa học và Công nghệ")).isEqualTo("SKHCN");
    assertThat(Labels.abbreviation("Sở Thông tin và Truyền thông")).isEqualTo("STTTT");
  }

  @Test
  void theStoredContentBecomesADocument() throws IOException {
    ConsolidatedContent content =
        new ConsolidatedContent(
            "1570/KH-UBND",
            "Triển khai thực hiện Nghị quyết 71/NQ-CP",
            "KT",
            "2025-H1",
            LocalDate.of(2024, 12, 15),
            LocalDate.of(2025, 6, 14),
            LocalDate.of(2025, 6, 14),
            Instant.parse("2025-06-09T17:00:00Z"),
            Map.of("COMPLETED_ON_TIME", 1, "OVERDUE", 1, "SOMETHING_NEW", 5),
            Map.of("ON_TRACK", 1),
            2,
            1,
            1,
            List.of(
                new ConsolidatedContent.Unit(
                    UUID.randomUUID(),
                    "Công an tỉnh",
                    Map.of("COMPLETED_ON_TIME", 1, "OVERDUE", 1),
                    2,
                    "ACCEPTED",
                    Instant.parse("2025-06-09T03:00:00Z"),
                    true,
                    "Hoàn thành làm sạch dữ liệu dân cư.",
                    null,
                    null)),
            List.of(
                new ReportContent.TaskLine(
                    UUID.randomUUID(),
                    "38.12",
                    "CSDL định danh điện tử",
                    "6/2026",
                    "IN_PROGRESS",
                    60,
                    "OVERDUE",
                    "Đang kết nối",
                    List.of(new ReportContent.Agency(UUID.randomUUID(), "Công an tỉnh")),
                    List.of(
                        new ReportContent.Agency(UUID.randomUUID(), "Sở Tư pháp"),
                        new ReportContent.Agency(UUID.randomUUID(), "UBND các huyện")))),
            List.of(
                new ReportContent.IndicatorLine(
                    UUID.randomUUID(),
                    "6",
                    "Quy mô kinh tế số",
                    "% GRDP",
                    2030,
                    "≥ 25",
                    "2024",
                    "12",
                    "ON_TRACK",
                    null)));
    ConsolidatedReportDocument d =
        DocumentMapping.from(
            content,
            "Sở Khoa học và Công nghệ",
            "Tỉnh Kon Tum",
            3,
            Instant.parse("2025-06-12T02:30:00Z"),
            "ISSUED");
    assertThat(d.header().periodLabel()).isEqualTo("6 tháng đầu năm 2025");
    assertThat(d.header().issuedAt().toString()).isEqualTo("2025-06-12T09:30+07:00");
    assertThat(d.totals().tasks()).isEqualTo(2); // the unknown class is left out
    assertThat(d.totals().count(TimelinessClass.OVERDUE)).isEqualTo(1);
    assertThat(d.units().get(0).reportStatus()).isEqualTo(ReportStatus.ACCEPTED);
    assertThat(d.units().get(0).submittedAt().getHour()).isEqualTo(10);
    assertThat(d.tasks().get(0).timeliness()).isEqualTo(TimelinessClass.OVERDUE);
    assertThat(d.tasks().get(0).leadOrgNames()).containsExactly("Công an tỉnh");
    assertThat(d.tasks().get(0).cooperatingOrgNames())
        .containsExactly("Sở Tư pháp", "UBND các huyện");
    assertThat(d.indicators().get(0).latestValue()).isEqualTo("12 (2024)");
    assertThat(d.compliance().receivedOnTime()).isEqualTo(1);

    // The older entry, from the stored content, still writes every format.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.write(
        content, ExportFormat.XLSX, "Sở Khoa học và Công nghệ", "Tỉnh Kon Tum", out, p -> {});
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var task = wb.getSheet("Nhiệm vụ").getRow(1);
      assertThat(task.getCell(1).getStringCellValue()).isEqualTo("CSDL định danh điện tử");
      assertThat(task.getCell(2).getStringCellValue()).isEqualTo("Công an tỉnh");
      assertThat(task.getCell(3).getStringCellValue()).isEqualTo("Sở Tư pháp; UBND các huyện");
    }
  }
}
