package vn.plantrack.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * An upload read against its sheet definition: every non-empty row (valid or not) and every error.
 * {@code headerErrors} are about the columns themselves (a required column missing, a header
 * twice): with those no row can be trusted, and nothing is applied in any mode.
 */
public record ReadResult(List<SheetRow> rows, List<RowError> headerErrors) {
  public ReadResult {
    rows = List.copyOf(rows);
    headerErrors = List.copyOf(headerErrors);
  }

  /** Header errors first, then each row's, in row order. */
  public List<RowError> errors() {
    List<RowError> all = new ArrayList<>(headerErrors);
    rows.forEach(r -> all.addAll(r.errors()));
    return all;
  }

  /**
   * This result, unless its headers are wrong: then the whole workbook is refused ({@link
   * WorkbookRejected}, 422), since no row can be trusted.
   */
  public ReadResult requireHeaders() {
    if (!headerErrors.isEmpty()) {
      throw new WorkbookRejected(rows.size(), headerErrors);
    }
    return this;
  }

  public List<SheetRow> validRows() {
    return rows.stream().filter(SheetRow::valid).toList();
  }
}
