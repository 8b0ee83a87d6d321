package vn.plantrack.plan.documents;

/**
 * A word placed on a page, by a PDF's text layer or by OCR: its box in page units (points or
 * pixels; y grows downwards) and, for OCR, how sure the engine was (0-100; 100 for a text layer).
 */
record Word(String text, double x0, double y0, double x1, double y1, double confidence) {
  double height() {
    return y1 - y0;
  }

  double middle() {
    return (y0 + y1) / 2;
  }
}
