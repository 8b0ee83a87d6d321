package vn.plantrack.plan.documents;

/** The document is larger than the import reads (pages, pixels). */
final class DocumentTooLarge extends RuntimeException {
  DocumentTooLarge(String message) {
    super(message, null, false, false);
  }
}
