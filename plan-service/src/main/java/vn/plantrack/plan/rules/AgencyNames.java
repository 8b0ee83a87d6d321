package vn.plantrack.plan.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans an agency name as documents write it before it is looked up: the text around the name is
 * not part of it ("(chủ trì)", a trailing "tỉnh Kon Tum", bullets, stray spaces and punctuation).
 * The lookup itself, folding case and diacritics and ranking by similarity, is PostgreSQL's
 * (unaccent, pg_trgm).
 */
public final class AgencyNames {
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s\\-–—•*+.,;:]+");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s\\-–—•*+.,;:]+$");
  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u00a0\\u200b\\u200c\\u200d\\ufeff]+");
  private static final Pattern PROVINCE_SUFFIX =
      Pattern.compile(
          "\\s+(tỉnh|tinh)\\s+(kon\\s*tum|bắc\\s*kạn|bac\\s*kan)$", Pattern.CASE_INSENSITIVE);

  private AgencyNames() {}

  /** The name to look up, or an empty string when nothing is left. */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    text = PARENTHESES.matcher(text).replaceAll(" ");
    text = SPACES.matcher(text).replaceAll(" ").strip();
    text = LEADING_MARKS.matcher(text).replaceAll("");
    text = TRAILING_MARKS.matcher(text).replaceAll("");
    text = PROVINCE_SUFFIX.matcher(text).replaceAll("");
    return text.strip();
  }

  /**
   * Names shorter than this say too little to be matched by similarity; only exact matches count.
   */
  public static boolean tooShortForFuzzy(String cleaned) {
    return cleaned.toLowerCase(Locale.ROOT).replace(" ", "").length() < 4;
  }
}
