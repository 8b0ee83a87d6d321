package vn.plantrack.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Writes a sheet definition as a workbook people fill in Excel: the data sheet (styled header,
 * frozen, filtered, a comment on each header; validation lists, number, date and text-length checks
 * on the rows), the instructions sheet "{@value #INSTRUCTIONS}" (every column: meaning, required or
 * not, type, allowed values) and the hidden list sheet "{@value #LISTS}" behind the validation
 * lists. A template has no rows; an export has the rows and is a valid upload as it is. Rows stream
 * through a small window (SXSSF), so an export of {@value SheetReader#MAX_ROWS} rows costs little
 * memory.
 */
public final class SheetWriter {
  public static final String INSTRUCTIONS = "Hướng dẫn";
  public static final String LISTS = "Danh sách";

  /** Excel's own limit on a cell. */
  private static final int MAX_CELL_CHARS = 32_767;

  private SheetWriter() {}

  /** An empty workbook to fill: header, checks, lists and instructions. */
  public static void template(SheetDefinition sheet, OutputStream out) throws IOException {
    export(sheet, List.of(), out);
  }

  /**
   * The rows (values by column key: text, numbers, {@link LocalDate}, a UUID, a choice's value, a
   * collection of values for a list column) under the header, with the template's checks and
   * instructions.
   */
  public static void export(
      SheetDefinition sheet, Iterable<? extends Map<String, ?>> rows, OutputStream out)
      throws IOException {
    // Shared strings, as Excel writes them: a file edited by another program stays plain.
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
    try {
      SheetStyles styles = new SheetStyles(workbook);
      Sheet data = workbook.createSheet(sheet.name());
      Sheet instructions = workbook.createSheet(INSTRUCTIONS);
      Sheet lists = workbook.createSheet(LISTS);
      Map<String, String> listNames = lists(workbook, lists, sheet);
      header(workbook, data, sheet, styles);
      validations(data, sheet, listNames);
      int r = 1;
      for (Map<String, ?> values : rows) {
        Row row = data.createRow(r++);
        for (int i = 0; i < sheet.columns().size(); i++) {
          Column column = sheet.columns().get(i);
          write(row.createCell(i), column, values.get(column.key()), styles);
        }
      }
      InstructionsSheet.write(instructions, sheet, styles);
      workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
      workbook.setActiveSheet(0);
      workbook.setSelectedTab(0);
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  private static void header(
      SXSSFWorkbook workbook, Sheet data, SheetDefinition sheet, SheetStyles styles) {
    Row header = data.createRow(0);
    header.setHeightInPoints(36);
    Drawing<?> drawing = data.createDrawingPatriarch();
    for (int i = 0; i < sheet.columns().size(); i++) {
      Column column = sheet.columns().get(i);
      Cell cell = header.createCell(i);
      cell.setCellValue(column.title());
      cell.setCellStyle(
          column.readOnly()
              ? styles.readOnlyHeader
              : column.required() ? styles.requiredHeader : styles.optionalHeader);
      data.setColumnWidth(i, Math.min(255, Math.max(column.width(), 8)) * 256);
      // New rows typed by a person take the column's format: text stays text ("38.10", "6/2025").
      data.setDefaultColumnStyle(i, styles.of(column));
      String help = comment(column);
      if (!help.isEmpty()) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(i);
        anchor.setCol2(i + 3);
        anchor.setRow1(0);
        anchor.setRow2(6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(help));
        comment.setAuthor("PlanTrack");
        cell.setCellComment(comment);
      }
    }
    data.createFreezePane(0, 1);
    if (!sheet.columns().isEmpty()) {
      data.setAutoFilter(new CellRangeAddress(0, 0, 0, sheet.columns().size() - 1));
    }
  }

  private static String comment(Column column) {
    StringBuilder text = new StringBuilder(column.help());
    if (column.readOnly()) {
      text.append(text.length() > 0 ? "\n" : "").append("Chỉ để xem: không đọc khi tải lên.");
    } else if (column.required()) {
      text.append(text.length() > 0 ? "\n" : "").append("Bắt buộc.");
    }
    return text.toString();
  }

  /** One column of the hidden sheet per list, named so a validation can refer to it. */
  private static Map<String, String> lists(
      SXSSFWorkbook workbook, Sheet lists, SheetDefinition sheet) {
    Map<String, String> names = new HashMap<>();
    List<Column> listed =
        sheet.columns().stream()
            .filter(c -> !c.readOnly() && !c.choices().isEmpty())
            .filter(c -> c.type() == ColumnType.ENUM || c.type() == ColumnType.LIST)
            .toList();
    int longest = listed.stream().mapToInt(c -> c.choices().size()).max().orElse(0);
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r <= longest; r++) {
      rows.add(lists.createRow(r));
    }
    for (int j = 0; j < listed.size(); j++) {
      Column column = listed.get(j);
      rows.get(0).createCell(j).setCellValue(column.header());
      List<Choice> choices = column.choices();
      for (int k = 0; k < choices.size(); k++) {
        rows.get(k + 1).createCell(j).setCellValue(limit(choices.get(k).label()));
      }
      String col = org.apache.poi.ss.util.CellReference.convertNumToColString(j);
      Name name = workbook.createName();
      name.setNameName("DS_" + (j + 1));
      name.setRefersToFormula(
          "'" + LISTS + "'!$" + col + "$2:$" + col + "$" + (choices.size() + 1));
      names.put(column.key(), name.getNameName());
    }
    return names;
  }

  private static void validations(Sheet data, SheetDefinition sheet, Map<String, String> lists) {
    DataValidationHelper helper = data.getDataValidationHelper();
    for (int i = 0; i < sheet.columns().size(); i++) {
      Column column = sheet.columns().get(i);
      if (column.readOnly()) {
        continue;
      }
      CellRangeAddressList cells = new CellRangeAddressList(1, SheetReader.MAX_ROWS, i, i);
      DataValidationConstraint constraint = null;
      boolean strict = true;
      String error = null;
      switch (column.type()) {
        case ENUM, LIST -> {
          if (lists.containsKey(column.key())) {
            constraint = helper.createFormulaListConstraint(lists.get(column.key()));
            strict = column.type() == ColumnType.ENUM;
            error = "Chọn một giá trị trong danh sách.";
          }
        }
        case NUMBER -> {
          int type =
              column.whole()
                  ? DataValidationConstraint.ValidationType.INTEGER
                  : DataValidationConstraint.ValidationType.DECIMAL;
          String kind = column.whole() ? "Số nguyên" : "Số";
          if (column.min() != null && column.max() != null) {
            String low = column.min().toPlainString();
            String high = column.max().toPlainString();
            constraint = helper.createNumericConstraint(type, OperatorType.BETWEEN, low, high);
            error = kind + " từ " + low + " đến " + high + ".";
          } else if (column.min() != null) {
            String low = column.min().toPlainString();
            constraint =
                helper.createNumericConstraint(type, OperatorType.GREATER_OR_EQUAL, low, null);
            error = kind + " từ " + low + " trở lên.";
          }
        }
        case DATE -> {
          constraint =
              helper.createDateConstraint(
                  OperatorType.BETWEEN, "=DATE(1900,1,1)", "=DATE(2100,12,31)", "dd/mm/yyyy");
          error = "Ngày dạng dd/mm/yyyy.";
        }
        case TEXT -> {
          if (column.maxLength() > 0) {
            constraint =
                helper.createTextLengthConstraint(
                    OperatorType.LESS_OR_EQUAL, Integer.toString(column.maxLength()), null);
            error = "Tối đa " + column.maxLength() + " ký tự.";
          }
        }
        default -> {}
      }
      if (constraint == null) {
        continue;
      }
      DataValidation validation = helper.createValidation(constraint, cells);
      validation.setShowErrorBox(strict);
      validation.setEmptyCellAllowed(true);
      if (strict) {
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(column.header(), error);
      }
      data.addValidationData(validation);
    }
  }

  private static void write(Cell cell, Column column, Object value, SheetStyles styles) {
    cell.setCellStyle(styles.of(column));
    if (value == null) {
      return;
    }
    if (value instanceof LocalDate day) {
      cell.setCellValue(day);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof Boolean flag) {
      cell.setCellValue(flag);
    } else if (value instanceof Collection<?> items) {
      cell.setCellValue(
          limit(
              items.stream()
                  .map(item -> label(column, String.valueOf(item)))
                  .collect(Collectors.joining("; "))));
    } else {
      cell.setCellValue(limit(label(column, String.valueOf(value))));
    }
  }

  /**
   * What a person reads for a value: its label, unless another choice has the same label (then the
   * value, which an upload reads back without doubt).
   */
  private static String label(Column column, String value) {
    Choice found = null;
    for (Choice c : column.choices()) {
      if (c.value().equals(value)) {
        found = c;
        break;
      }
    }
    if (found == null) {
      return value;
    }
    String folded = SheetReader.fold(found.label());
    Choice chosen = found;
    long sharing =
        column.choices().stream()
            .filter(c -> c != chosen && SheetReader.fold(c.label()).equals(folded))
            .count();
    return sharing > 0 ? found.value() : found.label();
  }

  static String limit(String text) {
    return text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS) : text;
  }
}
