package vn.plantrack.platform.paging;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.plantrack.platform.problem.ProblemException;

/**
 * The {@code q=} text of list endpoints, made safe for a LIKE pattern: the caller's % and _ are
 * literal. The text is capped at {@link #MAX_LENGTH} characters (400 above): a search never costs
 * more than a name or a title would. {@link #rank} orders the matches as the API promises.
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

  /**
   * The SQL expression a list sorts its matches of {@code q} by, ascending, before the sort the
   * caller asked for (API.md, "Text search"): 0 when one of {@code texts} equals q as written
   * (ignoring case), 1 when one equals it ignoring case and diacritics, 2 when one starts with it
   * (ignoring both), 3 otherwise (the row matched the search elsewhere, e.g. inside a title). So
   * exact matches come first, exact spellings before them, then prefixes, then the rest; rows of
   * one rank keep the requested order.
   *
   * <p>The texts are SQL expressions of the row (nullable columns are fine, a null never matches),
   * e.g. {@code "p.number", "split_part(p.number, '/', 1)", "p.title"}; {@code parameter} is the
   * query's parameter bound to {@link #likeText}'s result (so it is compared with LIKE and no
   * wildcard, which is equality). Diacritics are folded by the database function {@code
   * plantrack_fold(text)} (lower case, unaccent) every service's schema defines for its search.
   */
  public static String rank(String parameter, String... texts) {
    if (texts.length == 0) {
      throw new IllegalArgumentException("rank on at least one text");
    }
    return "case when "
        + anyOf(texts, "lower(%s) like lower(" + parameter + ")")
        + " then 0 when "
        + anyOf(texts, "plantrack_fold(%s) like plantrack_fold(" + parameter + ")")
        + " then 1 when "
        + anyOf(texts, "plantrack_fold(%s) like plantrack_fold(" + parameter + ") || '%%'")
        + " then 2 else 3 end";
  }

  private static String anyOf(String[] texts, String condition) {
    return "("
        + Arrays.stream(texts).map(condition::formatted).collect(Collectors.joining(" or "))
        + ")";
  }
}
