package vn.plantrack.plan.reading.rows;

/**
 * One table cell: its text (lines of a cell that spanned lines are kept, joined with "\n") and the
 * line the cell starts on.
 */
public record Cell(String text, int sourceLine) {
  public boolean isBlank() {
    return text.isBlank();
  }
}
