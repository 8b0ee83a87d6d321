package vn.plantrack.plan.reading.lines;

/** What a person should look at in the source document before the draft is accepted. */
public enum WarningKind {
  /** A table row whose cells could not be split into the columns of its header. */
  UNSPLIT_ROW,
  /** A task or indicator row without a cell it needs (title, lead, deadline, target). */
  MISSING_CELL,
  /** A code that does not continue the numbering (cut short, skipped, out of order, orphan). */
  BROKEN_NUMBERING,
  /** The same code printed twice where the numbering gives no explanation. */
  DUPLICATE_CODE,
  /** A cell whose text belongs in another column (a condition in the cooperating column). */
  MISPLACED_CELL,
  /** A table header cell that matches no known column; its cells are not read. */
  UNKNOWN_COLUMN,
  /** An appendix heading under which no table of tasks or indicators was found. */
  UNKNOWN_HEADING,
  /** A header field (number, issue date, issuer, signer) the document does not print. */
  MISSING_HEADER_FIELD,
  /** A "…, ngày … tháng … năm …" date that is not a real date. */
  UNREADABLE_DATE,
  /** A sentence about periodic reports from which no frequency or due date could be read. */
  UNREADABLE_REPORTING_RULE,
  /**
   * A numbered or lettered line in a tasks or indicators section that was read as neither a task,
   * an indicator nor a heading (a task sentence with no lead, or a sentence that cannot be cut).
   */
  UNREAD_LINE,
  /** A keyword read as OCR misspells it ("S6:", "Ké hoach sq"): the value found is to check. */
  DOUBTFUL_READING
}
