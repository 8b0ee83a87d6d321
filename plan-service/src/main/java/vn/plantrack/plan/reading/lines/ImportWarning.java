package vn.plantrack.plan.reading.lines;

/**
 * Something in the document the reader could not take at face value; {@code sourceLine} is the
 * 1-based line of the pasted text, {@code message} is English, {@code excerpt} quotes the source.
 */
public record ImportWarning(int sourceLine, WarningKind kind, String message, String excerpt) {
  private static final int EXCERPT_LENGTH = 100;

  public static ImportWarning of(int sourceLine, WarningKind kind, String message, String text) {
    return new ImportWarning(sourceLine, kind, message, excerpt(text));
  }

  static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replace('\n', ' ').replace('\t', ' ').strip();
    return oneLine.length() <= EXCERPT_LENGTH
        ? oneLine
        : oneLine.substring(0, EXCERPT_LENGTH - 1) + "…";
  }
}
