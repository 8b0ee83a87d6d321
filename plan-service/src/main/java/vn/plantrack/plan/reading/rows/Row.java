package vn.plantrack.plan.reading.rows;

import java.util.List;

/**
 * One logical table row, its cells in header order, and the line it starts on. {@code heading}
 * marks a row its splitter knows to be a section heading although its code is a number (a numbered
 * heading above lettered prose items).
 */
public record Row(int sourceLine, List<Cell> cells, boolean heading) {
  public Row {
    cells = List.copyOf(cells);
  }

  public Row(int sourceLine, List<Cell> cells) {
    this(sourceLine, cells, false);
  }

  /** The cell's text, or "" when the row has no such column. */
  public String text(int column) {
    return column >= 0 && column < cells.size() ? cells.get(column).text() : "";
  }

  /** The line the cell starts on, or the row's line when the cell is missing. */
  public int line(int column) {
    return column >= 0 && column < cells.size() ? cells.get(column).sourceLine() : sourceLine;
  }

  /** All cells as one line of text, for warnings. */
  public String excerpt() {
    return String.join(" | ", cells.stream().map(Cell::text).toList());
  }
}
