package vn.plantrack.plan.documents;

/** The OCR engine is not installed where the service runs. */
final class OcrUnavailable extends RuntimeException {
  OcrUnavailable(String message) {
    super(message, null, false, false);
  }
}
