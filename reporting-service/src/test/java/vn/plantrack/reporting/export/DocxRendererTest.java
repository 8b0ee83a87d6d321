package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plantrack.reporting.export.KonTumReport.CONG_AN;
import static vn.plantrack.reporting.export.KonTumReport.SKHCN;
import static vn.plantrack.reporting.export.KonTumReport.STTTT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The DOCX opens in POI again with the layout of an administrative report. */
class DocxRendererTest {

  static byte[] bytes(ConsolidatedReportDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.write(d, ExportFormat.DOCX, out);
    Path file = Path.of("target/export-check/report.docx");
    Files.createDirectories(file.getParent());
    Files.write(file, out.toByteArray());
    return out.toByteArray();
  }

  static XWPFDocument export(ConsolidatedReportDocument d) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(bytes(d)));
  }

  @Test
  void theHeadingIsABorderlessTwoColumnTable() throws IOException {
    try (XWPFDocument doc = export(KonTumReport.document(12))) {
      XWPFTable heading = doc.getTables().get(0);
      assertThat(heading.getRows()).hasSize(1);
      XWPFTableCell left = heading.getRow(0).getCell(0);
      XWPFTableCell right = heading.getRow(0).getCell(1);
      assertThat(texts(left.getParagraphs()))
          .containsExactly(
              "UBND TỈNH KON TUM",
              "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
              "__________",
              "Số:        /BC-SKHCN");
      assertThat(texts(right.getParagraphs()))
          .startsWith(
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "_______________________",
              "Kon Tum, ngày 12 tháng 6 năm 2025");
      assertThat(left.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
      assertThat(right.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
      assertThat(right.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
      assertThat(right.getParagraphs().get(3).getRuns().get(0).isItalic()).isTrue();
      // No borders at all (and no table style that would draw them).
      assertThat(heading.getCTTbl().getTblPr().getTblBorders()).isNull();
      assertThat(heading.getStyleID()).isNull();
    }
  }

  @Test
  void aDraftLeavesTheDateToFillIn() throws IOException {
    try (XWPFDocument doc = export(KonTumReport.document(3, null));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Kon Tum, ngày …… tháng …… năm ……", "DỰ THẢO");
    }
  }

  @Test
  void theBodyHasTheTitleSectionsAndTheUnitsNarratives() throws IOException {
    try (XWPFDocument doc = export(KonTumReport.document(12))) {
      List<String> paragraphs = texts(doc.getParagraphs());
      assertThat(paragraphs)
          .contains(
              "BÁO CÁO",
              "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
              "II. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU",
              "III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ",
              "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ",
              "PHỤ LỤC I",
              "PHỤ LỤC II",
              "- " + SKHCN + ": " + KonTumReport.DIFFICULTY_SKHCN,
              "Kiểm tra chữ: " + KonTumReport.LETTERS + " ỹ ử đ.",
              "- " + CONG_AN + ": " + KonTumReport.PROPOSAL_CONG_AN,
              "Các đơn vị chưa gửi báo cáo: Sở Tài chính.",
              "Các đơn vị gửi báo cáo chậm: Sở Thông tin và Truyền thông.");
      assertThat(paragraphs)
          .anyMatch(
              p ->
                  p.startsWith(
                          "Kết quả thực hiện Kế hoạch số 1570/KH-UBND ngày 08/05/2025 của UBND tỉnh"
                              + " về triển khai thực hiện Nghị quyết 71/NQ-CP")
                      && p.endsWith("(6 tháng đầu năm 2025)"));
      assertThat(paragraphs)
          .anyMatch(
              p ->
                  p.startsWith(
                      "Tổng số nhiệm vụ được giao: 12 nhiệm vụ, trong đó: hoàn thành đúng hạn 1 (8,3%)"));

      XWPFParagraph title = paragraph(doc, "BÁO CÁO");
      assertThat(title.getAlignment().name()).isEqualTo("CENTER");
      assertThat(title.getRuns().get(0).isBold()).isTrue();
      // The unit's name in bold, its text not; Times New Roman 13 for the text.
      XWPFParagraph difficulty =
          paragraph(doc, "- " + SKHCN + ": " + KonTumReport.DIFFICULTY_SKHCN);
      XWPFRun name = difficulty.getRuns().get(0);
      XWPFRun text = difficulty.getRuns().get(1);
      assertThat(name.text()).isEqualTo("- " + SKHCN + ": ");
      assertThat(name.isBold()).isTrue();
      assertThat(text.isBold()).isFalse();
      assertThat(text.getFontFamily()).isEqualTo("Times New Roman");
      assertThat(text.getFontSizeAsDouble()).isEqualTo(13.0);
    }
  }

  @Test
  void theAnnexesAreBorderedTablesWithARepeatedHeaderOnLandscapePages() throws IOException {
    try (XWPFDocument doc = export(KonTumReport.document(12))) {
      // Heading, tasks by class, tasks by unit, indicators by evaluation, compliance, signature,
      // annex I, annex II.
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(8);
      XWPFTable tasks = tables.get(6);
      assertThat(tasks.getRows()).hasSize(12 + 1);
      assertThat(tasks.getRow(0).isRepeatHeader()).isTrue();
      assertThat(tasks.getRow(0).getCell(2).getText()).isEqualTo("Cơ quan chủ trì");
      assertThat(tasks.getRow(0).getCell(4).getText()).isEqualTo("Thời gian hoàn thành");
      assertThat(tasks.getRow(8).getCell(0).getText()).isEqualTo("38.12");
      assertThat(tasks.getRow(8).getCell(1).getText()).isEqualTo("CSDL định danh điện tử");
      assertThat(tasks.getRow(8).getCell(2).getText()).isEqualTo(CONG_AN);
      assertThat(tasks.getRow(10).getCell(0).getText()).isEqualTo("38.19");
      assertThat(tasks.getRow(10).getCell(3).getText()).isEqualTo(STTTT);
      assertThat(tasks.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString())
          .isEqualTo("single");

      XWPFTable indicators = tables.get(7);
      assertThat(indicators.getRows()).hasSize(8 + 1);
      assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
      assertThat(indicators.getRow(4).getCell(1).getText())
          .isEqualTo("Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp");
      assertThat(indicators.getRow(4).getCell(5).getText()).isEqualTo("≥ 80 (năm 2030)");

      XWPFTable compliance = tables.get(4);
      assertThat(compliance.getRows()).hasSize(4 + 1);
      assertThat(compliance.getRow(2).getCell(1).getText())
          .isEqualTo("Sở Thông tin và Truyền thông");
      assertThat(compliance.getRow(2).getCell(4).getText()).isEqualTo("Muộn");

      var body = doc.getDocument().getBody();
      assertThat(body.getSectPr().getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
      assertThat(doc.getHeaderList()).hasSize(1);
    }
  }

  @Test
  void theWholeTextReadsBackWithItsDiacritics() throws IOException {
    try (XWPFDocument doc = export(KonTumReport.document(12));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertThat(extractor.getText())
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Hoàn thành đúng hạn")
          .contains("Quá hạn chưa hoàn thành")
          .contains("Sở Thông tin và Truyền thông")
          .contains("Triển khai hạ tầng số, bảo đảm phủ sóng song mạng di động băng thông rộng 5G")
          .contains(KonTumReport.LETTERS);
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    return doc.getParagraphs().stream()
        .filter(p -> p.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph " + text));
  }

  private static List<String> texts(List<XWPFParagraph> paragraphs) {
    return paragraphs.stream().map(XWPFParagraph::getText).toList();
  }
}
