package vn.plantrack.plan.documents;

/**
 * A word placed on a page, by a PDF's text layer or by OCR: its box in page units (points or
 * pixels; y grows downwards) and, for OCR, how sure the engine was (0-100; 100 for a text layer).
 * {@code read} is what OCR printed when a tolerance rule took it for something else ("|" for the
 * Roman "I"), null otherwise: the line it lands on is a doubt for the coordinator.
 */
record Word(
    String text, double x0, double y0, double x1, double y1, double confidence, String read) {

  Word(String text, double x0, double y0, double x1, double y1, double confidence) {
    this(text, x0, y0, x1, y1, confidence, null);
  }

  double height() {
    return y1 - y0;
  }

  double middle() {
    return (y0 + y1) / 2;
  }

  /** The same word taken as {@code text}, remembering what OCR printed. */
  Word readAs(String taken) {
    return new Word(taken, x0, y0, x1, y1, confidence, read == null ? text : read);
  }
}
