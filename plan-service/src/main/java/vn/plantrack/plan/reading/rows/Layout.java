package vn.plantrack.plan.reading.rows;

/** How a block of text renders its table. */
public enum Layout {
  /**
   * Cells separated by "|", as the legal-documents portal prints tables; a row may be broken over
   * several lines, typically where an empty cell was ("… | Sở Tài chính |" then "| Hoàn thành |").
   */
  PIPE_ROWS,
  /** Cells separated by tabs, as Word tables pasted as text. */
  TAB_ROWS,
  /**
   * One cell per line (or per paragraph, with empty lines between cells), as browsers copy HTML
   * tables; an empty cell is a line holding only a non-breaking space.
   */
  CELL_PER_LINE,
  /**
   * No table: numbered prose items, each followed by labelled lines "- Phòng chủ trì: …", "- Thời
   * gian: …".
   */
  PROSE_ITEMS,
  /** No tasks or indicators in this block. */
  NONE
}
