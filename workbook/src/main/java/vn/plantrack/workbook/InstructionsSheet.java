package vn.plantrack.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The instructions sheet "{@value SheetWriter#INSTRUCTIONS}" of a written workbook: the sheet's
 * title and notes, how rows, required columns, dates, numbers and uploads work, then every column
 * with whether it is required, its type and limits, its meaning and its allowed values.
 */
final class InstructionsSheet {
  private InstructionsSheet() {}

  static void write(Sheet sheet, SheetDefinition definition, SheetStyles styles) {
    sheet.setColumnWidth(0, 28 * 256);
    sheet.setColumnWidth(1, 12 * 256);
    sheet.setColumnWidth(2, 30 * 256);
    sheet.setColumnWidth(3, 60 * 256);
    sheet.setColumnWidth(4, 50 * 256);
    int r = 0;
    Cell title = sheet.createRow(r++).createCell(0);
    title.setCellValue(definition.title());
    title.setCellStyle(styles.title);
    List<String> notes = new ArrayList<>(definition.notes());
    notes.add(
        "Dòng 1 của trang \""
            + definition.name()
            + "\" là tiêu đề cột; mỗi dòng bên dưới là một bản ghi. Không đổi tên cột; có thể đổi"
            + " thứ tự cột hoặc bỏ cột không bắt buộc (khi sửa, cột bị bỏ giữ nguyên giá trị cũ).");
    notes.add(
        "Cột có dấu * (nền xanh đậm) là bắt buộc; cột nền xám chỉ để xem, không được đọc khi tải"
            + " lên.");
    notes.add(
        "Ngày ghi dạng dd/mm/yyyy (ví dụ 30/06/2025); số thập phân dùng dấu phẩy hoặc dấu chấm.");
    notes.add(
        "Tải lên tệp .xlsx, tối đa "
            + SheetReader.MAX_ROWS
            + " dòng và "
            + SheetReader.MAX_BYTES / (1024 * 1024)
            + " MB. Mặc định, nếu có dòng sai thì không dòng nào được ghi và hệ thống trả về"
            + " danh sách lỗi theo dòng và cột; với chế độ \"apply-valid-rows\" các dòng đúng"
            + " được ghi và các dòng sai được báo lại.");
    for (String note : notes) {
      Row row = sheet.createRow(r++);
      Cell cell = row.createCell(0);
      cell.setCellValue("• " + note);
      sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 4));
      cell.setCellStyle(styles.wrapped);
      row.setHeightInPoints(Math.max(15, 15 * (1 + note.length() / 150)));
    }
    r++;
    Row head = sheet.createRow(r++);
    String[] headers = {"Cột", "Bắt buộc", "Kiểu dữ liệu", "Ý nghĩa", "Giá trị cho phép"};
    for (int i = 0; i < headers.length; i++) {
      Cell cell = head.createCell(i);
      cell.setCellValue(headers[i]);
      cell.setCellStyle(styles.requiredHeader);
    }
    for (Column column : definition.columns()) {
      Row row = sheet.createRow(r++);
      cell(row, 0, column.header(), styles.bold);
      cell(row, 1, column.readOnly() ? "Chỉ để xem" : column.required() ? "Có" : "Không", null);
      cell(row, 2, type(column), styles.wrapped);
      cell(row, 3, column.help(), styles.wrapped);
      cell(row, 4, allowed(column), styles.wrapped);
    }
    sheet.createFreezePane(0, 0);
  }

  private static void cell(Row row, int index, String text, CellStyle style) {
    Cell cell = row.createCell(index);
    cell.setCellValue(SheetWriter.limit(text));
    cell.setCellStyle(style);
  }

  private static String type(Column column) {
    StringBuilder text = new StringBuilder(column.type().label());
    if (column.type() == ColumnType.NUMBER && column.whole()) {
      text.append(", số nguyên");
    }
    if (column.min() != null && column.max() != null) {
      text.append(", từ ")
          .append(column.min().toPlainString())
          .append(" đến ")
          .append(column.max().toPlainString());
    } else if (column.min() != null) {
      text.append(", từ ").append(column.min().toPlainString()).append(" trở lên");
    }
    if (column.maxLength() > 0) {
      text.append(column.type() == ColumnType.LIST ? ", tối đa " : ", tối đa ")
          .append(column.maxLength())
          .append(column.type() == ColumnType.LIST ? " giá trị" : " ký tự");
    }
    if (column.patternHint() != null) {
      text.append(" (").append(column.patternHint()).append(")");
    }
    return text.toString();
  }

  private static String allowed(Column column) {
    List<Choice> choices = column.choices();
    if (choices.isEmpty()) {
      return "";
    }
    if (column.type() == ColumnType.LIST && choices.size() > 30) {
      return "Mã hoặc tên; chọn trong danh sách thả xuống ("
          + choices.size()
          + " giá trị) hoặc gõ nhiều giá trị cách nhau bằng dấu chấm phẩy.";
    }
    String listed =
        choices.stream()
            .limit(60)
            .map(c -> c.label().equals(c.value()) ? c.value() : c.label() + " (" + c.value() + ")")
            .collect(Collectors.joining("\n"));
    return choices.size() > 60 ? listed + "\n…" : listed;
  }
}
