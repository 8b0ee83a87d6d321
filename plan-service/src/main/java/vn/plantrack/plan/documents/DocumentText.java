package vn.plantrack.plan.documents;

import java.util.List;

/**
 * A published document as the text the reading pipeline reads, with where each line came from.
 *
 * @param format TEXT, XLSX, DOCX, PDF (a text layer), PDF_SCAN or IMAGE (read by OCR)
 * @param text the lines; a table is written as "|"-separated rows (the legal-documents portal's
 *     rendering), a cell's paragraphs on lines of their own
 * @param origins for line n, {@code origins.get(n - 1)}: "p. 2", "p. 2, table 1, row 5", "paragraph
 *     14", "sheet 1, row 3"
 * @param confidence for line n, how sure the conversion is of its words (0-100): 100 for a text
 *     layer, the OCR engine's mean word confidence for a scan
 * @param doubts lines whose words the conversion doubts (low OCR confidence), for the coordinator
 */
public record DocumentText(
    String format,
    String text,
    List<String> origins,
    List<Integer> confidence,
    List<Doubt> doubts) {

  /** A line the conversion is not sure of, with why. */
  public record Doubt(int line, String message, String excerpt) {}

  public DocumentText {
    origins = List.copyOf(origins);
    confidence = List.copyOf(confidence);
    doubts = List.copyOf(doubts);
  }

  /** Plain text: every line is its own origin, fully trusted. */
  public static DocumentText plain(String format, String text) {
    return new DocumentText(format, text, List.of(), List.of(), List.of());
  }

  /** Where line {@code n} (1-based) came from, or "line n" for plain text. */
  public String origin(int n) {
    return n >= 1 && n <= origins.size() ? origins.get(n - 1) : "line " + n;
  }

  /** How sure the conversion is of line {@code n}: 100 for plain text. */
  public int confidence(int n) {
    return n >= 1 && n <= confidence.size() ? confidence.get(n - 1) : 100;
  }
}
