package vn.plantrack.plan.documents;

import java.util.ArrayList;
import java.util.List;

/** Collects output lines with their origin and confidence. */
final class TextBuilder {
  private final List<String> lines = new ArrayList<>();
  private final List<String> origins = new ArrayList<>();
  private final List<Integer> confidence = new ArrayList<>();
  private final List<DocumentText.Doubt> doubts = new ArrayList<>();

  /** Adds one line (a text holding "\n" adds several, all from the same origin). */
  void line(String text, String origin, int sure) {
    for (String part : text.split("\n", -1)) {
      lines.add(part);
      origins.add(origin);
      confidence.add(sure);
    }
  }

  int size() {
    return lines.size();
  }

  void doubt(int line, String message, String excerpt) {
    doubts.add(new DocumentText.Doubt(line, message, excerpt));
  }

  /**
   * Every line from {@code from} (0-based) whose confidence is below {@code threshold} becomes a
   * doubt: OCR was unsure of its words.
   */
  void doubtBelow(int from, int threshold) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && confidence.get(i) < threshold) {
        doubts.add(
            new DocumentText.Doubt(
                i + 1,
                "OCR read this line with "
                    + confidence.get(i)
                    + " % confidence ("
                    + origins.get(i)
                    + "): check its words against the scan.",
                lines.get(i)));
      }
    }
  }

  DocumentText build(String format) {
    return new DocumentText(format, String.join("\n", lines), origins, confidence, doubts);
  }
}
