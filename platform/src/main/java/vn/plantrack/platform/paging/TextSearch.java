package vn.plantrack.platform.paging;

/**
 * The {@code q=} text of list endpoints, made safe for a LIKE pattern: the caller's % and _ are
 * literal.
 */
public final class TextSearch {
  private TextSearch() {}

  /** The escaped text, or null when the caller sent nothing to search. */
  public static String likeText(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    return q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
