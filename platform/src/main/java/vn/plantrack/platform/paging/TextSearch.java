package vn.plantrack.platform.paging;

import vn.plantrack.platform.problem.ProblemException;

/**
 * The {@code q=} text of list endpoints, made safe for a LIKE pattern: the caller's % and _ are
 * literal. The text is capped at {@link #MAX_LENGTH} characters (400 above): a search never costs
 * more than a name or a title would.
 */
public final class TextSearch {
  /** The longest {@code q} any list endpoint accepts, in characters. */
  public static final int MAX_LENGTH = 200;

  private TextSearch() {}

  /** The escaped text, or null when the caller sent nothing to search; 400 when it is too long. */
  public static String likeText(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    String text = q.strip();
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      throw ProblemException.invalid("q", "at most " + MAX_LENGTH + " characters");
    }
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
