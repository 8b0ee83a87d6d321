/**
 * The plan's tables: which rendering a block uses ({@link
 * vn.plantrack.plan.reading.rows.LayoutDetector}), its logical rows of cells (a {@link
 * vn.plantrack.plan.reading.rows.RowSplitter} per layout) and what each column holds ({@link
 * vn.plantrack.plan.reading.rows.ColumnMapper}).
 */
package vn.plantrack.plan.reading.rows;
