package vn.plantrack.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Evaluation;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Header;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.IndicatorRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TaskRow;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.TimelinessClass;
import vn.plantrack.reporting.export.ConsolidatedReportDocument.Unit;

/**
 * The consolidated report as a workbook, one sheet per part: "Tổng hợp" (heading and totals),
 * "Nhiệm vụ" (annex I, every task), "Chỉ tiêu" (annex II, indicators against targets), "Tình hình
 * báo cáo" (who reported, when, and what they wrote). Each table has a bold header row that stays
 * in view (frozen) and a filter. Streamed (SXSSF): only a window of rows is kept in memory, so
 * 20,000 tasks cost little.
 */
final class XlsxExporter {
  /** Excel's limit for the text of a cell. */
  private static final int MAX_CELL_TEXT = 32_767;

  private XlsxExporter() {}

  static void write(ConsolidatedReportDocument d, OutputStream out, IntConsumer progress)
      throws IOException {
    // Since POI 5.5 close() also deletes the temporary files (dispose() is deprecated).
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      wb.setCompressTempFiles(true);
      Styles s = new Styles(wb);
      summary(wb.createSheet("Tổng hợp"), d, s);
      progress.accept(5);
      tasks(wb.createSheet("Nhiệm vụ"), d.tasks(), s, progress);
      indicators(wb.createSheet("Chỉ tiêu"), d.indicators(), s);
      progress.accept(85);
      units(wb.createSheet("Tình hình báo cáo"), d.units(), s);
      progress.accept(90);
      wb.write(out);
      out.flush();
    }
    progress.accept(100);
  }

  private static void summary(Sheet sheet, ConsolidatedReportDocument d, Styles s) {
    Header h = d.header();
    int r = 0;
    Row title = sheet.createRow(r++);
    cell(title, 0, "BÁO CÁO TỔNG HỢP " + Labels.upper(h.periodLabel()), s.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
    sheet.createFreezePane(0, 1);
    r = pair(sheet, r, "Tỉnh", h.provinceName(), s);
    r = pair(sheet, r, "Cơ quan tổng hợp", h.issuingOrganization(), s);
    r = pair(sheet, r, "Kế hoạch", Labels.subject(h), s);
    r = pair(sheet, r, "Kỳ báo cáo", h.periodLabel() + " (" + h.periodId() + ")", s);
    r = pair(sheet, r, "Số liệu từ ngày", Labels.date(h.dataFrom()), s);
    r = pair(sheet, r, "Số liệu đến ngày", Labels.date(h.dataTo()), s);
    r = pair(sheet, r, "Phiên bản", h.version() > 0 ? Integer.toString(h.version()) : "", s);
    r = pair(sheet, r, "Trạng thái", Labels.reportStatus(h.status()), s);
    r = pair(sheet, r, "Ban hành lúc", Labels.dateTime(h.issuedAt()), s);
    r++;

    var totals = d.totals();
    r = headerRow(sheet, r, s, "Phân loại nhiệm vụ", "Số nhiệm vụ", "Tỷ lệ");
    int tasks = totals.tasks();
    for (TimelinessClass c : TimelinessClass.values()) {
      r = countRow(sheet, r, c.label, totals.count(c), tasks, s, false);
    }
    r = countRow(sheet, r, "Tổng số nhiệm vụ", tasks, tasks, s, true);
    r++;

    r = headerRow(sheet, r, s, "Đánh giá chỉ tiêu", "Số chỉ tiêu", "Tỷ lệ");
    int indicators = totals.indicators();
    for (Evaluation e : Evaluation.values()) {
      r = countRow(sheet, r, e.label, totals.count(e), indicators, s, false);
    }
    r = countRow(sheet, r, "Tổng số chỉ tiêu", indicators, indicators, s, true);
    r++;

    var c = d.compliance();
    r = headerRow(sheet, r, s, "Tình hình báo cáo", "Số đơn vị", "Tỷ lệ");
    r = countRow(sheet, r, "Đơn vị phải báo cáo", c.expected(), c.expected(), s, false);
    r = countRow(sheet, r, "Đã gửi báo cáo", c.received(), c.expected(), s, false);
    countRow(sheet, r, "Gửi đúng hạn", c.receivedOnTime(), c.expected(), s, false);
    widths(sheet, 34, 90, 12);
  }

  private static void tasks(Sheet sheet, List<TaskRow> tasks, Styles s, IntConsumer progress) {
    String[] headers = {
      "TT",
      "Nhiệm vụ",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời gian hoàn thành",
      "Trạng thái",
      "Tiến độ (%)",
      "Phân loại",
      "Tình hình thực hiện mới nhất"
    };
    table(sheet, headers, s);
    int n = tasks.size();
    for (int i = 0; i < n; i++) {
      TaskRow t = tasks.get(i);
      Row row = sheet.createRow(i + 1);
      cell(row, 0, t.code(), s.text);
      cell(row, 1, t.title(), s.text);
      cell(row, 2, Labels.join(t.leadOrgNames()), s.text);
      cell(row, 3, Labels.join(t.cooperatingOrgNames()), s.text);
      cell(row, 4, t.deadlineText(), s.text);
      cell(row, 5, Labels.taskStatus(t.status()), s.text);
      row.createCell(6).setCellValue(t.progressPercent());
      row.getCell(6).setCellStyle(s.number);
      cell(row, 7, Labels.label(t.timeliness()), s.text);
      cell(row, 8, t.latestProgressNote(), s.text);
      if (i % 1000 == 999) {
        progress.accept(5 + (int) (75L * i / n));
      }
    }
    widths(sheet, 8, 60, 28, 32, 16, 16, 10, 24, 50);
  }

  private static void indicators(Sheet sheet, List<IndicatorRow> indicators, Styles s) {
    String[] headers = {
      "TT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Cơ quan chủ trì theo dõi, đánh giá",
      "Giá trị cơ sở",
      "Mốc (năm)",
      "Mục tiêu",
      "Kết quả mới nhất",
      "Đánh giá"
    };
    table(sheet, headers, s);
    int r = 1;
    for (IndicatorRow i : indicators) {
      Row row = sheet.createRow(r++);
      cell(row, 0, i.code(), s.text);
      cell(row, 1, i.name(), s.text);
      cell(row, 2, i.unit(), s.text);
      cell(row, 3, Labels.join(i.monitoringOrgNames()), s.text);
      cell(row, 4, i.baseline(), s.text);
      if (i.milestoneYear() == null) {
        cell(row, 5, "", s.text);
      } else {
        row.createCell(5).setCellValue(i.milestoneYear());
        row.getCell(5).setCellStyle(s.number);
      }
      cell(row, 6, i.target(), s.text);
      cell(row, 7, i.latestValue(), s.text);
      cell(row, 8, Labels.label(i.evaluation()), s.text);
    }
    widths(sheet, 8, 60, 14, 30, 16, 10, 22, 18, 22);
  }

  private static void units(Sheet sheet, List<Unit> units, Styles s) {
    TimelinessClass[] classes = TimelinessClass.values();
    String[] headers = new String[9 + classes.length];
    int h = 0;
    headers[h++] = "STT";
    headers[h++] = "Đơn vị";
    headers[h++] = "Tổng số nhiệm vụ";
    for (TimelinessClass c : classes) {
      headers[h++] = c.label;
    }
    headers[h++] = "Trạng thái báo cáo";
    headers[h++] = "Thời điểm gửi";
    headers[h++] = "Gửi đúng hạn";
    headers[h++] = "Kết quả thực hiện";
    headers[h++] = "Khó khăn, vướng mắc";
    headers[h] = "Đề xuất, kiến nghị";
    table(sheet, headers, s);
    int r = 1;
    for (Unit u : units) {
      Row row = sheet.createRow(r);
      int c = 0;
      number(row, c++, r, s);
      cell(row, c++, u.orgName(), s.text);
      number(row, c++, u.taskCount(), s);
      for (TimelinessClass t : classes) {
        number(row, c++, u.count(t), s);
      }
      cell(row, c++, Labels.label(u.reportStatus()), s.text);
      cell(row, c++, Labels.dateTime(u.submittedAt()), s.text);
      cell(row, c++, Labels.onTime(u.onTime()), s.text);
      cell(row, c++, u.narrative().results(), s.text);
      cell(row, c++, u.narrative().difficulties(), s.text);
      cell(row, c, u.narrative().proposals(), s.text);
      r++;
    }
    widths(sheet, 6, 36, 10, 12, 12, 12, 12, 12, 12, 16, 18, 10, 50, 50, 50);
  }

  /** The bold header row of a table sheet, frozen and with a filter. */
  private static void table(Sheet sheet, String[] headers, Styles s) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      cell(row, i, headers[i], s.header);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.length - 1));
  }

  private static int headerRow(Sheet sheet, int r, Styles s, String... headers) {
    Row row = sheet.createRow(r);
    for (int i = 0; i < headers.length; i++) {
      cell(row, i, headers[i], s.header);
    }
    return r + 1;
  }

  private static int pair(Sheet sheet, int r, String label, String value, Styles s) {
    Row row = sheet.createRow(r);
    cell(row, 0, label, s.label);
    cell(row, 1, value, s.text);
    return r + 1;
  }

  private static int countRow(
      Sheet sheet, int r, String label, int count, int whole, Styles s, boolean bold) {
    Row row = sheet.createRow(r);
    cell(row, 0, label, bold ? s.label : s.text);
    number(row, 1, count, s);
    Cell share = row.createCell(2);
    share.setCellValue(whole == 0 ? 0 : (double) count / whole);
    share.setCellStyle(s.percent);
    return r + 1;
  }

  private static void number(Row row, int column, int value, Styles s) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(s.number);
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text(value));
    cell.setCellStyle(style);
  }

  /** Text a cell can hold: no control characters but line breaks and tabs, at most 32,767. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    String t = value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ");
    return t.length() <= MAX_CELL_TEXT ? t : t.substring(0, MAX_CELL_TEXT - 1) + "…";
  }

  private static void widths(Sheet sheet, int... chars) {
    for (int i = 0; i < chars.length; i++) {
      sheet.setColumnWidth(i, chars[i] * 256);
    }
  }

  /** The few cell styles, shared by every cell (a workbook holds at most 64,000 styles). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle number;
    final CellStyle percent;

    Styles(SXSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 13);

      title = wb.createCellStyle();
      title.setFont(big);

      header = bordered(wb);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      label = bordered(wb);
      label.setFont(bold);

      text = bordered(wb);

      number = bordered(wb);
      number.setAlignment(HorizontalAlignment.RIGHT);

      percent = bordered(wb);
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    }

    private static CellStyle bordered(SXSSFWorkbook wb) {
      CellStyle s = wb.createCellStyle();
      s.setWrapText(true);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }
  }
}
