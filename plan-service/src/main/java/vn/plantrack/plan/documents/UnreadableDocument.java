package vn.plantrack.plan.documents;

/** The document is of a known format but cannot be read (damaged, encrypted, no text at all). */
final class UnreadableDocument extends RuntimeException {
  UnreadableDocument(String message) {
    super(message, null, false, false);
  }
}
