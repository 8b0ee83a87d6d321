package vn.plantrack.workbook;

import java.util.List;

/**
 * What an upload did: how many data rows it had, how many records were created, updated or left as
 * they were (a row equal to the record, or with nothing to report), how many rows were rejected and
 * why. In all-or-nothing mode a report is only answered when no row was rejected.
 */
public record ImportReport(
    String mode,
    int rows,
    int created,
    int updated,
    int unchanged,
    int rejected,
    List<RowError> errors) {
  public ImportReport {
    errors = List.copyOf(errors);
  }
}
