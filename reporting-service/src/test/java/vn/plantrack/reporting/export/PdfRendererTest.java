package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plantrack.reporting.export.KonTumReport.CONG_AN;
import static vn.plantrack.reporting.export.KonTumReport.SKHCN;
import static vn.plantrack.reporting.export.KonTumReport.STTTT;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF reads back with PDFBox: exact Vietnamese text, embedded fonts, a page to look at. */
class PdfRendererTest {
  static final Path CHECK = Path.of("target/export-check");

  static byte[] export(ConsolidatedReportDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporters.write(d, ExportFormat.PDF, out);
    return out.toByteArray();
  }

  @Test
  void theTextReadsBackExactlyWithEveryDiacritic() throws IOException {
    byte[] pdf = export(KonTumReport.document(40));
    Files.createDirectories(CHECK);
    Files.write(CHECK.resolve("report.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("UBND TỈNH KON TUM")
          .contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc")
          .contains("Kon Tum, ngày 12 tháng 6 năm 2025")
          .contains("BÁO CÁO")
          .contains("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
          .contains("IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ")
          .contains("Hoàn thành đúng hạn")
          .contains("Quá hạn chưa hoàn thành")
          .contains("Có nguy cơ không đạt")
          .contains(SKHCN)
          .contains("Sở Thông tin và Truyền thông")
          .contains(CONG_AN)
          .contains("- " + SKHCN + ":")
          .contains("PHỤ LỤC I")
          .contains("PHỤ LỤC II")
          .contains("CSDL định danh điện tử")
          .contains("Xếp hạng năng lực cạnh tranh số")
          .contains("ệ ộ ữ ẫ ằ Đ")
          .contains("Kiểm tra chữ: " + KonTumReport.LETTERS + " ỹ ử đ.");
      // A task's row, cell after cell: its title, its lead, its cooperating agency.
      assertThat(text.replaceAll("\\s+", " "))
          .contains(
              "CSDL về phòng cháy chữa cháy và cứu hộ, cứu nạn " + CONG_AN + " " + STTTT + " ");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
      assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo(SKHCN + " - Tỉnh Kon Tum");
    }
  }

  /**
   * The letters a font could join ("ff", "fl", "ffi": DejaVu's only substitutions for Latin, none
   * in Vietnamese words) read back as written.
   */
  @Test
  void lettersAFontCouldJoinReadBackAsWritten() throws IOException {
    ConsolidatedReportDocument base = KonTumReport.document(3);
    var skhcn = base.units().get(0);
    var unit =
        new ConsolidatedReportDocument.Unit(
            skhcn.orgName(),
            skhcn.tasks(),
            skhcn.reportStatus(),
            skhcn.submittedAt(),
            skhcn.onTime(),
            new ConsolidatedReportDocument.Narrative(
                "Wi-Fi miễn phí tại văn phòng (office), tài liệu offline và flowchart.",
                null,
                null));
    List<ConsolidatedReportDocument.Unit> units = new ArrayList<>(base.units());
    units.set(0, unit);
    ConsolidatedReportDocument d =
        new ConsolidatedReportDocument(
            base.header(),
            base.totals(),
            units,
            base.tasks(),
            base.indicators(),
            base.compliance());
    try (PDDocument doc = Loader.loadPDF(export(d))) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("Wi-Fi miễn phí tại văn phòng (office), tài liệu offline và flowchart.");
    }
  }

  @Test
  void everyFontIsEmbeddedOnEveryPage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(export(KonTumReport.document(40)))) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName());
        }
      }
      assertThat(fonts)
          .anyMatch(f -> f.endsWith("+DejaVuSerif"))
          .anyMatch(f -> f.endsWith("+DejaVuSerif-Bold"))
          .anyMatch(f -> f.endsWith("+DejaVuSerif-Italic"));
    }
  }

  @Test
  void theReportIsPortraitAndTheAnnexesLandscape() throws IOException {
    try (PDDocument doc = Loader.loadPDF(export(KonTumReport.document(40)))) {
      PDPage first = doc.getPage(0);
      PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
      assertThat(first.getMediaBox().getHeight()).isGreaterThan(first.getMediaBox().getWidth());
      assertThat(last.getMediaBox().getWidth()).isGreaterThan(last.getMediaBox().getHeight());
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(doc.getNumberOfPages());
      stripper.setEndPage(doc.getNumberOfPages());
      assertThat(stripper.getText(doc)).contains("PHỤ LỤC II");
    }
  }

  @Test
  void pageOneRendersToAPicture() throws IOException {
    try (PDDocument doc = Loader.loadPDF(export(KonTumReport.document(40)))) {
      PDFRenderer renderer = new PDFRenderer(doc);
      Files.createDirectories(CHECK);
      BufferedImage page1 = renderer.renderImageWithDPI(0, 100);
      ImageIO.write(page1, "png", CHECK.resolve("page1.png").toFile());
      assertThat(page1.getWidth()).isBetween(826, 827); // A4 (8.27 in) at 100 dpi
      // The annex of tasks, the first landscape page, to look at too.
      int annex = 0;
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        if (doc.getPage(i).getMediaBox().getWidth() > doc.getPage(i).getMediaBox().getHeight()) {
          annex = i;
          break;
        }
      }
      ImageIO.write(
          renderer.renderImageWithDPI(annex, 100), "png", CHECK.resolve("annex1.png").toFile());
      ImageIO.write(
          renderer.renderImageWithDPI(1, 100), "png", CHECK.resolve("page2.png").toFile());
    }
  }

  @Test
  void aLongNarrativeAndManyTasksFlowOverPagesAndAMissingGlyphIsAQuestionMark() throws IOException {
    ConsolidatedReportDocument base = KonTumReport.document(600);
    var skhcn = base.units().get(0);
    String longText =
        ("Tiếp tục đẩy mạnh chuyển đổi số trong cơ quan nhà nước; hoàn thiện hạ tầng số;"
                + " phát triển nguồn nhân lực số. ")
            .repeat(400);
    var unit =
        new ConsolidatedReportDocument.Unit(
            skhcn.orgName(),
            skhcn.tasks(),
            skhcn.reportStatus(),
            skhcn.submittedAt(),
            skhcn.onTime(),
            new ConsolidatedReportDocument.Narrative(
                "Biểu tượng 😀 và chữ 𠀀 ngoài phông.", longText, null));
    var task =
        new ConsolidatedReportDocument.TaskRow(
            "99",
            longText,
            List.of(SKHCN),
            List.of(),
            "12/2025",
            "IN_PROGRESS",
            50,
            ConsolidatedReportDocument.TimelinessClass.IN_PROGRESS_WITHIN_DEADLINE,
            null);
    List<ConsolidatedReportDocument.TaskRow> tasks = new ArrayList<>(base.tasks());
    tasks.add(task);
    List<ConsolidatedReportDocument.Unit> units = new ArrayList<>(base.units());
    units.set(0, unit);
    ConsolidatedReportDocument d =
        new ConsolidatedReportDocument(
            base.header(), base.totals(), units, tasks, base.indicators(), base.compliance());
    try (PDDocument doc = Loader.loadPDF(export(d))) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(20);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Biểu tượng ? và chữ ? ngoài phông.");
      // The page number of the last page, at its top.
      PDFTextStripper last = new PDFTextStripper();
      last.setStartPage(doc.getNumberOfPages());
      last.setEndPage(doc.getNumberOfPages());
      last.setSortByPosition(true);
      assertThat(last.getText(doc)).startsWith(Integer.toString(doc.getNumberOfPages()));
    }
  }
}
