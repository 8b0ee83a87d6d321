package vn.plantrack.workbook;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What is wrong with one row of an uploaded workbook, where a person finds it: {@code row} is the
 * row number Excel shows (the header is row 1), {@code column} the column's header as written in
 * the template, {@code cell} its address ("C5"), {@code field} the API field the column feeds. A
 * problem with the whole row (a task that does not exist, a forbidden action) has no column.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowError(int row, String column, String cell, String field, String message) {

  /** A problem with a whole row. */
  public static RowError ofRow(int row, String message) {
    return new RowError(row, null, null, null, message);
  }

  /** A problem with the row's cell in the column {@code key} of the sheet. */
  public static RowError at(SheetRow row, SheetDefinition sheet, String key, String message) {
    return new RowError(
        row.number(), sheet.column(key).orElseThrow().header(), row.cell(key), key, message);
  }
}
