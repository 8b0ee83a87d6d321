package vn.plantrack.indicator.excel;

import java.math.BigDecimal;
import java.util.List;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.workbook.Choice;
import vn.plantrack.workbook.ReadResult;
import vn.plantrack.workbook.RowError;
import vn.plantrack.workbook.SheetDefinition;
import vn.plantrack.workbook.SheetRow;
import vn.plantrack.workbook.WorkbookRejected;

/** What the indicator workbooks share: refusals of a header or a cell, choices, comparisons. */
final class WorkbookRows {
  private WorkbookRows() {}

  /** A workbook whose headers are wrong is refused whole. */
  static void rejectHeader(ReadResult read) {
    if (!read.headerErrors().isEmpty()) {
      throw new WorkbookRejected(read.rows().size(), read.headerErrors());
    }
  }

  /** A refusal of the cell of column {@code key} in the row. */
  static RowError error(SheetRow row, SheetDefinition sheet, String key, String message) {
    return new RowError(
        row.number(), sheet.column(key).orElseThrow().header(), row.cell(key), key, message);
  }

  /** Organizations as a validation list: code and name. */
  static List<Choice> choices(List<KnownOrganization> organizations) {
    return organizations.stream().map(o -> Choice.of(o.code, o.name)).toList();
  }

  static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
