package vn.plantrack.indicator.excel;

import java.math.BigDecimal;
import java.util.List;
import vn.plantrack.directory.KnownOrganization;
import vn.plantrack.workbook.Choice;

/** What the indicator workbooks share: choices and comparisons. */
final class WorkbookRows {
  private WorkbookRows() {}

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
