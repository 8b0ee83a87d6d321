package vn.plantrack.platform.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Evens out how documents, OCR and keyboards write the same Vietnamese words, so rules can match
 * them: composed or decomposed accents, non-breaking and zero-width spaces, the many dashes and
 * slashes, and text typed without diacritics.
 */
public final class VietnameseText {
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\u2060\\ufeff]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
  private static final Pattern DASHES =
      Pattern.compile("[\\u2010-\\u2015\\u2212\\ufe58\\ufe63\\uff0d]");
  private static final Pattern SLASHES = Pattern.compile("[\\u2044\\u2215\\uff0f]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern EDGE_MARKS =
      Pattern.compile("^[\\s\\-•*+.,;:!?\"'“”‘’\\[\\]]+|[\\s\\-•*+.,;:!?\"'“”‘’\\[\\]]+$");

  private VietnameseText() {}

  /**
   * NFC, one plain space between words, every dash as {@code -} and every slash as {@code /}; a
   * combining mark that NFC could not attach to its letter is dropped.
   */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String result = Normalizer.normalize(text, Normalizer.Form.NFC);
    result = INVISIBLE.matcher(result).replaceAll("");
    result = MARKS.matcher(result).replaceAll("");
    result = DASHES.matcher(result).replaceAll("-");
    result = SLASHES.matcher(result).replaceAll("/");
    result = SPACES.matcher(result).replaceAll(" ");
    return result.strip();
  }

  /**
   * Drops bullets, quotes and punctuation around the text ("- Thường xuyên."), and parentheses that
   * wrap all of it or have no partner; a note in parentheses at the end stays.
   */
  public static String stripEdgeMarks(String text) {
    String result = text;
    String previous;
    do {
      previous = result;
      result = EDGE_MARKS.matcher(result).replaceAll("");
      if (result.startsWith("(") && result.endsWith(")") && wrapsAll(result)) {
        result = result.substring(1, result.length() - 1);
      } else if (result.startsWith("(") && result.indexOf(')') < 0) {
        result = result.substring(1);
      } else if (result.endsWith(")") && result.indexOf('(') < 0) {
        result = result.substring(0, result.length() - 1);
      }
    } while (!result.equals(previous));
    return result;
  }

  private static boolean wrapsAll(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && i < text.length() - 1) {
        return false;
      }
    }
    return depth == 0;
  }

  /**
   * Lower case without diacritics, đ as d: "Quý IV" → "quy iv". Each character maps to exactly one
   * character, so a position found in the folded text is the same position in the {@link #normalize
   * normalized} text it came from.
   */
  public static String fold(String normalized) {
    StringBuilder folded = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      folded.append(foldChar(normalized.charAt(i)));
    }
    return folded.toString();
  }

  private static char foldChar(char c) {
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(decomposed.charAt(0));
  }
}
