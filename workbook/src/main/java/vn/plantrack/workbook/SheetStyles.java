package vn.plantrack.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of a written workbook, made once (a workbook holds at most 64,000): headers
 * filled by whether a column is required, optional or only to read, and cells formatted by type.
 */
final class SheetStyles {
  private static final byte[] REQUIRED_FILL = {(byte) 0x1F, (byte) 0x4E, (byte) 0x78};
  private static final byte[] OPTIONAL_FILL = {(byte) 0x2E, (byte) 0x75, (byte) 0xB6};
  private static final byte[] READ_ONLY_FILL = {(byte) 0x7F, (byte) 0x7F, (byte) 0x7F};
  private static final byte[] READ_ONLY_CELLS = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};

  final CellStyle requiredHeader;
  final CellStyle optionalHeader;
  final CellStyle readOnlyHeader;
  final CellStyle text;
  final CellStyle number;
  final CellStyle whole;
  final CellStyle date;
  final CellStyle readOnlyText;
  final CellStyle readOnlyNumber;
  final CellStyle readOnlyDate;
  final CellStyle title;
  final CellStyle bold;
  final CellStyle wrapped;

  SheetStyles(SXSSFWorkbook workbook) {
    Font white = workbook.createFont();
    white.setBold(true);
    white.setColor(IndexedColors.WHITE.getIndex());
    requiredHeader = header(workbook, white, REQUIRED_FILL);
    optionalHeader = header(workbook, white, OPTIONAL_FILL);
    readOnlyHeader = header(workbook, white, READ_ONLY_FILL);
    short textFormat = workbook.createDataFormat().getFormat("@");
    short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
    short wholeFormat = workbook.createDataFormat().getFormat("0");
    text = cells(workbook, textFormat, null);
    number = cells(workbook, (short) 0, null);
    whole = cells(workbook, wholeFormat, null);
    date = cells(workbook, dateFormat, null);
    readOnlyText = cells(workbook, textFormat, READ_ONLY_CELLS);
    readOnlyNumber = cells(workbook, (short) 0, READ_ONLY_CELLS);
    readOnlyDate = cells(workbook, dateFormat, READ_ONLY_CELLS);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = workbook.createCellStyle();
    title.setFont(big);
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(boldFont);
    bold.setWrapText(true);
    bold.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
  }

  private static CellStyle header(SXSSFWorkbook workbook, Font font, byte[] fill) {
    XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
    style.setFont(font);
    style.setFillForegroundColor(new XSSFColor(fill, null));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }

  private static CellStyle cells(SXSSFWorkbook workbook, short format, byte[] fill) {
    XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
    style.setDataFormat(format);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setWrapText(true);
    if (fill != null) {
      style.setFillForegroundColor(new XSSFColor(fill, null));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return style;
  }

  CellStyle of(Column column) {
    boolean ro = column.readOnly();
    return switch (column.type()) {
      case NUMBER -> ro ? readOnlyNumber : column.whole() ? whole : number;
      case DATE -> ro ? readOnlyDate : date;
      default -> ro ? readOnlyText : text;
    };
  }
}
