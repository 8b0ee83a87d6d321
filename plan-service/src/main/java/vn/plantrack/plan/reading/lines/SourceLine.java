package vn.plantrack.plan.reading.lines;

/**
 * One line of the pasted plan text.
 *
 * <p>{@code number} is 1-based and is what every imported record and every warning points at, so a
 * coordinator can find the place in the document. {@code raw} is the line as pasted; {@code text}
 * is the same line normalized with {@code VietnameseText} (NFC, one space, plain dashes), keeping
 * tabs because Word tables pasted as text separate their cells with tabs; {@code folded} is {@code
 * text} in lower case without diacritics (đ as d), the same length as {@code text}, and is what
 * keywords are matched against, so OCR'd "PHU LUC" reads like "PHỤ LỤC".
 */
public record SourceLine(int number, String raw, String text, String folded) {

  /**
   * Nothing but ordinary spaces: in a cell-per-line rendering such a line separates two cells,
   * while a line holding only a non-breaking space is an empty cell.
   */
  public boolean isEmpty() {
    return raw.isBlank();
  }

  /** No readable text at all (empty, spaces, a lone non-breaking space, only tabs). */
  public boolean isBlank() {
    return text.isBlank();
  }
}
