package vn.plantrack.reporting.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.plantrack.reporting.ConsolidatedContent;
import vn.plantrack.reporting.ReportContent;

/**
 * The consolidated report as a PDF with the DejaVu Sans font embedded (a subset), so every
 * Vietnamese letter — ệ, ộ, ữ, ẫ, ằ, Đ — renders on any reader. A small flow layout: headings,
 * wrapped paragraphs, and bordered tables whose header repeats on each new page.
 */
final class PdfExporter {
  private PdfExporter() {}

  static void write(ConsolidatedContent c, String issuer, String province, OutputStream out)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      Flow flow =
          new Flow(
              doc, font(doc, "/fonts/DejaVuSans.ttf"), font(doc, "/fonts/DejaVuSans-Bold.ttf"));
      flow.twoColumns(
          List.of("UBND " + province.toUpperCase(), issuer.toUpperCase()),
          List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"));
      flow.gap(14);
      flow.line("BÁO CÁO", true, 14, true);
      flow.paragraph(
          "Kết quả thực hiện Kế hoạch số " + c.planNumber() + " " + Labels.period(c.period()),
          true,
          11,
          true);
      flow.paragraph(
          "Kỳ số liệu: từ ngày "
              + Labels.date(c.windowStart())
              + " đến ngày "
              + Labels.date(c.windowEnd())
              + ".",
          false,
          10,
          false);

      flow.paragraph("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", true, 11, false);
      List<List<String>> totals = new ArrayList<>();
      c.timelinessTotals()
          .forEach((k, v) -> totals.add(List.of(Labels.of(Labels.TIMELINESS, k), v.toString())));
      flow.table(new float[] {3, 1}, List.of("Phân loại", "Số nhiệm vụ"), totals);

      flow.paragraph("II. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU", true, 11, false);
      List<List<String>> evaluations = new ArrayList<>();
      c.evaluationTotals()
          .forEach(
              (k, v) -> evaluations.add(List.of(Labels.of(Labels.EVALUATION, k), v.toString())));
      flow.table(new float[] {3, 1}, List.of("Đánh giá", "Số chỉ tiêu"), evaluations);

      flow.paragraph("III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", true, 11, false);
      flow.paragraph(
          c.unitsReported()
              + "/"
              + c.unitsExpected()
              + " đơn vị đã gửi báo cáo, trong đó "
              + c.unitsOnTime()
              + " đơn vị gửi đúng hạn.",
          false,
          10,
          false);
      List<List<String>> units = new ArrayList<>();
      for (ConsolidatedContent.Unit u : c.units()) {
        units.add(
            List.of(
                u.orgName(),
                Integer.toString(u.tasks()),
                Integer.toString(u.timeliness().getOrDefault("OVERDUE", 0)),
                Labels.of(Labels.REPORT_STATUS, u.reportStatus()),
                u.onTime() == null ? "" : u.onTime() ? "Đúng hạn" : "Muộn"));
      }
      flow.table(
          new float[] {4, 1.2f, 1, 1.5f, 1.2f},
          List.of("Đơn vị", "Nhiệm vụ", "Quá hạn", "Báo cáo", "Đúng hạn"),
          units);

      flow.paragraph("IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ", true, 11, false);
      for (ConsolidatedContent.Unit u : c.units()) {
        if (u.results() == null && u.difficulties() == null && u.proposals() == null) {
          continue;
        }
        flow.paragraph(u.orgName(), true, 10, false);
        if (u.results() != null) {
          flow.paragraph("Kết quả: " + u.results(), false, 10, false);
        }
        if (u.difficulties() != null) {
          flow.paragraph("Khó khăn, vướng mắc: " + u.difficulties(), false, 10, false);
        }
        if (u.proposals() != null) {
          flow.paragraph("Đề xuất, kiến nghị: " + u.proposals(), false, 10, false);
        }
      }

      flow.newPage();
      flow.line("PHỤ LỤC I — TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ", true, 11, true);
      List<List<String>> tasks = new ArrayList<>();
      for (ReportContent.TaskLine t : c.tasks()) {
        tasks.add(
            List.of(
                t.code(),
                t.title(),
                Labels.nz(t.deadlineText()),
                Labels.of(Labels.TASK_STATUS, t.status()),
                Labels.of(Labels.TIMELINESS, t.timeliness())));
      }
      flow.table(
          new float[] {0.8f, 5, 1.5f, 1.5f, 1.8f},
          List.of("TT", "Nhiệm vụ", "Thời hạn", "Trạng thái", "Phân loại"),
          tasks);

      flow.newPage();
      flow.line("PHỤ LỤC II — TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU", true, 11, true);
      List<List<String>> indicators = new ArrayList<>();
      for (ReportContent.IndicatorLine i : c.indicators()) {
        indicators.add(
            List.of(
                i.code(),
                i.name(),
                Labels.nz(i.unit()),
                Labels.nz(i.target()),
                i.value() == null ? "" : i.value() + " (" + i.period() + ")",
                Labels.of(Labels.EVALUATION, i.evaluation())));
      }
      flow.table(
          new float[] {0.7f, 4, 1.2f, 1.3f, 1.3f, 1.6f},
          List.of("TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "Kết quả", "Đánh giá"),
          indicators);
      flow.close();
      doc.save(out);
    }
  }

  private static PDType0Font font(PDDocument doc, String resource) throws IOException {
    try (InputStream in = PdfExporter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("font missing: " + resource);
      }
      return PDType0Font.load(doc, in);
    }
  }

  /** Writes top to bottom on A4 pages, starting a new page when the next block does not fit. */
  private static final class Flow {
    private static final float MARGIN = 50;
    private final PDDocument doc;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream stream;
    private float y;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

    Flow(PDDocument doc, PDType0Font regular, PDType0Font bold) throws IOException {
      this.doc = doc;
      this.regular = regular;
      this.bold = bold;
      newPage();
    }

    void newPage() throws IOException {
      close();
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void close() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }

    void gap(float points) {
      y -= points;
    }

    void twoColumns(List<String> left, List<String> right) throws IOException {
      float half = width / 2;
      float top = y;
      for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
        float lineY = top - (i + 1) * 14;
        if (i < left.size()) {
          text(
              left.get(i),
              i == 1 ? bold : regular,
              9,
              MARGIN + (half - textWidth(left.get(i), i == 1 ? bold : regular, 9)) / 2,
              lineY);
        }
        if (i < right.size()) {
          text(
              right.get(i),
              bold,
              9,
              MARGIN + half + (half - textWidth(right.get(i), bold, 9)) / 2,
              lineY);
        }
      }
      y = top - Math.max(left.size(), right.size()) * 14 - 4;
    }

    void line(String text, boolean isBold, float size, boolean centered) throws IOException {
      paragraph(text, isBold, size, centered);
    }

    void paragraph(String text, boolean isBold, float size, boolean centered) throws IOException {
      PDType0Font font = isBold ? bold : regular;
      List<String> lines = wrap(clean(text, font), font, size, width);
      for (String l : lines) {
        if (y - size * 1.4f < MARGIN) {
          newPage();
        }
        y -= size * 1.4f;
        float x = centered ? MARGIN + (width - textWidth(l, font, size)) / 2 : MARGIN;
        text(l, font, size, x, y);
      }
      y -= 4;
    }

    void table(float[] weights, List<String> headers, List<List<String>> rows) throws IOException {
      float total = 0;
      for (float w : weights) {
        total += w;
      }
      float[] widths = new float[weights.length];
      for (int i = 0; i < weights.length; i++) {
        widths[i] = width * weights[i] / total;
      }
      row(widths, headers, bold, headers, widths);
      for (List<String> r : rows) {
        row(widths, r, regular, headers, widths);
      }
      y -= 8;
    }

    private void row(
        float[] widths, List<String> cells, PDType0Font font, List<String> headers, float[] hw)
        throws IOException {
      float size = 8;
      float leading = size * 1.3f;
      List<List<String>> wrapped = new ArrayList<>();
      int lines = 1;
      for (int i = 0; i < cells.size(); i++) {
        List<String> w = wrap(clean(cells.get(i), font), font, size, widths[i] - 6);
        wrapped.add(w);
        lines = Math.max(lines, w.size());
      }
      float height = lines * leading + 6;
      if (y - height < MARGIN) {
        newPage();
        if (cells != headers) {
          row(hw, headers, bold, headers, hw);
        }
      }
      float x = MARGIN;
      for (int i = 0; i < cells.size(); i++) {
        stream.addRect(x, y - height, widths[i], height);
        stream.stroke();
        List<String> w = wrapped.get(i);
        for (int l = 0; l < w.size(); l++) {
          text(w.get(l), font, size, x + 3, y - 3 - (l + 1) * leading + 2);
        }
        x += widths[i];
      }
      y -= height;
    }

    private void text(String text, PDType0Font font, float size, float x, float atY)
        throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, atY);
      stream.showText(text);
      stream.endText();
    }

    private static float textWidth(String text, PDType0Font font, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    /** Greedy word wrap; a word longer than the width is cut. */
    private static List<String> wrap(String text, PDType0Font font, float size, float max)
        throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (textWidth(candidate, font, size) <= max) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (textWidth(rest, font, size) > max && rest.length() > 1) {
          int cut = rest.length() - 1;
          while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > max) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      if (!line.isEmpty() || lines.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }

    /** One line of text the font can draw: controls become spaces, a missing glyph "?". */
    private static String clean(String text, PDType0Font font) {
      String normalized =
          java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFC)
              .replaceAll("[\\p{Cntrl}\\u200b-\\u200f\\u2028\\u2029\\ufeff]", " ")
              .replaceAll(" +", " ");
      StringBuilder out = new StringBuilder();
      normalized
          .codePoints()
          .forEach(
              cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                  font.encode(ch);
                  out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                  out.append('?');
                }
              });
      return out.toString();
    }
  }
}
