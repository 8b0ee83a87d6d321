package vn.plantrack.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.plantrack.reporting.ConsolidatedContent;
import vn.plantrack.reporting.ReportContent;

/**
 * The consolidated report in the layout of a Vietnamese administrative report (Nghị định
 * 30/2020/NĐ-CP): the two-column heading (issuing body and number on the left, the national motto
 * on the right), the title, sections I–IV, and the annexes as bordered tables like the seeds'
 * appendices. Times New Roman 13.
 */
final class DocxExporter {
  private static final String FONT = "Times New Roman";

  private DocxExporter() {}

  static void write(ConsolidatedContent c, String issuer, String province, OutputStream out)
      throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      heading(doc, c, issuer, province);
      center(doc, "BÁO CÁO", true, 14);
      center(
          doc,
          "Kết quả thực hiện Kế hoạch số " + c.planNumber() + " " + Labels.period(c.period()),
          true,
          13);
      paragraph(
          doc,
          "Kỳ số liệu: từ ngày "
              + Labels.date(c.windowStart())
              + " đến ngày "
              + Labels.date(c.windowEnd())
              + ".",
          false);

      paragraph(doc, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", true);
      int total = c.timelinessTotals().values().stream().mapToInt(Integer::intValue).sum();
      paragraph(doc, "Tổng số nhiệm vụ được giao: " + total + ", trong đó:", false);
      XWPFTable totals = table(doc, List.of("Phân loại", "Số nhiệm vụ"));
      c.timelinessTotals()
          .forEach((k, v) -> addRow(totals, Labels.of(Labels.TIMELINESS, k), Integer.toString(v)));

      paragraph(doc, "II. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU", true);
      XWPFTable evaluations = table(doc, List.of("Đánh giá", "Số chỉ tiêu"));
      c.evaluationTotals()
          .forEach(
              (k, v) -> addRow(evaluations, Labels.of(Labels.EVALUATION, k), Integer.toString(v)));

      paragraph(doc, "III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", true);
      paragraph(
          doc,
          c.unitsReported()
              + "/"
              + c.unitsExpected()
              + " đơn vị đã gửi báo cáo, trong đó "
              + c.unitsOnTime()
              + " đơn vị gửi đúng hạn.",
          false);
      XWPFTable units =
          table(doc, List.of("Đơn vị", "Số nhiệm vụ", "Quá hạn", "Báo cáo", "Đúng hạn"));
      for (ConsolidatedContent.Unit u : c.units()) {
        addRow(
            units,
            u.orgName(),
            Integer.toString(u.tasks()),
            Integer.toString(u.timeliness().getOrDefault("OVERDUE", 0)),
            Labels.of(Labels.REPORT_STATUS, u.reportStatus()),
            u.onTime() == null ? "" : u.onTime() ? "Đúng hạn" : "Muộn");
      }

      paragraph(doc, "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ", true);
      for (ConsolidatedContent.Unit u : c.units()) {
        if (u.results() == null && u.difficulties() == null && u.proposals() == null) {
          continue;
        }
        paragraph(doc, u.orgName(), true);
        labelled(doc, "Kết quả: ", u.results());
        labelled(doc, "Khó khăn, vướng mắc: ", u.difficulties());
        labelled(doc, "Đề xuất, kiến nghị: ", u.proposals());
      }

      center(doc, "PHỤ LỤC I", true, 13);
      center(doc, "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ", true, 13);
      XWPFTable tasks =
          table(doc, List.of("TT", "Nhiệm vụ", "Thời hạn", "Trạng thái", "Tiến độ", "Phân loại"));
      for (ReportContent.TaskLine t : c.tasks()) {
        addRow(
            tasks,
            t.code(),
            t.title(),
            Labels.nz(t.deadlineText()),
            Labels.of(Labels.TASK_STATUS, t.status()),
            t.progressPercent() + "%",
            Labels.of(Labels.TIMELINESS, t.timeliness()));
      }
      center(doc, "PHỤ LỤC II", true, 13);
      center(doc, "TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU", true, 13);
      XWPFTable indicators =
          table(doc, List.of("TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "Kết quả", "Đánh giá"));
      for (ReportContent.IndicatorLine i : c.indicators()) {
        addRow(
            indicators,
            i.code(),
            i.name(),
            Labels.nz(i.unit()),
            i.target() == null
                ? ""
                : i.target() + (i.milestone() == null ? "" : " (" + i.milestone() + ")"),
            i.value() == null ? "" : i.value() + " (" + i.period() + ")",
            Labels.of(Labels.EVALUATION, i.evaluation()));
      }
      doc.write(out);
    }
  }

  /** The heading: issuing body and number left, the national motto and date right; no borders. */
  private static void heading(
      XWPFDocument doc, ConsolidatedContent c, String issuer, String province) {
    XWPFTable t = doc.createTable(1, 2);
    t.removeBorders();
    t.setTableAlignment(TableRowAlign.CENTER);
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFTableCell right = t.getRow(0).getCell(1);
    cellLine(left, "UBND " + province.toUpperCase(), false, ParagraphAlignment.CENTER, true);
    cellLine(left, issuer.toUpperCase(), true, ParagraphAlignment.CENTER, false);
    cellLine(left, "Số:      /BC-" + abbreviation(issuer), false, ParagraphAlignment.CENTER, false);
    cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, ParagraphAlignment.CENTER, true);
    cellLine(right, "Độc lập - Tự do - Hạnh phúc", true, ParagraphAlignment.CENTER, false);
    LocalDate today = LocalDate.now(vn.plantrack.reporting.rules.ReportingCalendar.ZONE);
    XWPFParagraph date = right.addParagraph();
    date.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun run = date.createRun();
    run.setItalic(true);
    run.setFontFamily(FONT);
    run.setFontSize(13);
    run.setText(
        province.replaceFirst("^(Tỉnh|Thành phố) ", "")
            + ", ngày "
            + today.getDayOfMonth()
            + " tháng "
            + today.getMonthValue()
            + " năm "
            + today.getYear());
  }

  private static String abbreviation(String issuer) {
    StringBuilder s = new StringBuilder();
    for (String word : issuer.split("\\s+")) {
      if (!word.isEmpty() && !word.equalsIgnoreCase("và")) {
        s.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return java.text.Normalizer.normalize(s.toString(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('Đ', 'D');
  }

  private static void cellLine(
      XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align, boolean first) {
    XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
    p.setAlignment(align);
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setFontFamily(FONT);
    run.setFontSize(13);
    run.setText(text);
  }

  private static void center(XWPFDocument doc, String text, boolean bold, int size) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setText(text);
  }

  private static void paragraph(XWPFDocument doc, String text, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setFontFamily(FONT);
    run.setFontSize(13);
    run.setText(text);
  }

  private static void labelled(XWPFDocument doc, String label, String text) {
    if (text == null) {
      return;
    }
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    XWPFRun l = p.createRun();
    l.setItalic(true);
    l.setFontFamily(FONT);
    l.setFontSize(13);
    l.setText(label);
    XWPFRun t = p.createRun();
    t.setFontFamily(FONT);
    t.setFontSize(13);
    t.setText(text);
  }

  /** A bordered table with a bold header row repeated on every page. */
  private static XWPFTable table(XWPFDocument doc, List<String> headers) {
    XWPFTable t = doc.createTable(1, headers.size());
    t.setWidth("100%");
    XWPFTableRow header = t.getRow(0);
    header.setRepeatHeader(true);
    for (int i = 0; i < headers.size(); i++) {
      XWPFParagraph p = header.getCell(i).getParagraphs().get(0);
      p.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun run = p.createRun();
      run.setBold(true);
      run.setFontFamily(FONT);
      run.setFontSize(12);
      run.setText(headers.get(i));
    }
    return t;
  }

  private static void addRow(XWPFTable t, String... values) {
    XWPFTableRow row = t.createRow();
    for (int i = 0; i < values.length; i++) {
      XWPFTableCell cell = row.getCell(i);
      XWPFRun run = cell.getParagraphs().get(0).createRun();
      run.setFontFamily(FONT);
      run.setFontSize(12);
      run.setText(values[i]);
    }
  }
}
