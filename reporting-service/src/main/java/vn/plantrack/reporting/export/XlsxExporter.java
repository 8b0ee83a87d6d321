package vn.plantrack.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.plantrack.reporting.ConsolidatedContent;
import vn.plantrack.reporting.ReportContent;

/**
 * The consolidated report as a workbook, one sheet per annex: "Tổng hợp" (totals), "Nhiệm vụ"
 * (every task), "Chỉ tiêu" (indicators against targets), "Tình hình báo cáo" (who reported).
 * Streamed (SXSSF): 20,000 task rows keep only a window of rows in memory.
 */
final class XlsxExporter {
  private XlsxExporter() {}

  static void write(ConsolidatedContent c, OutputStream out, IntConsumer progress)
      throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);

      Sheet summary = wb.createSheet("Tổng hợp");
      int r = 0;
      row(summary, r++, header, "Báo cáo tổng hợp " + Labels.period(c.period()));
      row(summary, r++, null, "Kế hoạch", c.planNumber() + " " + Labels.nz(c.planTitle()));
      row(
          summary,
          r++,
          null,
          "Kỳ số liệu",
          Labels.date(c.windowStart()) + " – " + Labels.date(c.windowEnd()));
      r++;
      row(summary, r++, header, "Phân loại nhiệm vụ", "Số lượng");
      for (var e : c.timelinessTotals().entrySet()) {
        row(summary, r++, null, Labels.of(Labels.TIMELINESS, e.getKey()), e.getValue());
      }
      r++;
      row(summary, r++, header, "Đánh giá chỉ tiêu", "Số lượng");
      for (var e : c.evaluationTotals().entrySet()) {
        row(summary, r++, null, Labels.of(Labels.EVALUATION, e.getKey()), e.getValue());
      }
      r++;
      row(summary, r++, header, "Đơn vị phải báo cáo", c.unitsExpected());
      row(summary, r++, header, "Đã báo cáo", c.unitsReported());
      row(summary, r++, header, "Đúng hạn", c.unitsOnTime());
      summary.setColumnWidth(0, 45 * 256);
      summary.setColumnWidth(1, 60 * 256);
      progress.accept(10);

      SXSSFSheet tasks = (SXSSFSheet) wb.createSheet("Nhiệm vụ");
      tasks.createFreezePane(0, 1);
      row(
          tasks,
          0,
          header,
          "STT",
          "Mã",
          "Nhiệm vụ",
          "Thời hạn",
          "Trạng thái",
          "Tiến độ (%)",
          "Phân loại",
          "Tiến độ mới nhất");
      List<ReportContent.TaskLine> lines = c.tasks();
      for (int i = 0; i < lines.size(); i++) {
        ReportContent.TaskLine t = lines.get(i);
        row(
            tasks,
            i + 1,
            wrap,
            i + 1,
            t.code(),
            t.title(),
            Labels.nz(t.deadlineText()),
            Labels.of(Labels.TASK_STATUS, t.status()),
            t.progressPercent(),
            Labels.of(Labels.TIMELINESS, t.timeliness()),
            Labels.nz(t.latestNote()));
        if (i % 2000 == 0) {
          progress.accept(10 + (int) (70L * i / Math.max(1, lines.size())));
        }
      }
      widths(tasks, 6, 8, 60, 16, 16, 10, 26, 40);

      Sheet indicators = wb.createSheet("Chỉ tiêu");
      indicators.createFreezePane(0, 1);
      row(
          indicators,
          0,
          header,
          "Mã",
          "Chỉ tiêu",
          "Đơn vị tính",
          "Mốc",
          "Mục tiêu",
          "Kỳ số liệu",
          "Giá trị",
          "Đánh giá");
      int ir = 1;
      for (ReportContent.IndicatorLine i : c.indicators()) {
        row(
            indicators,
            ir++,
            wrap,
            i.code(),
            i.name(),
            Labels.nz(i.unit()),
            i.milestone() == null ? "" : i.milestone(),
            Labels.nz(i.target()),
            Labels.nz(i.period()),
            Labels.nz(i.value()),
            Labels.of(Labels.EVALUATION, i.evaluation()));
      }
      widths(indicators, 8, 60, 14, 8, 18, 12, 12, 22);
      progress.accept(90);

      Sheet units = wb.createSheet("Tình hình báo cáo");
      units.createFreezePane(0, 1);
      row(
          units,
          0,
          header,
          "Đơn vị",
          "Số nhiệm vụ",
          "Quá hạn",
          "Trạng thái báo cáo",
          "Thời điểm gửi",
          "Đúng hạn");
      int ur = 1;
      for (ConsolidatedContent.Unit u : c.units()) {
        row(
            units,
            ur++,
            wrap,
            u.orgName(),
            u.tasks(),
            u.timeliness().getOrDefault("OVERDUE", 0),
            Labels.of(Labels.REPORT_STATUS, u.reportStatus()),
            u.submittedAt() == null ? "" : u.submittedAt().toString(),
            u.onTime() == null ? "" : u.onTime() ? "Đúng hạn" : "Muộn");
      }
      widths(units, 45, 12, 10, 20, 24, 10);
      wb.write(out);
      wb.dispose();
      progress.accept(100);
    }
  }

  private static void widths(Sheet sheet, int... chars) {
    for (int i = 0; i < chars.length; i++) {
      sheet.setColumnWidth(i, chars[i] * 256);
    }
  }

  private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      var cell = row.createCell(i);
      Object v = values[i];
      if (v instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else {
        cell.setCellValue(v == null ? "" : v.toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }
}
