package vn.plantrack.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
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
import vn.plantrack.reporting.export.Document.Blank;
import vn.plantrack.reporting.export.Document.Cell;
import vn.plantrack.reporting.export.Document.Field;
import vn.plantrack.reporting.export.Document.Fields;
import vn.plantrack.reporting.export.Document.Paragraph;
import vn.plantrack.reporting.export.Document.SheetBlock;
import vn.plantrack.reporting.export.Document.Size;
import vn.plantrack.reporting.export.Document.Table;

/**
 * Lays the {@link Document}'s sheets out with POI: the first row of each sheet stays in view
 * (frozen); a table's header row is bold on grey, and a table that opens its sheet gets a filter;
 * numbers and shares are kept as numbers; every cell wraps and has borders. Streamed (SXSSF): only
 * a window of rows is kept in memory, so 20,000 tasks cost little.
 */
final class XlsxRenderer {
  /** Excel's limit for the text of a cell. */
  private static final int MAX_CELL_TEXT = 32_767;

  private XlsxRenderer() {}

  static void write(Document d, OutputStream out, IntConsumer progress) throws IOException {
    List<SheetBlock> all = new ArrayList<>();
    d.sheets().forEach(s -> all.addAll(s.blocks()));
    Progress p = new Progress(progress, all);
    // Since POI 5.5 close() also deletes the temporary files (dispose() is deprecated).
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      wb.setCompressTempFiles(true);
      Styles styles = new Styles(wb);
      for (Document.Sheet s : d.sheets()) {
        sheet(wb.createSheet(s.name()), s, styles, p);
      }
      wb.write(out);
      out.flush();
    }
    p.finished();
  }

  private static void sheet(Sheet sheet, Document.Sheet s, Styles styles, Progress p) {
    sheet.createFreezePane(0, 1);
    int r = 0;
    for (SheetBlock b : s.blocks()) {
      if (b instanceof Table t) {
        p.step();
        if (r == 0) {
          sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, t.columns().size() - 1));
        }
        r = table(sheet, r, t, styles, p);
        continue;
      }
      if (b instanceof Paragraph para) {
        Row row = sheet.createRow(r);
        cell(row, 0, para.text(), para.size() == Size.TITLE ? styles.title : styles.text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, Math.max(1, s.widths().size() - 1)));
        r++;
      } else if (b instanceof Fields f) {
        for (Field field : f.fields()) {
          Row row = sheet.createRow(r++);
          cell(row, 0, field.label(), styles.label);
          cell(row, 1, field.value(), styles.text);
        }
      } else if (b instanceof Blank) {
        r++;
      }
      p.step();
    }
    for (int i = 0; i < s.widths().size(); i++) {
      sheet.setColumnWidth(i, s.widths().get(i) * 256);
    }
  }

  /** The header row, then a row per table row; returns the next free row. */
  private static int table(Sheet sheet, int r, Table t, Styles styles, Progress p) {
    Row header = sheet.createRow(r++);
    for (int i = 0; i < t.columns().size(); i++) {
      cell(header, i, t.columns().get(i).header(), styles.header);
    }
    for (Document.Row tableRow : t.rows()) {
      Row row = sheet.createRow(r++);
      for (int i = 0; i < tableRow.cells().size(); i++) {
        Cell c = tableRow.cells().get(i);
        switch (c.kind()) {
          case NUMBER -> number(row, i, c.value(), styles.number);
          case PERCENT -> number(row, i, c.value(), styles.percent);
          case TEXT -> cell(row, i, c.text(), tableRow.bold() ? styles.label : styles.text);
        }
      }
      p.step();
    }
    return r;
  }

  private static void number(Row row, int column, double value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(text(value));
    cell.setCellStyle(style);
  }

  /** Text a cell can hold: no control characters but line breaks and tabs, at most 32,767. */
  /** What XML cannot hold (compiled once: a workbook has hundreds of thousands of cells). */
  private static final Pattern NOT_IN_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  static String text(String value) {
    if (value == null) {
      return "";
    }
    String t = NOT_IN_XML.matcher(value).replaceAll(" ");
    return t.length() <= MAX_CELL_TEXT ? t : t.substring(0, MAX_CELL_TEXT - 1) + "…";
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
