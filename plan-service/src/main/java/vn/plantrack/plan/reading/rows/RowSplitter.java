package vn.plantrack.plan.reading.rows;

import java.util.List;
import vn.plantrack.plan.reading.lines.ImportWarning;
import vn.plantrack.plan.reading.lines.SourceLine;

/**
 * Stage 4: groups the lines under a table header into logical rows of cells. Each layout has its
 * own splitter; all of them re-join cells broken across lines, and turn a row that does not fit the
 * header into a warning with its line, never dropping it.
 */
public interface RowSplitter {

  /**
   * The rows read, how many of the given lines belong to the table (the rest follow it), and the
   * warnings about rows that did not fit.
   */
  record Split(List<Row> rows, int consumedLines, List<ImportWarning> warnings) {}

  /**
   * Splits the lines following the header that {@code detection} found; {@code body} starts on the
   * line after the header and ends where the block ends.
   */
  Split split(LayoutDetector.Detection detection, List<SourceLine> body);

  static RowSplitter forLayout(Layout layout) {
    return switch (layout) {
      case PIPE_ROWS -> new SeparatedRowSplitter('|');
      case TAB_ROWS -> new SeparatedRowSplitter('\t');
      case CELL_PER_LINE -> new CellPerLineRowSplitter();
      case PROSE_ITEMS -> new ProseItemSplitter();
      case NONE -> throw new IllegalArgumentException("no rows in a block without a table");
    };
  }
}
