package vn.plantrack.workbook;

import java.util.List;

/**
 * An upload refused because rows are wrong: answered 422 problem+json with every {@link RowError},
 * after the transaction that tried the rows was rolled back, so nothing changed.
 */
public class WorkbookRejected extends RuntimeException {
  private final int rows;
  private final List<RowError> errors;

  public WorkbookRejected(int rows, List<RowError> errors) {
    super(summary(rows, errors), null, false, false);
    this.rows = rows;
    this.errors = List.copyOf(errors);
  }

  public int rows() {
    return rows;
  }

  public List<RowError> errors() {
    return errors;
  }

  /** How many distinct rows are wrong (a row may have several errors; the header row counts). */
  public int rejectedRows() {
    return (int) errors.stream().mapToInt(RowError::row).distinct().count();
  }

  private static String summary(int rows, List<RowError> errors) {
    long wrong = errors.stream().mapToInt(RowError::row).distinct().count();
    return wrong
        + " of "
        + rows
        + " row(s) of the workbook are wrong (see errors: row, column, message);"
        + " nothing was changed";
  }
}
